/**
 * Radio and checkbox groups as the libraries render them: native boxes whose checked state is kept
 * by the library (Fusion and TDesign mark the wrapper with `checked` / `t-is-checked` and
 * `aria-checked`), or no native box at all: `role="radio"` / `role="checkbox"` elements with
 * `aria-checked` in a `radiogroup` / `group`.
 */

const CHECKED_CLASS = /(^|[-_])(is-)?checked$/i;

/** 'radio' / 'checkbox' for a native box or an ARIA one; undefined for anything else. */
export function choiceType(el: Element): 'radio' | 'checkbox' | undefined {
  if (el.tagName === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    return type === 'radio' || type === 'checkbox' ? type : undefined;
  }
  const role = el.getAttribute('role');
  if ((role === 'radio' || role === 'checkbox' || role === 'menuitemradio') && !el.querySelector('input'))
    return role === 'checkbox' ? 'checkbox' : 'radio';
  return undefined;
}

function classChecked(el: Element | null): boolean {
  return !!el && (el.getAttribute('class') ?? '').split(/\s+/).some((t) => CHECKED_CLASS.test(t));
}

/** Whether a box is checked: the native state, its ARIA state or the library's wrapper. */
export function isChecked(box: Element): boolean {
  if (box.tagName === 'INPUT' && (box as HTMLInputElement).checked) return true;
  if (box.getAttribute('aria-checked') === 'true') return true;
  if (box.tagName !== 'INPUT') return false;
  const wrapper = box.closest('label');
  return !!wrapper && (wrapper.getAttribute('aria-checked') === 'true' || classChecked(wrapper));
}

/** The group an ARIA box belongs to: its radiogroup/group, else its parent. */
export function ariaGroupOf(box: Element): Element {
  return box.closest('[role="radiogroup"],[role="group"]') ?? box.parentElement ?? box;
}
