/**
 * Sections of the locator (locate-fields.ts): which principal and which website block a label belongs
 * to, from the nearest preceding section heading, and the concrete draft path of a catalogue entry
 * there (`websites[1].domains[0]`, `apps[0].platforms[1].signature`).
 */

import { normaliseLabel } from '../../shared/domain/field-text';
import type { FieldSpec } from '../../shared/domain/fields';
import { BRACKETED, BY_KEY, spec } from './locate-labels';

// ---------------------------------------------------------------------------------------------
// Sections: which principal, which website

export type Scope = 'subject' | 'subject-principal' | 'website' | 'website-principal' | 'app-principal';

export interface SectionMark {
  scope: Scope;
  /** `网站2` → 1; undefined: no number (a new website block only if the current one already has fields). */
  websiteIndex?: number;
  startsWebsite: boolean;
}

/** A section heading's meaning, from its text (normalised). */
export function sectionOf(text: string): SectionMark | undefined {
  // 「网站2：example.com」: the part after a colon or dash names the website; only what is before it counts.
  const head = text.normalize('NFKC').split(/[:：\-—·]/)[0] ?? '';
  const numberedHead = /^\s*(?:网站|第)\s*(\d{1,2})\s*(?:个网站)?\s*$/.exec(head);
  if (numberedHead?.[1] && head.includes('网站') && head.length < text.length)
    return { scope: 'website', websiteIndex: Number(numberedHead[1]) - 1, startsWebsite: true };
  const t = normaliseLabel(text).replace(BRACKETED, '');
  if (!t || t.length > 16) return undefined;
  if (/^(主办单位|主体)负责人(信息|基本信息)?$/.test(t) || /^法定代表人(信息)?$/.test(t))
    return { scope: 'subject-principal', startsWebsite: false };
  // Today's system says 互联网信息服务负责人 / ICP负责人 where it said 网站负责人 (shared/domain/fields.ts).
  if (/^(?:网站\d*|互联网信息服务\d*|ICP)负责人(信息|基本信息)?$/i.test(t))
    return { scope: 'website-principal', startsWebsite: false };
  // The app step's 「APP负责人信息」 (2023 app filing): the generic 负责人 labels below it are the app's.
  if (/^(APP|App|app|应用)\d*负责人(信息|基本信息)?$/.test(t)) return { scope: 'app-principal', startsWebsite: false };
  if (/^(填写)?(主办单位|主体)(基本)?信息$/.test(t)) return { scope: 'subject', startsWebsite: false };
  const numbered = /^(?:网站|第)(\d{1,2})(?:个网站)?(?:基本信息|信息)?(?:[-—·:：].*)?$/.exec(t);
  if (numbered?.[1] && (t.startsWith('网站') || t.includes('个网站')))
    return { scope: 'website', websiteIndex: Number(numbered[1]) - 1, startsWebsite: true };
  if (/^(填写)?网站(基本)?信息$/.test(t)) return { scope: 'website', startsWebsite: true };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Context: the same label under different sections

/** Generic labels that mean the section's own field inside a principal block. */
export const PRINCIPAL_EQUIVALENT: Record<string, string> = {
  'subject.idType': 'idType',
  'subject.idNumber': 'idNumber',
  'subject.idValidFrom': 'idValidFrom',
  'subject.idValidUntil': 'idValidUntil',
  'smsCheck.mobile': 'mobile',
};

export interface WalkState {
  /** The app step (one app per page): current platform row and list counters, created on the first app field. */
  app?: { platform: number; keys: Set<string>; lists: Map<string, number> };
  scope?: Scope;
  websiteIndex: number;
  websiteHasFields: boolean;
  /** Field patterns already placed in the current website block (a repeat starts a new block). */
  websiteKeys: Set<string>;
  domainCount: Map<number, number>;
  assigned: Set<string>;
  sawWebsiteField: boolean;
  smsPage: boolean;
}

export function enterSection(state: WalkState, mark: SectionMark) {
  state.scope = mark.scope;
  if (mark.startsWebsite) {
    if (mark.websiteIndex !== undefined) {
      if (mark.websiteIndex !== state.websiteIndex) {
        state.websiteIndex = mark.websiteIndex;
        state.websiteHasFields = false;
        state.websiteKeys = new Set();
      }
    } else if (state.websiteIndex < 0 || state.websiteHasFields) {
      state.websiteIndex += 1;
      state.websiteHasFields = false;
      state.websiteKeys = new Set();
    }
  } else if (mark.scope === 'website-principal' && state.websiteIndex < 0) {
    state.websiteIndex = 0;
  }
}

/** Pick the catalogue entry the label means here, and the concrete path. */
export function place(candidates: FieldSpec[], state: WalkState): { spec: FieldSpec; path: string } | undefined {
  if (!candidates.length) return undefined;
  let chosen: FieldSpec | undefined;
  const keys = candidates.map((c) => c.key);
  const sms = candidates.find((c) => c.step === 'sms-check');
  const principalScope =
    state.scope === 'subject-principal' || state.scope === 'website-principal' || state.scope === 'app-principal'
      ? state.scope
      : undefined;

  if (sms && state.smsPage) chosen = sms;
  else if (principalScope) {
    const prefix =
      principalScope === 'subject-principal'
        ? 'subject.principal.'
        : principalScope === 'app-principal'
          ? 'apps[].principal.'
          : 'websites[].principal.';
    chosen = candidates.find((c) => c.key.startsWith(prefix));
    if (!chosen) {
      const equivalent = keys.map((k) => PRINCIPAL_EQUIVALENT[k]).find(Boolean);
      const principalKind = candidates
        .find((c) => c.key.includes('.principal.'))
        ?.key.split('.')
        .pop();
      const leaf = equivalent ?? principalKind;
      if (leaf) chosen = BY_KEY.get(`${prefix}${leaf}`);
    }
  }
  if (!chosen) {
    const principals = candidates.filter((c) => c.key.includes('.principal.'));
    if (principals.length > 1) {
      // No principal heading: the website's principal once website fields were seen or the subject
      // principal's field is already placed, else the subject's.
      const leaf = principals[0]?.key.split('.').pop() ?? '';
      const subjectTaken = state.assigned.has(`subject.principal.${leaf}`);
      const web = state.scope === 'website' || state.sawWebsiteField || subjectTaken;
      chosen = principals.find((c) => c.key.startsWith(web ? 'websites[]' : 'subject.'));
    }
  }
  if (!chosen && state.scope === 'subject') chosen = candidates.find((c) => c.key.startsWith('subject.'));
  if (!chosen && state.scope === 'subject' && keys.includes('websites[].remark')) chosen = spec('subject.remark');
  if (!chosen) chosen = candidates.find((c) => c.step !== 'sms-check') ?? candidates[0];
  if (!chosen) return undefined;

  let path = chosen.key;
  if (path.startsWith('websites[]')) {
    const pattern = path;
    const isList = pattern.endsWith('[]');
    if (state.websiteIndex < 0) {
      state.websiteIndex = 0;
      state.websiteKeys = new Set();
    } else if (!isList && state.websiteKeys.has(pattern)) {
      // The same website field again without a heading between: the next website's block.
      state.websiteIndex += 1;
      state.websiteKeys = new Set();
    }
    const i = state.websiteIndex;
    state.websiteHasFields = true;
    state.websiteKeys.add(pattern);
    state.sawWebsiteField = true;
    path = path.replace('websites[]', `websites[${i}]`);
    if (isList) {
      const j = state.domainCount.get(i) ?? 0;
      state.domainCount.set(i, j + 1);
      path = path.replace(/\[\]$/, `[${j}]`);
    }
  }
  if (path.startsWith('apps[]')) path = placeAppField(path, state);
  // A second control for a field already placed (a summary above the form, a duplicate): keep the first.
  if (state.assigned.has(path)) return undefined;
  state.assigned.add(path);
  return { spec: chosen, path };
}

/**
 * `apps[].platforms[].signature` → `apps[0].platforms[1].signature`: the app step shows one app; each
 * 运行平台 (or a platform field seen again) starts the next platform row.
 */
export function placeAppField(pattern: string, state: WalkState): string {
  state.app ??= { platform: -1, keys: new Set(), lists: new Map() };
  const app = state.app;
  let path = pattern.replace('apps[]', 'apps[0]');
  if (path.includes('.platforms[]')) {
    const leaf = pattern.slice(pattern.lastIndexOf('.') + 1);
    if (app.platform < 0 || app.keys.has(leaf) || (leaf === 'platform' && app.keys.size > 0)) {
      app.platform += 1;
      app.keys = new Set();
    }
    app.keys.add(leaf);
    path = path.replace('.platforms[]', `.platforms[${app.platform}]`);
  }
  if (path.endsWith('[]')) {
    const j = app.lists.get(pattern) ?? 0;
    app.lists.set(pattern, j + 1);
    path = `${path.slice(0, -2)}[${j}]`;
  }
  return path;
}
