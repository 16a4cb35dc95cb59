/**
 * A tag/multi-select (Fusion Select mode="tag", antd Select mode="tags", TDesign TagInput, Element
 * multiple select): each tag is one value, in the order shown (issue 13 §1: `websites[0].domains[0]`,
 * `[1]` …). Tags are the widget's elements whose class ends in `tag` or `selection-item`; their text
 * without the close button.
 */
import { visibleText, widgetRoot } from './widget';

const TAG_CLASS = /(^|[-_])(tag|tag-item|selection-item|select-tag)$/i;
const MULTIPLE_CLASS = /(^|[-_])(multiple|tags?|tag-input|select-tag)$/i;

function tokens(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/** Whether the widget says it holds several values (class words, or `aria-multiselectable`). */
export function isMultiple(control: HTMLElement): boolean {
  const root = widgetRoot(control);
  if (!root) return false;
  if (root.querySelector('[aria-multiselectable="true"]') || root.getAttribute('aria-multiselectable') === 'true')
    return true;
  if (tokens(root).some((t) => MULTIPLE_CLASS.test(t))) return true;
  const inner = root.querySelector('[class*="multiple"],[class*="tag-input"]');
  return !!inner && tokens(inner).some((t) => MULTIPLE_CLASS.test(t));
}

/** The texts of the tags a widget shows. */
export function tagTexts(control: HTMLElement): string[] {
  const root = widgetRoot(control);
  if (!root) {
    const v = control.tagName === 'INPUT' ? (control as HTMLInputElement).value.trim() : '';
    return v ? [v] : [];
  }
  const tags = [...root.querySelectorAll('*')].filter(
    (el) => tokens(el).some((t) => TAG_CLASS.test(t)) && !el.contains(control),
  );
  // Only the outermost tag elements (a tag may wrap a `…-tag-body`).
  const outer = tags.filter((t) => !tags.some((o) => o !== t && o.contains(t)));
  return outer.map((t) => visibleText(t)).filter(Boolean);
}
