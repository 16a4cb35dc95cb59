/**
 * Labels as component libraries render them (issue 13 §2): a `<label>` without `for` (or a
 * `…-label` element) in a form-item wrapper, with the control several levels below it, often in a
 * sibling grid column. The wrapper is the nearest ancestor that holds a label before the control and
 * no other field's control. Help and error text after the control is never a label: only label
 * elements before the control count, and required asterisks (pseudo-elements or `*` spans) are left
 * to normaliseLabel.
 */

const STOP_TAGS = new Set(['FORM', 'BODY', 'FIELDSET', 'TR', 'TABLE', 'HTML']);
const CONTROL_LIKE = 'input,select,textarea,[role="combobox"],[role="radio"],[role="checkbox"],[role="radiogroup"]';
/** Class words of a label element (`next-form-item-label`, `t-form__label`, `el-form-item__label`, `ant-form-item-label`). */
const LABEL_CLASS = /(^|[-_])label$/i;
/** …but not the option text of a box or a tag. */
const OPTION_LABEL_CLASS = /(radio|checkbox|switch|tag|option|select|btn|button)/i;
const MAX_LEVELS = 8;

function isLabelElement(el: Element): boolean {
  if (el.tagName === 'LABEL') return true;
  const tokens = (el.getAttribute('class') ?? '').split(/\s+/);
  return tokens.some((t) => LABEL_CLASS.test(t) && !OPTION_LABEL_CLASS.test(t));
}

function before(a: Node, b: Node): boolean {
  return !!(a.compareDocumentPosition(b) & 4); // DOCUMENT_POSITION_FOLLOWING: b after a
}

/** Whether `c` is a field's control other than `control` and its group. */
function isOtherControl(c: Element, control: Element, group: Element | null): boolean {
  if (c === control || c.contains(control) || control.contains(c)) return false;
  if (group?.contains(c)) return false;
  if (c.tagName === 'INPUT' && ['hidden', 'submit', 'button', 'reset', 'image'].includes((c as HTMLInputElement).type))
    return false;
  return true;
}

/**
 * The label text of the form item around a control, or none. A label names the first control after
 * it, as a reader takes it: the nearest label before the control counts when no other field's control
 * stands between them (controls after it, such as the city select after the province, do not matter).
 * For a radio/checkbox group, `group` is the element holding its boxes: they and their option labels
 * do not count.
 */
export function formItemLabels(control: Element, group: Element | null = null): string[] {
  let node: Element | null = control.parentElement;
  for (let level = 0; node && level < MAX_LEVELS && !STOP_TAGS.has(node.tagName); level++, node = node.parentElement) {
    let nearest: Element | undefined;
    for (const el of node.querySelectorAll('label,[class*="label"],[class*="Label"]')) {
      if (!before(el, control)) break; // document order: the rest are after the control
      if (el.contains(control) || !isLabelElement(el) || group?.contains(el)) continue;
      if (el.tagName === 'LABEL' && (el as HTMLLabelElement).control && (el as HTMLLabelElement).control !== control)
        continue;
      if (!(el.textContent ?? '').trim()) continue;
      nearest = el;
    }
    // Another field's control before ours in this element: from here up, labels belong to it.
    let blocked = false;
    for (const c of node.querySelectorAll(CONTROL_LIKE)) {
      if (!before(c, control)) break;
      if (!isOtherControl(c, control, group)) continue;
      if (!nearest || before(nearest, c)) {
        blocked = true;
        break;
      }
    }
    if (blocked) return [];
    if (nearest) {
      const text = (nearest.textContent ?? '').trim();
      return text.length <= 40 ? [text] : [];
    }
  }
  return [];
}
