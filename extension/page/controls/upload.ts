/**
 * Upload widgets (issue 13 §1): Fusion Upload, antd Upload, TDesign Upload, Element el-upload. What is
 * read is what the widget lists for the user — the file name, and the size where the library shows it
 * (Fusion: `icon.png (120.00K)`) — never the file itself. Markers go on the widget's focusable trigger.
 */

/** Class words of an upload widget's outer box: `next-upload`, `ant-upload-wrapper`, `t-upload`, `el-upload`. */
const UPLOAD_CLASS = /(^|[-_])upload(-wrapper)?$/i;
/** Class words of the list of chosen files, or of a single file's display. */
const LIST_CLASS = /(^|[-_])(upload-list|upload__single|upload-list-text)([-_]|$)/i;
/** Class words of one listed file's name. */
const NAME_CLASS = /(^|[-_])(item-name|file-name|single-name|list-item-name|upload__single-name)$/i;
const ITEM_CLASS = /(^|[-_])(upload-list-item|upload-list__item)$/i;
const HIDDEN_CLASS = /(^|[-_])hidden$/i;
const STOP_TAGS = new Set(['FORM', 'BODY', 'HTML', 'FIELDSET', 'TR', 'TD', 'TH']);
/** A file name: something with an extension. */
const FILE_NAME = /[^\s/\\()（）]+\.[A-Za-z0-9]{1,8}/;
/** A size as the lists show it: `120 KB`, `(120.00K)`, `1.2MB`, `980 B`. */
const SIZE = /(\d+(?:\.\d+)?)\s*(B|K|KB|KiB|M|MB|MiB)\b/i;
const UNIT_BYTES: Record<string, number> = {
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
};

/** Catalogue fields that are uploads, and the draft field their size goes to. */
export const UPLOAD_SIZE_FIELDS: Readonly<Record<string, string>> = { 'apps[].icon': 'iconBytes' };

function tokens(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/** Whether an element is an upload widget's box: an upload class word and a file input inside. */
export function isUploadBox(el: Element): boolean {
  return tokens(el).some((t) => UPLOAD_CLASS.test(t)) && !!el.querySelector('input[type="file"]');
}

/** The element holding the widget and its file list (Element puts the list beside `.el-upload`). */
export function uploadRoot(box: Element): HTMLElement {
  let root = box;
  for (let level = 0; level < 3; level++) {
    if (hasList(root)) break;
    const parent = root.parentElement;
    if (!parent || STOP_TAGS.has(parent.tagName)) break;
    // A form item's label above the widget ends it (a listed file's own status label does not).
    if ([...parent.querySelectorAll('label,[class*="label"]')].some((l) => !l.closest('[class*="upload"]'))) break;
    if ([...parent.querySelectorAll('input,select,textarea')].some((c) => !root.contains(c))) break;
    root = parent;
  }
  return root as HTMLElement;
}

function hasList(el: Element): boolean {
  return [el, ...el.querySelectorAll('*')].some((e) => tokens(e).some((t) => LIST_CLASS.test(t)));
}

function inHidden(el: Element, root: Element): boolean {
  for (let n: Element | null = el; n && n !== root.parentElement; n = n.parentElement) {
    if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true') return true;
    if (tokens(n).some((t) => HIDDEN_CLASS.test(t))) return true;
  }
  return false;
}

/**
 * The focusable element that opens the file chooser: a button, else an element with role button or a
 * tab stop. When the library hides the trigger (a one-file widget already holding its file), the
 * listed file's own focusable control (its delete button) carries the markers.
 */
export function uploadTrigger(root: Element): HTMLElement {
  const visible = (sel: string) =>
    [...root.querySelectorAll(sel)].find((e) => !inHidden(e, root) && !e.closest('[class*="upload-list"]')) as
      | HTMLElement
      | undefined;
  const inList = [...root.querySelectorAll('button,[role="button"][tabindex],[tabindex="0"]')].find(
    (e) => !inHidden(e, root),
  ) as HTMLElement | undefined;
  return (
    visible('button') ??
    visible('[role="button"][tabindex]') ??
    visible('[tabindex="0"]') ??
    inList ??
    (root as HTMLElement)
  );
}

export interface ListedFile {
  name: string;
  /** Bytes, when the widget shows a size. */
  bytes?: number;
}

/** Bytes of a shown size (`120.00K` → 122880); undefined when the text shows none. */
export function shownBytes(text: string): number | undefined {
  const m = SIZE.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const unit = UNIT_BYTES[m[2].toLowerCase()];
  return unit ? Math.round(Number(m[1]) * unit) : undefined;
}

/** The files the widget lists, in order: each name, and its size where shown. */
export function listedFiles(root: Element): ListedFile[] {
  const names = [...root.querySelectorAll('*')].filter((e) => tokens(e).some((t) => NAME_CLASS.test(t)));
  const outer = names.filter((n) => !names.some((o) => o !== n && o.contains(n)));
  return outer
    .map((n) => {
      const item = n.closest('[class*="list-item"],[class*="list__item"],[class*="single-display"]') ?? n;
      const own = item !== n && tokens(item).some((t) => ITEM_CLASS.test(t)) ? item : n;
      const text = (own.textContent ?? '').replace(/\s+/g, ' ').trim();
      const name = FILE_NAME.exec((n.getAttribute('title') ?? '') || (n.textContent ?? ''))?.[0] ?? '';
      const bytes = shownBytes(text.replace(name, ''));
      return { name, ...(bytes !== undefined ? { bytes } : {}) };
    })
    .filter((f) => f.name);
}
