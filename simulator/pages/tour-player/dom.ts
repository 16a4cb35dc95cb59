/**
 * What the player does in the host page: find a step's element by label or by role and accessible
 * name (never by CSS selector, so tours survive restyling), and act on it the way a user would —
 * values set through the native setters with input/change events (so Preact and the extension both
 * see them), clicks, ticks, files. Nothing here changes the page's styles.
 */
import { normaliseLabel } from '../../../shared/domain/fields';
import type { Anchor, AnchorRole } from '../../tours/schema';

/** Collapse whitespace (and full-width forms) the way accessible names are compared. */
export function normText(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

export function isVisible(el: Element): boolean {
  if (!(el instanceof HTMLElement || el instanceof SVGElement)) return false;
  if (el.closest('[hidden]')) return false;
  return el.getClientRects().length > 0;
}

/** The player's own overlay is never an anchor. */
let overlayHost: Element | null = null;
export function setOverlayHost(el: Element): void {
  overlayHost = el;
}
function outsideOverlay(el: Element): boolean {
  return !overlayHost?.contains(el);
}

const ROLE_SELECTORS: Record<AnchorRole, string> = {
  button: 'button, input[type=button], input[type=submit], input[type=reset], [role=button]',
  link: 'a[href], [role=link]',
  tab: '[role=tab]',
  radio: 'input[type=radio], [role=radio]',
  checkbox: 'input[type=checkbox], [role=checkbox]',
  textbox:
    'input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=password], input[type=number], input[type=search], textarea, [role=textbox]',
  combobox: 'select, [role=combobox]',
  group: 'fieldset, [role=group]',
  slider: '[role=slider]',
  heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
  status: '[role=status]',
  alert: '[role=alert]',
  img: 'img, svg[role=img], [role=img]',
  table: 'table, [role=table]',
  row: 'tr, [role=row]',
};

function textOf(el: Element): string {
  // innerText on purpose: a name is what a viewer reads (hidden text excluded).
  // biome-ignore lint/performance/useDomNodeTextContent: visible text, not all text
  return normText(el instanceof HTMLElement ? el.innerText || el.textContent : el.textContent);
}

/** A simplified accessible name (aria-labelledby, aria-label, labels, legend, alt, placeholder, text). */
export function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const parts = labelledBy
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id))
      .filter((x): x is HTMLElement => !!x)
      .map(textOf);
    if (parts.length) return normText(parts.join(' '));
  }
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return normText(aria);
  if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) {
    const labels = el.labels ? [...el.labels].map(textOf).filter(Boolean) : [];
    if (labels.length) return normText(labels.join(' '));
    if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) return normText(el.value);
    const ph = el.getAttribute('placeholder');
    if (ph) return normText(ph);
    return normText(el.getAttribute('title'));
  }
  if (el instanceof HTMLFieldSetElement) {
    const legend = el.querySelector(':scope > legend');
    if (legend) return textOf(legend);
  }
  if (el instanceof HTMLImageElement) return normText(el.alt);
  return textOf(el);
}

function byLabel(label: string, scope: ParentNode): Element[] {
  const want = normaliseLabel(label);
  const out: Element[] = [];
  const push = (el: Element | null | undefined) => {
    if (el && !out.includes(el)) out.push(el);
  };
  for (const l of scope.querySelectorAll('label')) {
    if (normaliseLabel(l.textContent ?? '') === want) push((l as HTMLLabelElement).control);
  }
  for (const lg of scope.querySelectorAll('legend')) {
    if (normaliseLabel(lg.textContent ?? '') === want) push(lg.parentElement);
  }
  for (const el of scope.querySelectorAll('[aria-label]')) {
    if (normaliseLabel(el.getAttribute('aria-label') ?? '') === want) push(el);
  }
  for (const el of scope.querySelectorAll('[placeholder]')) {
    if (normaliseLabel(el.getAttribute('placeholder') ?? '') === want) push(el);
  }
  return out;
}

function byRole(role: AnchorRole, name: string, partial: boolean, scope: ParentNode): Element[] {
  const want = normText(name);
  return [...scope.querySelectorAll(ROLE_SELECTORS[role])].filter((el) => {
    const n = accessibleName(el);
    return partial ? n.includes(want) : n === want;
  });
}

function byText(text: string, scope: ParentNode): Element[] {
  const want = normText(text);
  const root: ParentNode = scope === document ? (document.body ?? document) : scope;
  const all = [...root.querySelectorAll('*')].filter(
    (el) =>
      !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName) && normText(el.textContent).includes(want),
  );
  // The deepest matches: elements none of whose children also match.
  return all.filter((el) => ![...el.children].some((c) => normText(c.textContent).includes(want)));
}

/** Every visible element the anchor designates, in document order. */
export function findAll(anchor: Anchor, scope: ParentNode = document): Element[] {
  const scopes: ParentNode[] = anchor.within ? findAll(anchor.within, scope) : [scope];
  const out: Element[] = [];
  for (const s of scopes) {
    const found =
      anchor.label !== undefined
        ? byLabel(anchor.label, s)
        : anchor.role !== undefined
          ? byRole(anchor.role, anchor.name ?? '', anchor.partial ?? false, s)
          : byText(anchor.text ?? '', s);
    for (const el of found) if (!out.includes(el) && isVisible(el) && outsideOverlay(el)) out.push(el);
  }
  return out;
}

export function findOne(anchor: Anchor): Element | undefined {
  return findAll(anchor)[0];
}

/** Page text a viewer can see (the overlay lives in a shadow root and is not part of it). */
export function pageText(): string {
  // biome-ignore lint/performance/useDomNodeTextContent: only text a viewer can see counts
  return normText(document.body?.innerText ?? '');
}

type ValueElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function nativeSetter(el: ValueElement): (v: string) => void {
  const proto =
    el instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : el instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  const set = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (!set) throw new Error('no native value setter');
  return (v: string) => set.call(el, v);
}

export function asValueElement(el: Element): ValueElement {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return el;
  throw new Error(`<${el.tagName.toLowerCase()}> is not a form field`);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Type a value as a user would: focus, the value grows (one input event per character when a
 * presenter watches, one for the whole value when fast), change, blur.
 */
export async function typeValue(el: Element, value: string, charDelayMs: number): Promise<void> {
  const field = asValueElement(el);
  if (field instanceof HTMLSelectElement) throw new Error('use a select step for a drop-down');
  if (field.readOnly || field.disabled) throw new Error('the field is read-only');
  const set = nativeSetter(field);
  field.focus({ preventScroll: true });
  if (charDelayMs > 0 && value.length > 0) {
    set('');
    field.dispatchEvent(new Event('input', { bubbles: true }));
    for (let i = 1; i <= value.length; i++) {
      set(value.slice(0, i));
      field.dispatchEvent(
        new InputEvent('input', { bubbles: true, data: value[i - 1] ?? null, inputType: 'insertText' }),
      );
      await sleep(charDelayMs);
    }
  } else {
    set(value);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, data: value, inputType: 'insertText' }));
  }
  field.dispatchEvent(new Event('change', { bubbles: true }));
  field.blur();
}

/** The option of a select by its text or value, when it is there. */
export function findOption(select: HTMLSelectElement, wanted: string): HTMLOptionElement | undefined {
  const want = normText(wanted);
  return (
    [...select.options].find((o) => normText(o.textContent) === want) ??
    [...select.options].find((o) => o.value === wanted)
  );
}

export function chooseOption(el: Element, wanted: string): void {
  const select = asValueElement(el);
  if (!(select instanceof HTMLSelectElement)) throw new Error('not a drop-down');
  if (select.disabled) throw new Error('the drop-down is disabled');
  const option = findOption(select, wanted);
  if (!option) throw new Error(`no option “${wanted}”`);
  select.focus({ preventScroll: true });
  nativeSetter(select)(option.value);
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  select.blur();
}

/** The value a viewer sees in a field: a select's option text, else the value. */
export function shownValue(el: Element): string {
  if (el instanceof HTMLSelectElement) return normText(el.selectedOptions[0]?.textContent);
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
  return normText(el.textContent);
}

export function valueMatches(el: Element, wanted: string): boolean {
  if (el instanceof HTMLSelectElement) return shownValue(el) === normText(wanted) || el.value === wanted;
  return shownValue(el) === wanted;
}

export function setChecked(el: Element, checked: boolean): void {
  if (!(el instanceof HTMLInputElement) || !['checkbox', 'radio'].includes(el.type))
    throw new Error('not a checkbox or radio button');
  if (el.disabled) throw new Error('the choice is disabled');
  if (el.checked !== checked) el.click();
}

export function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
}

// The smallest valid files of each type (the simulator checks uploads by content).
const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const TINY_PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

export function sampleFile(kind: 'png' | 'pdf', name: string): File {
  if (kind === 'pdf') return new File([TINY_PDF], name, { type: 'application/pdf' });
  const bytes = Uint8Array.from(atob(TINY_PNG_BASE64), (c) => c.charCodeAt(0));
  return new File([bytes], name, { type: 'image/png' });
}

/** Put a file in a file input as a user's choice would, then fire change. */
export function chooseFile(el: Element, file: File): void {
  if (!(el instanceof HTMLInputElement) || el.type !== 'file') throw new Error('not a file input');
  if (el.disabled) throw new Error('the file input is disabled');
  const dt = new DataTransfer();
  dt.items.add(file);
  el.files = dt.files;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Scroll the element to the middle of the viewport when it is not fully in view. */
export function revealElement(el: Element): void {
  const r = el.getBoundingClientRect();
  const inView = r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  if (!inView) el.scrollIntoView({ block: 'center', inline: 'nearest' });
}

/** The element a highlight ring goes around: a choice's whole label rather than its tiny box. */
export function ringTarget(el: Element): Element {
  if (el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type)) {
    const label = el.closest('label');
    if (label) return label;
  }
  return el;
}
