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

/** Whether the element holds a control that is not `control` and not inside the same widget or group. */
function holdsOtherField(el: Element, control: Element, group: Element | null): boolean {
  for (const c of el.querySelectorAll(CONTROL_LIKE)) {
    if (c === control || c.contains(control) || control.contains(c)) continue;
    if (group?.contains(c)) continue;
    if (
      c.tagName === 'INPUT' &&
      ['hidden', 'submit', 'button', 'reset', 'image'].includes((c as HTMLInputElement).type)
    )
      continue;
    return true;
  }
  return false;
}

/**
 * Label texts of the form item around a control (nearest first, at most two). For a radio/checkbox
 * group, `group` is the element holding its boxes: they and their option labels do not count.
 */
export function formItemLabels(control: Element, group: Element | null = null): string[] {
  let node: Element | null = control.parentElement;
  for (let level = 0; node && level < MAX_LEVELS && !STOP_TAGS.has(node.tagName); level++, node = node.parentElement) {
    if (holdsOtherField(node, control, group)) return [];
    const labels: string[] = [];
    for (const el of node.querySelectorAll('label,[class*="label"],[class*="Label"]')) {
      if (el.contains(control) || !before(el, control) || !isLabelElement(el)) continue;
      if (group?.contains(el)) continue; // an option's own label
      if (el.tagName === 'LABEL' && (el as HTMLLabelElement).control && (el as HTMLLabelElement).control !== control)
        continue;
      const text = (el.textContent ?? '').trim();
      if (text && text.length <= 40) labels.push(text);
    }
    if (labels.length) return labels.reverse().slice(0, 2);
  }
  return [];
}
