/**
 * Finding the spec's fields on pages the extension has never seen (issue 4 §1, design §2).
 *
 * The filing site's markup is not ours and changes, so fields are found by their visible Chinese
 * labels (the field catalogue: `label.zh` + aliases, compared through `normaliseLabel`), whatever
 * element carries the label: `aria-labelledby`, `aria-label`, `<label for>` or a wrapping label, a
 * label cell beside the input cell of a table row, text before the input in the same container, the
 * placeholder (the bureau's SMS-check page has nothing else), the title, or a select's placeholder
 * option. Static text values, radio/checkbox groups, the three region selects and split landline
 * inputs are read too. Which principal (subject or website) and which website block a label belongs
 * to comes from the nearest preceding section heading, as a reader would decide.
 *
 * One pass over the page in document order; no layout reads (nothing here calls getBoundingClientRect
 * or getComputedStyle), so a 60-field page scans in well under a frame.
 */

import { FIELD_CATALOGUE, type FieldSpec, normaliseLabel } from '../../shared/domain/fields';
import { FILING_TYPE_LABELS, FILING_TYPES, type FilingType } from '../../shared/domain/filing-types';
import { REGION_LEVEL_PATHS } from './controls/cascader';
import { ariaGroupOf, choiceType } from './controls/choice';
import { formItemLabels } from './controls/form-item';
import { isMultiple, tagTexts } from './controls/tags';
import { isSelectLike, widgetRoot } from './controls/widget';
import { type ProviderProfile, profileAliases } from './profiles';

/** How the control's label was found. */
export type LabelSource =
  | 'aria-labelledby'
  | 'aria-label'
  | 'label-for'
  | 'label-wrap'
  | 'table'
  | 'text-before'
  | 'placeholder'
  | 'title'
  | 'option'
  | 'legend'
  | 'region-order'
  | 'form-item'
  | 'static';

/** What the page shows for the field. */
export type LocatedKind =
  | 'text'
  | 'select'
  /** A library select or cascader: the value is the text its box shows (controls/combobox.ts). */
  | 'combobox'
  /** A library tag/multi-select: each tag one value (controls/tags.ts). */
  | 'tags'
  | 'radio'
  | 'checkbox-group'
  | 'split'
  | 'static';

export interface LocatedField {
  /** Concrete FilingDraft path (design §3): `subject.idNumber`, `websites[1].domains[0]`. */
  path: string;
  /** Catalogue entry; for the filing type read from the page, a locate-only entry (`filingType`). */
  spec: FieldSpec;
  kind: LocatedKind;
  /** Form controls of the field: one input or select, every box of a group, every part of a split input. */
  controls: HTMLElement[];
  /** Where hints go and where the panel's "go to field" lands: the control, the group, the static value. */
  anchor: HTMLElement;
  via: LabelSource;
  /** The label as the page shows it. */
  label: string;
  /** Split inputs: the element whose fixed text and inputs compose the value in document order. */
  container?: HTMLElement;
  /** Static text shown as `label：value` in one element: the value part. */
  staticText?: string;
  /**
   * Every draft path the control fills when it is more than `path`: a cascader's province, city and
   * district; a tag select's `domains[0]`, `domains[1]` … (one per tag shown when the page was scanned).
   */
  paths?: string[];
}

export interface LocateOptions {
  /** The provider's label vocabulary and layout hints (profiles/); the locator works without one. */
  profile?: ProviderProfile;
}

/** Attribute on our own overlay elements: the scan never looks inside them. */
export const OWN_UI_ATTR = 'data-icp-ui';

/** A locate-only catalogue entry: the filing type shown as text after type determination (spec §2). */
export const FILING_TYPE_FIELD: FieldSpec = {
  key: 'filingType',
  label: { zh: '备案类型', en: 'Filing type' },
  aliases: ['当前备案类型', '订单类型'],
  kind: 'static',
  step: 'type',
  spec: 'spec §2',
};

// ---------------------------------------------------------------------------------------------
// Label index

const LABEL_INDEX = new Map<string, FieldSpec[]>();
function indexLabel(text: string, spec: FieldSpec) {
  const key = normaliseLabel(text);
  if (!key) return;
  const list = LABEL_INDEX.get(key) ?? [];
  if (!list.includes(spec)) list.push(spec);
  LABEL_INDEX.set(key, list);
}
for (const spec of [...FIELD_CATALOGUE, FILING_TYPE_FIELD]) {
  indexLabel(spec.label.zh, spec);
  for (const alias of spec.aliases) indexLabel(alias, spec);
}
const BY_KEY = new Map(FIELD_CATALOGUE.map((f) => [f.key, f]));
function spec(key: string): FieldSpec {
  const found = BY_KEY.get(key);
  if (!found) throw new Error(`field catalogue has no ${key}`);
  return found;
}

/** Prompt words placeholders and select options put before the field name. */
const PROMPT_PREFIX = /^(请输入|请填写|请选择|输入|填写|选择)/;
/** Bracketed notes after a label: `（必填）`, `(选填)`, `（如：…）`. */
const BRACKETED = /[（(][^）)]*[）)]/g;

/** Labels a provider profile adds (its own wording for catalogue fields), for the scan in progress. */
let extraLabels: Map<string, FieldSpec[]> | undefined;

function lookup(norm: string): FieldSpec[] | undefined {
  return LABEL_INDEX.get(norm) ?? extraLabels?.get(norm);
}

/** Catalogue entries a visible label names, or none. Tries the text as is, without notes, without prompt words. */
export function catalogueMatches(text: string | null | undefined): FieldSpec[] {
  if (!text) return [];
  const norm = normaliseLabel(text);
  if (!norm || norm.length > 40) return [];
  const direct = lookup(norm);
  if (direct) return direct;
  const noNotes = norm.replace(BRACKETED, '');
  const tries = [noNotes, norm.replace(PROMPT_PREFIX, ''), noNotes.replace(PROMPT_PREFIX, '')];
  for (const t of tries) {
    const hit = t && t !== norm ? lookup(t) : undefined;
    if (hit) return hit;
  }
  return [];
}

function profileIndex(profile: ProviderProfile | undefined): Map<string, FieldSpec[]> | undefined {
  if (!profile) return undefined;
  const index = new Map<string, FieldSpec[]>();
  for (const [key, labels] of profileAliases(profile)) {
    const found = key === FILING_TYPE_FIELD.key ? FILING_TYPE_FIELD : BY_KEY.get(key);
    if (!found) continue;
    for (const label of labels) {
      const norm = normaliseLabel(label);
      if (norm && !LABEL_INDEX.has(norm)) index.set(norm, [...(index.get(norm) ?? []), found]);
    }
  }
  return index;
}

// ---------------------------------------------------------------------------------------------
// Sections: which principal, which website

type Scope = 'subject' | 'subject-principal' | 'website' | 'website-principal';

interface SectionMark {
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
  if (/^网站\d*负责人(信息|基本信息)?$/.test(t)) return { scope: 'website-principal', startsWebsite: false };
  if (/^(填写)?(主办单位|主体)(基本)?信息$/.test(t)) return { scope: 'subject', startsWebsite: false };
  const numbered = /^(?:网站|第)(\d{1,2})(?:个网站)?(?:基本信息|信息)?(?:[-—·:：].*)?$/.exec(t);
  if (numbered?.[1] && (t.startsWith('网站') || t.includes('个网站')))
    return { scope: 'website', websiteIndex: Number(numbered[1]) - 1, startsWebsite: true };
  if (/^(填写)?网站(基本)?信息$/.test(t)) return { scope: 'website', startsWebsite: true };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// DOM helpers

const CONTROL_SELECTOR = 'input,select,textarea,[role="combobox"],[role="radio"],[role="checkbox"]';
const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'range', 'color']);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'CANVAS', 'IFRAME', 'OPTION']);
/** Elements whose text may be a label, a heading or a static value. */
const TEXT_TAGS = new Set([
  'TH',
  'TD',
  'DT',
  'DD',
  'SPAN',
  'DIV',
  'P',
  'LABEL',
  'STRONG',
  'B',
  'EM',
  'I',
  'LI',
  'LEGEND',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FONT',
  'CAPTION',
  'SMALL',
  'A',
  'BUTTON',
]);

/** A form control: a native one, or an ARIA combobox/radio/checkbox with no native control inside. */
function isControl(el: Element): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const tag = el.tagName;
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') return !SKIPPED_INPUT_TYPES.has((el as HTMLInputElement).type);
  const role = el.getAttribute('role');
  if (role !== 'combobox' && role !== 'radio' && role !== 'checkbox') return false;
  return !el.querySelector('input,select,textarea');
}

/** A radio or checkbox: a native box or an ARIA one. */
function isChoice(el: Element): el is HTMLInputElement {
  return choiceType(el) !== undefined;
}

function containsControl(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (isControl(el)) return true;
  for (const c of el.querySelectorAll(CONTROL_SELECTOR)) if (isControl(c)) return true;
  return false;
}

/** Text of a node without the text of the controls inside it (a wrapping label holds a select's options). */
function textWithoutControls(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (isControl(el) || SKIPPED_TAGS.has(el.tagName) || el.hasAttribute(OWN_UI_ATTR)) return '';
  if (!el.querySelector(CONTROL_SELECTOR)) return el.textContent ?? '';
  let out = '';
  for (const c of el.childNodes) out += textWithoutControls(c);
  return out;
}

/** Fixed text between split inputs (`086-`, `-`): digits, dashes, plus signs and spaces only. */
const PHONEISH = /^[\d\s+\-－—–]*$/;
const PUNCTUATION_ONLY = /^[\s*＊:：\-－—–·,，.。/|()（）]*$/;

/**
 * Texts before the control in its container, nearest first (at most `max`): a label span, a table's
 * label cell, a `dt`. Fixed phone-number parts and punctuation are skipped; the search stops at
 * another control (that text belongs to another field), at a row, a form or a fieldset.
 */
function textsBefore(control: Element, maxLevels = 4, max = 3): { text: string; cell: boolean }[] {
  const out: { text: string; cell: boolean }[] = [];
  let node: Node = control;
  for (let level = 0; level < maxLevels && node.parentNode; level++) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      let text = '';
      let cell = false;
      if (sib.nodeType === 1) {
        const el = sib as Element;
        if (el.hasAttribute(OWN_UI_ATTR) || SKIPPED_TAGS.has(el.tagName) || hiddenByAttribute(el)) continue;
        if (containsControl(el)) return out;
        text = (el.textContent ?? '').trim();
        cell = el.tagName === 'TH' || el.tagName === 'TD';
      } else if (sib.nodeType === 3) {
        text = (sib.nodeValue ?? '').trim();
      }
      if (!text || PUNCTUATION_ONLY.test(text) || PHONEISH.test(text)) continue;
      out.push({ text, cell });
      if (out.length >= max) return out;
    }
    const parent: ParentNode | null = node.parentNode;
    if (parent?.nodeType !== 1) return out;
    const p = parent as Element;
    // A table row: the label cell is a sibling of the control's cell, found one level down.
    if (p.tagName === 'FORM' || p.tagName === 'BODY' || p.tagName === 'FIELDSET' || p.tagName === 'TR') return out;
    node = p;
  }
  return out;
}

function byIds(doc: Document, ids: string): string {
  return ids
    .split(/\s+/)
    .map((id) => (id ? (doc.getElementById(id)?.textContent ?? '') : ''))
    .join(' ');
}

interface LabelCandidate {
  text: string;
  via: LabelSource;
}

/** Label texts of one control, most explicit first. */
function labelCandidates(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): LabelCandidate[] {
  const out = explicitLabels(control);
  // The form-item search walks up to eight ancestors: only when nothing before it named a field.
  if (out.some((c) => catalogueMatches(c.text).length)) return out;
  for (const text of formItemLabels(control)) out.push({ text, via: 'form-item' });
  return out.concat(attributeLabels(control));
}

/** The label texts that cost no tree walk above the control's container: ARIA, label elements, text before it. */
function explicitLabels(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  const doc = control.ownerDocument;
  const labelledby = control.getAttribute('aria-labelledby');
  if (labelledby) out.push({ text: byIds(doc, labelledby), via: 'aria-labelledby' });
  const aria = control.getAttribute('aria-label');
  if (aria) out.push({ text: aria, via: 'aria-label' });
  const labels = 'labels' in control && control.labels ? [...control.labels] : [];
  for (const label of labels) {
    const wraps = label.contains(control);
    out.push({ text: textWithoutControls(label), via: wraps ? 'label-wrap' : 'label-for' });
  }
  for (const before of textsBefore(control))
    out.push({ text: before.text, via: before.cell ? 'table' : 'text-before' });
  return out;
}

/** Placeholder, title and a select's placeholder option: the last resorts. */
function attributeLabels(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  const placeholder = control.getAttribute('placeholder');
  if (placeholder) out.push({ text: placeholder, via: 'placeholder' });
  const title = control.getAttribute('title');
  if (title) out.push({ text: title, via: 'title' });
  if (control.tagName === 'SELECT') {
    const first = (control as HTMLSelectElement).options[0];
    if (first && !first.value) out.push({ text: first.textContent ?? '', via: 'option' });
  }
  return out;
}

/** Label texts of a radio/checkbox group: a legend, the group's ARIA name, the text before the first box. */
function groupLabels(boxes: HTMLInputElement[], container: Element): LabelCandidate[] {
  const doc = container.ownerDocument;
  const out: LabelCandidate[] = [];
  const first = boxes[0];
  if (!first) return out;
  for (let g: Element | null = first.parentElement; g; g = g.parentElement) {
    if (g.tagName === 'FIELDSET') {
      const legend = g.querySelector(':scope > legend');
      if (legend?.textContent?.trim()) out.push({ text: legend.textContent, via: 'legend' });
    }
    const labelledby = g.getAttribute('aria-labelledby');
    if (labelledby) out.push({ text: byIds(doc, labelledby), via: 'aria-labelledby' });
    const aria = g.getAttribute('aria-label');
    if (aria && g.tagName !== 'LABEL') out.push({ text: aria, via: 'aria-label' });
    if (g === container) break;
  }
  const start =
    first.closest('label') && container.contains(first.closest('label')) ? (first.closest('label') as Element) : first;
  for (const before of textsBefore(start, 6))
    out.push({ text: before.text, via: before.cell ? 'table' : 'text-before' });
  if (out.some((c) => catalogueMatches(c.text).length)) return out;
  for (const text of formItemLabels(start, container)) out.push({ text, via: 'form-item' });
  return out;
}

/**
 * The boxes of one group and the largest element holding only them: same type and name (or, without
 * names, same type), grown outwards while the ancestor holds no other control.
 */
function choiceGroup(first: HTMLInputElement): { boxes: HTMLInputElement[]; container: Element } {
  const type = choiceType(first);
  if (first.tagName !== 'INPUT') {
    // ARIA boxes: the radiogroup/group holds them.
    const container = ariaGroupOf(first);
    const boxes = [...container.querySelectorAll('[role="radio"],[role="checkbox"],[role="menuitemradio"]')].filter(
      (b) => choiceType(b) === type,
    ) as HTMLInputElement[];
    return { boxes: boxes.length ? boxes : [first], container };
  }
  const same = (el: Element) =>
    choiceType(el) === type &&
    el.tagName === 'INPUT' &&
    (first.name ? (el as HTMLInputElement).name === first.name : !(el as HTMLInputElement).name);
  let boxes: HTMLInputElement[] = [first];
  let container: Element = first.closest('label') ?? first;
  for (
    let node = first.parentElement;
    node && node.tagName !== 'BODY' && node.tagName !== 'FORM';
    node = node.parentElement
  ) {
    const controls = [...node.querySelectorAll(CONTROL_SELECTOR)].filter(isControl);
    if (!controls.every(same)) break;
    boxes = controls as HTMLInputElement[];
    container = node;
  }
  return { boxes, container };
}

/** The option text of one box: its label without the box, the text right after it, or its value. */
export function choiceText(box: HTMLInputElement): string {
  if (box.tagName !== 'INPUT')
    return (box.getAttribute('aria-label') ?? box.textContent ?? '').trim() || (box.getAttribute('data-value') ?? '');
  const label = box.labels?.[0];
  const fromLabel = label ? textWithoutControls(label).trim() : '';
  if (fromLabel) return fromLabel;
  const next = box.nextSibling;
  const after = next ? (next.nodeType === 3 ? next.nodeValue : (next as Element).textContent) : '';
  return after?.trim() || box.value;
}

/** Inputs that together make one split value (联系方式2 as `086-[区号]-[号码]-[分机]`). */
function splitGroup(first: HTMLInputElement): { inputs: HTMLInputElement[]; container: HTMLElement } | undefined {
  let container: HTMLElement | null = first.parentElement;
  for (let level = 0; level < 3 && container; level++) {
    const inputs = [...container.querySelectorAll('input')].filter(
      (i) => isControl(i) && !isChoice(i),
    ) as HTMLInputElement[];
    if (inputs.length >= 2) {
      if (inputs.length > 4 || inputs[0] !== first) return undefined;
      return { inputs, container };
    }
    container = container.parentElement;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Context: the same label under different sections

/** Generic labels that mean the section's own field inside a principal block. */
const PRINCIPAL_EQUIVALENT: Record<string, string> = {
  'subject.idType': 'idType',
  'subject.idNumber': 'idNumber',
  'smsCheck.mobile': 'mobile',
};

interface WalkState {
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

function enterSection(state: WalkState, mark: SectionMark) {
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
function place(candidates: FieldSpec[], state: WalkState): { spec: FieldSpec; path: string } | undefined {
  if (!candidates.length) return undefined;
  let chosen: FieldSpec | undefined;
  const keys = candidates.map((c) => c.key);
  const sms = candidates.find((c) => c.step === 'sms-check');
  const principalScope =
    state.scope === 'subject-principal' || state.scope === 'website-principal' ? state.scope : undefined;

  if (sms && state.smsPage) chosen = sms;
  else if (principalScope) {
    const prefix = principalScope === 'subject-principal' ? 'subject.principal.' : 'websites[].principal.';
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
function placeAppField(pattern: string, state: WalkState): string {
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

// ---------------------------------------------------------------------------------------------
// The scan

function hiddenByAttribute(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** Section headings in navigation count only when they mark the current item (`aria-current`). */
function isNavigation(el: Element): boolean {
  return !!el.closest('nav,[role="tablist"],[role="navigation"],a,button');
}

function isCurrentItem(el: Element): boolean {
  const item = el.closest('[aria-current],[aria-selected="true"]');
  return !!item && item.getAttribute('aria-current') !== 'false';
}

const SMS_PAGE_KEYS = ['smsCheck.code', 'smsCheck.idTail'];

/** Whether the page is the bureau's SMS-check form: two of its three placeholders are there. */
function looksLikeSmsPage(root: ParentNode): boolean {
  const inputs = root.querySelectorAll('input');
  const isSms = (t: string | null | undefined) => catalogueMatches(t).some((c) => SMS_PAGE_KEYS.includes(c.key));
  // Attributes first: cheap, and what the bureau's form has (placeholders only).
  let seen = 0;
  for (const el of inputs) {
    if (isSms(el.getAttribute('placeholder')) || isSms(el.getAttribute('aria-label'))) seen++;
    if (seen >= 2) return true;
  }
  // Labels cost a lookup per input: only on small forms, which an SMS-check form is.
  if (inputs.length > 20) return false;
  seen = 0;
  for (const el of inputs) {
    if ([...(el.labels ?? [])].some((l) => isSms(l.textContent))) seen++;
    if (seen >= 2) return true;
  }
  return false;
}

/** Text of a leaf-ish element that may be a heading, a static label or a static value (short, no controls). */
function shortText(el: Element): string | undefined {
  if (!TEXT_TAGS.has(el.tagName) || el.childElementCount > 4) return undefined;
  const text = el.textContent ?? '';
  if (!text.trim() || text.length > 60) return undefined;
  if (el.querySelector(CONTROL_SELECTOR)) return undefined;
  return text;
}

/** The filing type a static value names (`首次备案 First filing` → `first`). */
export function filingTypeOf(text: string): FilingType | undefined {
  const t = normaliseLabel(text);
  let best: { type: FilingType; len: number } | undefined;
  for (const type of FILING_TYPES) {
    const zh = normaliseLabel(FILING_TYPE_LABELS[type].zh);
    if (t.startsWith(zh) && (!best || zh.length > best.len)) best = { type, len: zh.length };
  }
  return best?.type;
}

/** A static value next to a label element: the next sibling element or cell with text and no controls. */
function staticValueOf(labelEl: Element): HTMLElement | undefined {
  const row = labelEl.parentElement;
  if (!row || containsControl(row)) return undefined;
  let next = labelEl.nextElementSibling;
  // A required asterisk after the label (`<span>*</span>`) is no value.
  while (next && (next.hasAttribute(OWN_UI_ATTR) || PUNCTUATION_ONLY.test(next.textContent ?? '')))
    next = next.nextElementSibling;
  if (!next || containsControl(next)) return undefined;
  const text = (next.textContent ?? '').trim();
  if (!text || text.length > 200 || catalogueMatches(text).length) return undefined;
  return next as HTMLElement;
}

/**
 * Every catalogue field the page shows, in document order, with concrete draft paths.
 * `root` is the document or the element to scan (a form, a wizard step).
 */
export function locateFields(root: Document | Element, options: LocateOptions = {}): LocatedField[] {
  extraLabels = profileIndex(options.profile);
  try {
    return scan(root);
  } finally {
    extraLabels = undefined;
  }
}

function scan(root: Document | Element): LocatedField[] {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const start =
    root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : (root as Element);
  if (!start) return [];
  const state: WalkState = {
    websiteIndex: -1,
    websiteHasFields: false,
    websiteKeys: new Set(),
    domainCount: new Map(),
    assigned: new Set(),
    sawWebsiteField: false,
    smsPage: looksLikeSmsPage(start),
  };
  const fields: LocatedField[] = [];
  const consumed = new Set<Element>();

  const push = (
    candidates: FieldSpec[],
    make: (spec: FieldSpec, path: string) => Omit<LocatedField, 'spec' | 'path'>,
  ): LocatedField | undefined => {
    const placed = place(candidates, state);
    if (!placed) return undefined;
    const field: LocatedField = { spec: placed.spec, path: placed.path, ...make(placed.spec, placed.path) };
    fields.push(field);
    return field;
  };

  const walker = doc.createTreeWalker(start, 1 /* SHOW_ELEMENT */, {
    acceptNode(node) {
      const el = node as Element;
      if (el.hasAttribute(OWN_UI_ATTR) || SKIPPED_TAGS.has(el.tagName) || hiddenByAttribute(el)) return 2; // REJECT
      return 1; // ACCEPT
    },
  });

  for (let node = walker.currentNode as Element | null; node; node = walker.nextNode() as Element | null) {
    const el = node;
    if (consumed.has(el)) continue;

    if (isControl(el)) {
      if (isChoice(el)) {
        locateGroup(el as HTMLInputElement);
        continue;
      }
      locateControl(el);
      continue;
    }

    const text = shortText(el);
    if (text === undefined) continue;
    if (el.tagName === 'A' || el.tagName === 'BUTTON') {
      // Links and tabs only mark the current website (`网站2` with aria-current); never a label or value.
      const mark = isCurrentItem(el) ? sectionOf(text) : undefined;
      if (mark) enterSection(state, mark);
      continue;
    }
    // A heading or section title sets the scope for the fields after it.
    if (el.tagName !== 'LABEL' && el.tagName !== 'OPTION' && (!isNavigation(el) || isCurrentItem(el))) {
      const mark = sectionOf(text);
      if (mark) {
        enterSection(state, mark);
        continue;
      }
    }
    locateStatic(el, text);
  }

  function locateControl(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) {
    for (const candidate of labelCandidates(control)) {
      const matches = catalogueMatches(candidate.text);
      if (!matches.length) continue;
      const isSplitSpec = matches.some((m) => m.kind === 'split-landline');
      if (isSplitSpec && control.tagName === 'INPUT') {
        const group = splitGroup(control as HTMLInputElement);
        if (group) {
          for (const i of group.inputs) consumed.add(i);
          push(matches, () => ({
            kind: 'split',
            controls: group.inputs,
            anchor: group.container,
            via: candidate.via,
            label: candidate.text.trim(),
            container: group.container,
          }));
          return;
        }
      }
      if (isSelectLike(control)) {
        librarySelect(control, matches, candidate);
        return;
      }
      const field = push(matches, () => ({
        kind: control.tagName === 'SELECT' ? 'select' : 'text',
        controls: [control],
        anchor: control,
        via: candidate.via,
        label: candidate.text.trim(),
      }));
      if (field?.path === 'subject.province' && control.tagName === 'SELECT')
        regionSiblings(control as HTMLSelectElement);
      return;
    }
  }

  /**
   * A library select, cascader or tag select: markers on the focusable element, hints beside the
   * whole box; a cascader under 所属区域 fills province, city and district; a tag select one list
   * entry per tag.
   */
  function librarySelect(control: HTMLElement, matches: FieldSpec[], candidate: LabelCandidate) {
    const box = widgetRoot(control) ?? control;
    const list = matches.some((m) => m.kind === 'list') || isMultiple(control);
    const field = push(matches, (spec) => ({
      kind: list && spec.kind === 'list' ? 'tags' : 'combobox',
      controls: [control],
      anchor: box,
      via: candidate.via,
      label: candidate.text.trim(),
    }));
    if (!field) return;
    for (const d of box.querySelectorAll('*')) consumed.add(d);
    if (field.path === 'subject.province') {
      const levels = regionLevelSelects(control, box);
      if (levels.length) {
        // 省 / 市 / 区 as separate library selects in one row: the ones after the province, in order.
        levels.forEach((sel, n) => {
          const key = REGION_LEVEL_PATHS[n + 1];
          if (!key || state.assigned.has(key)) return;
          const selBox = widgetRoot(sel) ?? sel;
          consumed.add(sel);
          for (const d of selBox.querySelectorAll('*')) consumed.add(d);
          push([spec(key)], () => ({
            kind: 'combobox',
            controls: [sel],
            anchor: selBox,
            via: 'region-order',
            label: '',
          }));
        });
      } else {
        field.paths = [...REGION_LEVEL_PATHS];
        for (const p of REGION_LEVEL_PATHS) state.assigned.add(p);
      }
    } else if (field.kind === 'tags') {
      // One path per tag: `domains[j]`, `domains[j+1]` …; the next domain input continues after them.
      const m = /^(websites\[(\d+)\]\.domains)\[(\d+)\]$/.exec(field.path);
      if (!m?.[1] || !m[2] || !m[3]) return;
      const first = Number(m[3]);
      const n = Math.max(1, tagTexts(control).length);
      field.paths = Array.from({ length: n }, (_, k) => `${m[1]}[${first + k}]`);
      for (const p of field.paths) state.assigned.add(p);
      state.domainCount.set(Number(m[2]), first + n);
    }
  }

  /** The (at most two) library selects after the province's in the same row, with no label of their own. */
  function regionLevelSelects(control: HTMLElement, box: HTMLElement): HTMLElement[] {
    let row: Element | null = box.parentElement;
    for (let level = 0; row && level < 4; level++, row = row.parentElement) {
      if (row.tagName === 'FORM' || row.tagName === 'BODY') return [];
      const selects = [...row.querySelectorAll('input,[role="combobox"]')].filter(
        (c) => c !== control && isControl(c) && isSelectLike(c) && !!(control.compareDocumentPosition(c) & 4),
      ) as HTMLElement[];
      if (!selects.length) continue;
      // Selects with labels of their own are fields of their own.
      const unlabelled = selects.filter(
        (c) =>
          !explicitLabels(c as HTMLInputElement).some(
            (l) => l.via !== 'text-before' && catalogueMatches(l.text).length,
          ),
      );
      return unlabelled.slice(0, 2);
    }
    return [];
  }

  /** 所属区域 as three selects: unlabelled selects right after the province select are city and district. */
  function regionSiblings(province: HTMLSelectElement) {
    const box =
      province.parentElement?.querySelectorAll('select').length === 1
        ? province.parentElement?.parentElement
        : province.parentElement;
    if (!box) return;
    const selects = [...box.querySelectorAll('select')];
    const after = selects.slice(selects.indexOf(province) + 1, selects.indexOf(province) + 3);
    const keys = ['subject.city', 'subject.district'];
    after.forEach((sel, n) => {
      const key = keys[n];
      if (!key || state.assigned.has(key)) return;
      const own = labelCandidates(sel).find((c) => c.via !== 'text-before' && catalogueMatches(c.text).length);
      if (own) return; // labelled on its own: the walk places it
      consumed.add(sel);
      push([spec(key)], () => ({ kind: 'select', controls: [sel], anchor: sel, via: 'region-order', label: '' }));
    });
  }

  function locateGroup(first: HTMLInputElement) {
    const { boxes, container } = choiceGroup(first);
    for (const b of boxes) consumed.add(b);
    for (const label of groupLabels(boxes, container)) {
      const candidates = catalogueMatches(label.text);
      if (!candidates.length) continue;
      push(candidates, () => ({
        kind: choiceType(first) === 'radio' ? 'radio' : 'checkbox-group',
        controls: boxes,
        anchor: (container.tagName === 'LABEL' ? (container.parentElement ?? container) : container) as HTMLElement,
        via: label.via,
        label: label.text.trim(),
      }));
      return;
    }
    // A lone box labelled by its own text ("我已阅读…") is no catalogue field.
  }

  function locateStatic(el: Element, text: string) {
    if (el.tagName === 'LABEL' && (el as HTMLLabelElement).control) return;
    const matches = catalogueMatches(text);
    if (matches.length) {
      const value = staticValueOf(el);
      if (!value) return;
      // The filing type counts only when the value names one (a 备案类型 column of a list does not).
      if (matches.includes(FILING_TYPE_FIELD) && !filingTypeOf(value.textContent ?? '')) return;
      consumed.add(value);
      markSubtree(value);
      push(matches, () => ({ kind: 'static', controls: [], anchor: value, via: 'static', label: text.trim() }));
      return;
    }
    // `主办单位性质：个人` in one element.
    if (el.childElementCount > 0) return;
    const m = /^\s*([^:：]{2,20})[:：]\s*(\S.{0,100})$/.exec(text);
    if (!m?.[1] || !m[2]) return;
    const inline = catalogueMatches(m[1]);
    if (!inline.length || (el.parentElement && containsControl(el.parentElement))) return;
    if (inline.includes(FILING_TYPE_FIELD) && !filingTypeOf(m[2])) return;
    const staticText = m[2].trim();
    push(inline, () => ({
      kind: 'static',
      controls: [],
      anchor: el as HTMLElement,
      via: 'static',
      label: m[1]?.trim() ?? '',
      staticText,
    }));
  }

  function markSubtree(el: Element) {
    for (const d of el.querySelectorAll('*')) consumed.add(d);
  }

  return fields;
}

/**
 * Whether the page is a filing page (issue 4 §1): two distinct catalogue fields whose labels are
 * specific to filing (主办单位…, 网站…, 负责人…, 联系方式…, the SMS-check placeholders). Generic labels such as
 * 姓名, 手机号码 or 邮箱 alone, on any sign-up form, do not make a filing page.
 */
export function isFilingPage(fields: readonly LocatedField[]): boolean {
  const evidence = new Set<string>();
  for (const f of fields) {
    const label = normaliseLabel(f.label);
    if (
      f.spec.key === 'filingType' ||
      FILING_WORDS.test(label) ||
      (FILING_WORDS.test(f.spec.label.zh) && label === normaliseLabel(f.spec.label.zh))
    ) {
      evidence.add(f.spec.key);
    }
  }
  return evidence.size >= 2;
}

// APP名称, 签名MD5值, 包名: the app step (2023 app filing) names no website or subject field.
const FILING_WORDS =
  /主办单位|主体|网站|备案|负责人|联系方式|短信验证码|证件号码后六位|应急联系|首页|域名|APP名称|签名MD5值|包名/;

/**
 * 开始备案 / 验证备案类型 (spec §2): region, nature, document and a domain on one form, but none of the
 * subject or website details that the later steps ask for. Its fields are the subject step's, yet the
 * applicant is at the type step.
 */
function isTypeDeterminationForm(fields: readonly LocatedField[]): boolean {
  const keys = new Set(fields.map((f) => f.spec.key));
  const later = ['subject.name', 'subject.idAddress', 'subject.mailAddress', 'websites[].name', 'websites[].homeUrl'];
  return keys.has('subject.idNumber') && keys.has('websites[].domains[]') && !later.some((k) => keys.has(k));
}

/** The filing step the page shows most fields of (spec §3), for the panel's "where you are". */
export function pageStep(fields: readonly LocatedField[]): FieldSpec['step'] | undefined {
  if (isTypeDeterminationForm(fields)) return 'type';
  const count = new Map<FieldSpec['step'], number>();
  for (const f of fields) if (f.spec.key !== 'filingType') count.set(f.spec.step, (count.get(f.spec.step) ?? 0) + 1);
  let best: FieldSpec['step'] | undefined;
  let n = 0;
  for (const [step, c] of count)
    if (c > n) {
      best = step;
      n = c;
    }
  return best;
}
