/**
 * Labels of the locator (locate-fields.ts): the catalogue's label index (with a provider profile's
 * extra wording for the scan in progress), the DOM helpers that tell controls from text, and the
 * label candidates of a control or a radio/checkbox group, most explicit first.
 */

import { normaliseLabel } from '../../shared/domain/field-text';
import type { FieldSpec } from '../../shared/domain/fields';
import { ariaGroupOf, choiceType } from './controls/choice';
import { datePickerRoot } from './controls/date';
import { formItemLabels } from './controls/form-item';
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

/**
 * The catalogue the locator matches labels against. The content script does not carry the field
 * catalogue (shared/domain/fields.ts, the biggest table it would load; issue 17 item 4): the background
 * sends it once at start (content.ts) and it is installed here before the first scan. Until then only
 * the filing type is known, so a scan finds no catalogue field.
 */
export const LABEL_INDEX = new Map<string, FieldSpec[]>();
export const BY_KEY = new Map<string, FieldSpec>();
export function indexLabel(text: string, spec: FieldSpec) {
  const key = normaliseLabel(text);
  if (!key) return;
  const list = LABEL_INDEX.get(key) ?? [];
  if (!list.includes(spec)) list.push(spec);
  LABEL_INDEX.set(key, list);
}

/** Match labels against `catalogue` (the field catalogue as the background sent it) from now on. */
export function installCatalogue(catalogue: readonly FieldSpec[]) {
  LABEL_INDEX.clear();
  BY_KEY.clear();
  for (const spec of [...catalogue, FILING_TYPE_FIELD]) {
    indexLabel(spec.label.zh, spec);
    for (const alias of spec.aliases) indexLabel(alias, spec);
  }
  for (const f of catalogue) BY_KEY.set(f.key, f);
}
installCatalogue([]);

export function spec(key: string): FieldSpec {
  const found = BY_KEY.get(key);
  if (!found) throw new Error(`field catalogue has no ${key}`);
  return found;
}

/** Prompt words placeholders and select options put before the field name. */
export const PROMPT_PREFIX = /^(请输入|请填写|请选择|输入|填写|选择)/;
/** Bracketed notes after a label: `（必填）`, `(选填)`, `（如：…）`. */
export const BRACKETED = /[（(][^）)]*[）)]/g;

/** Labels a provider profile adds (its own wording for catalogue fields), for the scan in progress. */
let extraLabels: Map<string, FieldSpec[]> | undefined;

export function lookup(norm: string): FieldSpec[] | undefined {
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

/** Run `fn` with the profile's extra labels in the index (one scan), and without them afterwards. */
export function withProfileLabels<T>(profile: ProviderProfile | undefined, fn: () => T): T {
  extraLabels = profileIndex(profile);
  try {
    return fn();
  } finally {
    extraLabels = undefined;
  }
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
// DOM helpers

export const CONTROL_SELECTOR =
  'input,select,textarea,[role="combobox"],[role="listbox"],[role="radio"],[role="checkbox"]';
export const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'range', 'color']);
export const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'CANVAS', 'IFRAME', 'OPTION']);
/** Elements whose text may be a label, a heading or a static value. */
export const TEXT_TAGS = new Set([
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
export function isControl(el: Element): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const tag = el.tagName;
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') return !SKIPPED_INPUT_TYPES.has((el as HTMLInputElement).type);
  const role = el.getAttribute('role');
  if (role !== 'combobox' && role !== 'listbox' && role !== 'radio' && role !== 'checkbox') return false;
  return !el.querySelector('input,select,textarea');
}

/** A radio or checkbox: a native box or an ARIA one. */
export function isChoice(el: Element): el is HTMLInputElement {
  return choiceType(el) !== undefined;
}

export function containsControl(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (isControl(el)) return true;
  for (const c of el.querySelectorAll(CONTROL_SELECTOR)) if (isControl(c)) return true;
  // An upload widget's file input is no value to read, but the row holds a control: no static text.
  return el.matches('input[type="file"]') || !!el.querySelector('input[type="file"]');
}

/** Text of a node without the text of the controls inside it (a wrapping label holds a select's options). */
export function textWithoutControls(node: Node): string {
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
export const PHONEISH = /^[\d\s+\-－—–]*$/;
export const PUNCTUATION_ONLY = /^[\s*＊:：\-－—–·,，.。/|()（）]*$/;

/**
 * Texts before the control in its container, nearest first (at most `max`): a label span, a table's
 * label cell, a `dt`. Fixed phone-number parts and punctuation are skipped; the search stops at
 * another control (that text belongs to another field), at a row, a form or a fieldset.
 */
export function textsBefore(control: Element, maxLevels = 4, max = 3): { text: string; cell: boolean }[] {
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

export function byIds(doc: Document, ids: string): string {
  return ids
    .split(/\s+/)
    .map((id) => (id ? (doc.getElementById(id)?.textContent ?? '') : ''))
    .join(' ');
}

export interface LabelCandidate {
  text: string;
  via: LabelSource;
}

/** Label texts of one control, most explicit first. */
export function labelCandidates(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): LabelCandidate[] {
  const out = explicitLabels(control);
  // The form-item search walks up to eight ancestors: only when nothing before it named a field.
  if (out.some((c) => catalogueMatches(c.text).length)) return out;
  // A date picker's inputs sit deeper than the form item's walk reaches: start from the picker's box.
  for (const text of formItemLabels(datePickerRoot(control) ?? control)) out.push({ text, via: 'form-item' });
  return out.concat(attributeLabels(control));
}

/** The label texts that cost no tree walk above the control's container: ARIA, label elements, text before it. */
export function explicitLabels(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): LabelCandidate[] {
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
export function attributeLabels(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): LabelCandidate[] {
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
export function groupLabels(boxes: HTMLInputElement[], container: Element): LabelCandidate[] {
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
export function choiceGroup(first: HTMLInputElement): { boxes: HTMLInputElement[]; container: Element } {
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
export function splitGroup(
  first: HTMLInputElement,
): { inputs: HTMLInputElement[]; container: HTMLElement } | undefined {
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

export function hiddenByAttribute(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}
