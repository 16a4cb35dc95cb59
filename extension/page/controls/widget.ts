/**
 * Custom controls of component libraries (issue 13 §1): Fusion, Ant Design, TDesign and Element render
 * selects, cascaders and tag inputs as an empty or read-only `<input role="combobox">` inside a box
 * whose chosen text sits in a span, an `em` or a text node beside the input. This module finds that
 * box (the widget) and reads what it shows, without opening it and without layout reads.
 */

/** Class words of a select-like box (`next-select`, `ant-select`, `t-cascader`, `el-select__wrapper`). */
const WIDGET_CLASS = /(^|[-_])(select|cascader|picker|combobox|tag-?input|select-?input)([-_]|$)/i;
/** Class words of text that is not the value: placeholders, screen-reader copies, counters. */
const NOT_VALUE_CLASS = /(placeholder|sr-only|screen-reader|visually-hidden|suffix|prefix|arrow|icon|clear|count)/i;
/** Text a box shows while nothing is chosen. */
const PROMPT_ONLY = /^(请选择|请输入|选择|输入|please\s+(select|choose|enter)|select)[^\n]{0,12}$/i;
const CONTROL_LIKE = 'input,select,textarea,[role="combobox"],[role="listbox"]';

function classOf(el: Element): string {
  const c = el.getAttribute('class');
  return c ?? '';
}

function hasWidgetMark(el: Element): boolean {
  if (el.hasAttribute('aria-haspopup') || el.getAttribute('role') === 'combobox') return true;
  return classOf(el)
    .split(/\s+/)
    .some((token) => WIDGET_CLASS.test(token));
}

/** Whether an element holds a control other than `control` (then it spans more than one field). */
function holdsOtherControl(el: Element, control: Element): boolean {
  for (const c of el.querySelectorAll(CONTROL_LIKE)) {
    if (c === control || c.contains(control) || control.contains(c)) continue;
    if (c.tagName === 'INPUT' && ['hidden', 'file'].includes((c as HTMLInputElement).type)) continue;
    return true;
  }
  return false;
}

/** Whether an element holds a label (a form item's wrapper, not the widget). */
function holdsLabel(el: Element, control: Element): boolean {
  for (const l of el.querySelectorAll('label')) if (!l.contains(control)) return true;
  return false;
}

/**
 * The widget box of a select-like control: the outermost ancestor (at most six levels up) that the
 * library marks as a select/cascader/picker and that holds no other field's control and no label.
 * Undefined for a plain input.
 */
export function widgetRoot(control: Element): HTMLElement | undefined {
  let found: HTMLElement | undefined;
  let node: Element | null = control.parentElement;
  for (let level = 0; node && level < 6; level++, node = node.parentElement) {
    const tag = node.tagName;
    if (tag === 'FORM' || tag === 'BODY' || tag === 'TD' || tag === 'TH' || tag === 'FIELDSET' || tag === 'LABEL')
      break;
    if (holdsOtherControl(node, control) || holdsLabel(node, control)) break;
    if (hasWidgetMark(node)) found = node as HTMLElement;
  }
  return found;
}

/** Whether a form control is a library select (combobox role, popup, or a read-only input in a select box). */
export function isSelectLike(control: Element): boolean {
  if (control.tagName === 'SELECT' || control.tagName === 'TEXTAREA') return false;
  if (control.tagName === 'INPUT') {
    const type = (control as HTMLInputElement).type;
    if (type === 'checkbox' || type === 'radio') return false;
  }
  const role = control.getAttribute('role');
  if (role === 'combobox' || role === 'listbox') return true;
  const popup = control.getAttribute('aria-haspopup');
  if (popup && popup !== 'false') return true;
  return control.hasAttribute('readonly') && widgetRoot(control) !== undefined;
}

/** Whether text inside the widget is a value the user sees (not a placeholder, icon or hidden copy). */
function isValueElement(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'INPUT' || tag === 'SVG' || tag === 'svg' || tag === 'I' || tag === 'BUTTON' || tag === 'STYLE')
    return false;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || el.hasAttribute('aria-live'))
    return false;
  if (el.hasAttribute('data-icp-ui')) return false;
  if (el.getAttribute('role') === 'button' || el.getAttribute('role') === 'img') return false;
  return !NOT_VALUE_CLASS.test(classOf(el));
}

/** The text a widget shows, in document order, without placeholders, icons and hidden copies. */
export function visibleText(root: Element): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 || !isValueElement(node as Element)) return;
    for (const c of node.childNodes) walk(c);
  };
  for (const c of root.childNodes) walk(c);
  return out.replace(/\s+/g, ' ').trim();
}

/** Whether a shown text is only a prompt (请选择, the control's own placeholder). */
export function isPrompt(text: string, control: Element): boolean {
  if (!text) return true;
  const placeholder = control.getAttribute('placeholder')?.trim();
  return text === placeholder || PROMPT_ONLY.test(text);
}
