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
 *
 * Labels and the DOM helpers live in locate-labels.ts, sections and draft paths in locate-sections.ts.
 */

import { fieldPattern, normaliseLabel } from '../../shared/domain/field-text';
import type { FieldSpec } from '../../shared/domain/fields';
import {
  FILING_TYPE_ALIASES,
  FILING_TYPE_NAMES_ZH,
  FILING_TYPES,
  type FilingType,
} from '../../shared/domain/filing-types';
import { REGION_LEVEL_PATHS } from './controls/cascader';
import { choiceType } from './controls/choice';
import { dateInputs, datePickerRoot, longTermBox } from './controls/date';
import { formItemLabels } from './controls/form-item';
import { isMultiple, tagTexts } from './controls/tags';
import { isUploadBox, UPLOAD_SIZE_FIELDS, uploadRoot, uploadTrigger } from './controls/upload';
import { isSelectLike, widgetRoot } from './controls/widget';
import {
  BY_KEY,
  CONTROL_SELECTOR,
  catalogueMatches,
  choiceGroup,
  containsControl,
  explicitLabels,
  FILING_TYPE_FIELD,
  groupLabels,
  hiddenByAttribute,
  isChoice,
  isControl,
  type LabelCandidate,
  type LabelSource,
  labelCandidates,
  OWN_UI_ATTR,
  PUNCTUATION_ONLY,
  SKIPPED_TAGS,
  spec,
  splitGroup,
  TEXT_TAGS,
  textsBefore,
  withProfileLabels,
} from './locate-labels';
import { enterSection, place, sectionOf, type WalkState } from './locate-sections';
import type { ProviderProfile } from './profiles';

export {
  catalogueMatches,
  choiceText,
  FILING_TYPE_FIELD,
  installCatalogue,
  type LabelSource,
  OWN_UI_ATTR,
} from './locate-labels';
export { sectionOf } from './locate-sections';

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
  /** A date picker's input (controls/date.ts): the date it shows, or 长期 when its box is ticked. */
  | 'date'
  /** An upload widget (controls/upload.ts): the file it lists; markers on its trigger. */
  | 'upload'
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
  /** Date fields: the 「长期」 box beside the picker, when there is one. */
  longTerm?: HTMLElement;
}

export interface LocateOptions {
  /** The provider's label vocabulary and layout hints (profiles/); the locator works without one. */
  profile?: ProviderProfile;
}

// ---------------------------------------------------------------------------------------------
// The scan

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
    for (const name of [FILING_TYPE_NAMES_ZH[type], ...(FILING_TYPE_ALIASES[type] ?? [])]) {
      const zh = normaliseLabel(name);
      if (t.startsWith(zh) && (!best || zh.length > best.len)) best = { type, len: zh.length };
    }
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
  return withProfileLabels(options.profile, () => scan(root));
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

    if (el.getAttribute('class')?.includes('upload') && isUploadBox(el)) {
      locateUpload(el);
      continue;
    }

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
      const dateRoot = datePickerRoot(control);
      if (dateRoot) {
        locateDate(control as HTMLInputElement, dateRoot, matches, candidate);
        return;
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

  /**
   * A date picker: one input, or a range whose start and end are two fields (证件有效期 → the
   * document's valid-from and valid-until); a 「长期」 box beside it belongs to the end date.
   */
  function locateDate(control: HTMLInputElement, root: HTMLElement, matches: FieldSpec[], candidate: LabelCandidate) {
    const inputs = dateInputs(root);
    const longTerm = longTermBox(root);
    for (const d of root.querySelectorAll('*')) consumed.add(d);
    if (longTerm) {
      consumed.add(longTerm);
      const wrap = longTerm.closest('label');
      if (wrap) markSubtree(wrap);
    }
    const label = candidate.text.trim();
    const range = inputs.length >= 2 && inputs[0] === control;
    const end = range ? (inputs[1] as HTMLInputElement) : control;
    const field = push(matches, () => ({
      kind: 'date',
      controls: [end],
      anchor: range ? end : root,
      via: candidate.via,
      label,
      ...(longTerm ? { longTerm } : {}),
    }));
    if (!field || !range) return;
    const fromKey = field.spec.key.replace(/ValidUntil$/, 'ValidFrom');
    if (fromKey === field.spec.key || !BY_KEY.has(fromKey)) return;
    push([spec(fromKey)], () => ({ kind: 'date', controls: [control], anchor: control, via: candidate.via, label }));
  }

  /** An upload widget: the field its form item names; markers on the trigger, hints beside the widget. */
  function locateUpload(box: Element) {
    const root = uploadRoot(box);
    consumed.add(root);
    markSubtree(root);
    const trigger = uploadTrigger(root);
    const labels = [...formItemLabels(trigger, root), ...textsBefore(root).map((t) => t.text)];
    for (const text of labels) {
      const matches = catalogueMatches(text);
      if (!matches.length) continue;
      const field = push(matches, () => ({
        kind: 'upload',
        controls: [trigger],
        anchor: root,
        via: 'form-item',
        label: text.trim(),
      }));
      // The shown size is a field of its own (apps[0].iconBytes): the page shows it, the check keeps it.
      const sizeKey = field && UPLOAD_SIZE_FIELDS[fieldPattern(field.path)];
      if (field && sizeKey) field.paths = [field.path, field.path.replace(/[^.]+$/, sizeKey)];
      return;
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
