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

/** Whether `c` is a field's control other than `control` and its group. */
function isOtherControl(c: Element, control: Element, group: Element | null): boolean {
  if (c === control || c.contains(control) || control.contains(c)) return false;
  if (group?.contains(c)) return false;
  if (c.tagName === 'INPUT' && ['hidden', 'submit', 'button', 'reset', 'image'].includes((c as HTMLInputElement).type))
    return false;
  return true;
}

function holdsOtherControl(el: Element, control: Element, group: Element | null): boolean {
  if (el.matches(CONTROL_LIKE) && isOtherControl(el, control, group)) return true;
  for (const c of el.querySelectorAll(CONTROL_LIKE)) if (isOtherControl(c, control, group)) return true;
  return false;
}

/** The last label element in `el` (or `el` itself) with text that labels no other control. */
function lastLabelIn(el: Element, control: Element): string | undefined {
  const candidates = isLabelElement(el) ? [el] : [...el.querySelectorAll('label,[class*="label"],[class*="Label"]')];
  for (let i = candidates.length - 1; i >= 0; i--) {
    const l = candidates[i] as Element;
    if (!isLabelElement(l)) continue;
    if (l.tagName === 'LABEL' && (l as HTMLLabelElement).control && (l as HTMLLabelElement).control !== control)
      continue;
    const text = (l.textContent ?? '').trim();
    if (text) return text;
  }
  return undefined;
}

/**
 * The label text of the form item around a control, or none. A label names the first control after
 * it, as a reader takes it: walking out from the control, the nearest label element before it counts
 * unless another field's control stands between them (controls after it, such as the city select
 * after the province, do not matter). Only elements before the control are looked at, so help and
 * error text below it never count. For a radio/checkbox group, `group` is the element holding its
 * boxes: they and their option labels are skipped.
 */
export function formItemLabels(control: Element, group: Element | null = null): string[] {
  let child: Element = control;
  let node: Element | null = control.parentElement;
  for (let level = 0; node && level < MAX_LEVELS && !STOP_TAGS.has(node.tagName); level++) {
    for (let sib = child.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (group?.contains(sib) || sib.hasAttribute('data-icp-ui')) continue;
      if (holdsOtherControl(sib, control, group)) return [];
      const text = lastLabelIn(sib, control);
      if (text) return text.length <= 40 ? [text] : [];
    }
    child = node;
    node = node.parentElement;
  }
  return [];
}
