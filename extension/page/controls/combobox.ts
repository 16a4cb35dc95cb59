/**
 * A library select or cascader with one value (Fusion Select/CascaderSelect, antd Select/Cascader,
 * TDesign Select/Cascader, Element select): the value is what the box shows — the read-only input's
 * own value when the library writes it there (TDesign), else the chosen text beside the input
 * (Fusion's `em`, antd's text node).
 */
import { isPrompt, visibleText, widgetRoot } from './widget';

/** The options a `role="listbox"` marks selected, in order (their text, else their value). */
export function selectedOptions(listbox: Element): string[] {
  return [...listbox.querySelectorAll('[role="option"][aria-selected="true"],[role="option"][aria-checked="true"]')]
    .map((o) => (o.textContent ?? '').trim() || (o.getAttribute('data-value') ?? ''))
    .filter(Boolean);
}

/** Whether a control is a listbox that holds several choices. */
export function isMultiListbox(control: Element): boolean {
  return control.getAttribute('role') === 'listbox' && control.getAttribute('aria-multiselectable') === 'true';
}

export function comboboxText(control: HTMLElement): string {
  if (control.getAttribute('role') === 'listbox') return selectedOptions(control)[0] ?? '';
  if (control.tagName === 'INPUT') {
    const own = (control as HTMLInputElement).value.trim();
    // A searchable select shows the search text in its input while typing: the chosen text is beside it.
    if (own && (control.hasAttribute('readonly') || !widgetRoot(control))) return own;
  }
  const root = widgetRoot(control);
  if (!root) return control.tagName === 'INPUT' ? (control as HTMLInputElement).value.trim() : '';
  const text = visibleText(root);
  return isPrompt(text, control) ? '' : text;
}
