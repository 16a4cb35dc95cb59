/**
 * Date pickers (issue 13 §1, document validity): Fusion DatePicker2/RangePicker, antd DatePicker and
 * RangePicker, TDesign DatePicker/DateRangePicker, Element Plus el-date-picker. The shown date is the
 * input's own value (often read-only, set by the library without an input event); a range picker has
 * two inputs (开始日期 / 结束日期) in one box; a 「长期」 box beside the picker means "no end date".
 */
import { choiceType, isChecked } from './choice';

/** Class words of a date picker's box: `next-date-picker2`, `ant-picker`, `t-date-range-picker`, `el-date-editor`. */
const DATE_CLASS = /(^|[-_])(date-?picker\d*|date-?range-?picker|date-editor|range-editor|ant-picker)$/i;
const STOP_TAGS = new Set(['FORM', 'BODY', 'HTML', 'FIELDSET', 'TR', 'TD', 'TH', 'LABEL']);
/** The text of a box that means the document has no end date. */
const LONG_TERM_TEXT = /^\s*(长期|长期有效|永久|永久有效)\s*$/;
/** A date as the pickers show it: digits with `-`, `/`, `.` or 年月日. */
const SHOWN_DATE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$|^\d{8}$/;

function classTokens(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/** The outermost date-picker box around an input (at most six levels up), or none. */
export function datePickerRoot(control: Element): HTMLElement | undefined {
  if (control.tagName !== 'INPUT') return undefined;
  let found: HTMLElement | undefined;
  let node = control.parentElement;
  for (let level = 0; node && level < 6 && !STOP_TAGS.has(node.tagName); level++, node = node.parentElement) {
    if (classTokens(node).some((t) => DATE_CLASS.test(t))) found = node as HTMLElement;
    else if (found) break;
  }
  return found;
}

/** The date inputs of a picker box, in order: one, or two for a range (start, end). */
export function dateInputs(root: Element): HTMLInputElement[] {
  return [...root.querySelectorAll('input')].filter(
    (i) => i.type !== 'hidden' && i.type !== 'checkbox' && i.type !== 'radio',
  );
}

/** A 「长期」 box near the picker: in the same form item, with no other field's input between. */
export function longTermBox(root: Element): HTMLElement | undefined {
  let node: Element | null = root.parentElement;
  for (let level = 0; node && level < 3 && !STOP_TAGS.has(node.tagName); level++, node = node.parentElement) {
    const others = [...node.querySelectorAll('input,select,textarea')].filter(
      (c) => !root.contains(c) && choiceType(c) === undefined && (c as HTMLInputElement).type !== 'hidden',
    );
    if (others.length) return undefined;
    for (const box of node.querySelectorAll('input[type="checkbox"],[role="checkbox"]')) {
      const text = box.closest('label')?.textContent ?? box.getAttribute('aria-label') ?? box.textContent ?? '';
      if (LONG_TERM_TEXT.test(text)) return box as HTMLElement;
    }
  }
  return undefined;
}

/** What a date field shows: `长期` when its box is ticked, else the date in the input (`''` when none). */
export function dateText(input: HTMLInputElement, longTerm?: HTMLElement): string {
  if (longTerm && isChecked(longTerm)) return '长期';
  const v = input.value.trim();
  // A picker may show its own prompt as a value while empty; only a date counts.
  return SHOWN_DATE.test(v) || LONG_TERM_TEXT.test(v) ? v : '';
}
