/**
 * What the page shows, as a partial FilingDraft (design §2, §3): strings trimmed, blank → absent,
 * selects as their visible option text (`浙江省`, not a code), groups as the checked options' texts,
 * split inputs composed in page order (`086-` + `010` + `-` + `12345678` → `086-010-12345678`).
 *
 * A field the applicant has touched and left blank is kept as `''` (or `[]`) when `keepBlank` says so:
 * the rules core then counts it as "shown blank" (page mode) and says it is required — but only after
 * the applicant has been there, never on a page they have not started.
 */
import type { FilingDraft } from '../../shared/domain/draft';
import { fieldPattern } from '../../shared/domain/field-text';
import { setAt } from '../../shared/domain/paths';
import { cascadeLevels } from './controls/cascader';
import { isChecked } from './controls/choice';
import { comboboxText, isMultiListbox, selectedOptions } from './controls/combobox';
import { dateText } from './controls/date';
import { tagTexts } from './controls/tags';
import { listedFiles, UPLOAD_SIZE_FIELDS } from './controls/upload';
import { choiceText, filingTypeOf, type LocatedField } from './locate-fields';

export interface ReadOptions {
  /** Paths whose blank value is kept as `''` / `[]` instead of being left out. */
  keepBlank?: (path: string) => boolean;
}

export type FieldValue = string | string[] | undefined;

function selectText(select: HTMLSelectElement): string {
  const opt = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
  if (!opt || opt.value === '') return '';
  return (opt.textContent ?? '').trim() || opt.value;
}

/** Fixed text and input values of a split field in document order; trailing empty parts dropped. */
function composeSplit(field: LocatedField): string {
  const container = field.container ?? field.anchor;
  const inputs = new Set<Element>(field.controls);
  if (field.controls.every((c) => !(c as HTMLInputElement).value.trim())) return '';
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const t = (node.nodeValue ?? '').replace(/\s+/g, '');
      // Only the phone-like fixed parts (`086-`, `-`): a hint or a label in the box is not part of the value.
      if (/^[\d+\-－—–]+$/.test(t)) out += t.replace(/[－—–]/g, '-');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (inputs.has(el)) {
      out += (el as HTMLInputElement).value.trim();
      return;
    }
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.hasAttribute('data-icp-ui')) return;
    for (const c of el.childNodes) walk(c);
  };
  walk(container);
  return out.replace(/-+$/, '');
}

/** The value one located field shows now. */
export function readField(field: LocatedField): FieldValue {
  switch (field.kind) {
    case 'static': {
      const raw = (field.staticText ?? field.anchor.textContent ?? '').trim();
      if (field.spec.key === 'filingType') return filingTypeOf(raw);
      return raw || undefined;
    }
    case 'select':
      return selectText(field.controls[0] as HTMLSelectElement) || undefined;
    case 'combobox': {
      const control = field.controls[0];
      if (control && isMultiListbox(control)) {
        const chosen = selectedOptions(control);
        return chosen.length ? chosen : undefined;
      }
      return (control && comboboxText(control)) || undefined;
    }
    case 'tags': {
      const control = field.controls[0];
      const tags = control ? tagTexts(control) : [];
      return tags.length ? tags : undefined;
    }
    case 'radio': {
      const on = (field.controls as HTMLInputElement[]).find(isChecked);
      return on ? choiceText(on) : undefined;
    }
    case 'checkbox-group': {
      const on = (field.controls as HTMLInputElement[]).filter(isChecked).map(choiceText);
      return on.length ? on : undefined;
    }
    case 'split':
      return composeSplit(field) || undefined;
    case 'date': {
      const input = field.controls[0] as HTMLInputElement | undefined;
      return (input && dateText(input, field.longTerm)) || undefined;
    }
    case 'upload':
      return listedFiles(field.anchor)[0]?.name || undefined;
    default: {
      const v = (field.controls[0] as HTMLInputElement | HTMLTextAreaElement | undefined)?.value.trim() ?? '';
      return v || undefined;
    }
  }
}

/** Whether the catalogue stores a list for this field (a group read as one string still becomes a list). */
function isListField(field: LocatedField): boolean {
  return field.spec.kind === 'checkbox-group';
}

/** The partial draft the page shows. Fields not shown are absent (design §3: every field is optional). */
export function readDraft(fields: readonly LocatedField[], options: ReadOptions = {}): FilingDraft {
  const draft: FilingDraft = {};
  for (const field of fields) {
    if (field.paths && field.kind === 'combobox') {
      // A cascader: one level per path (浙江省 / 杭州市 / 西湖区 → province, city, district).
      const levels = cascadeLevels((readField(field) as string | undefined) ?? '');
      field.paths.forEach((path, i) => {
        const level = levels[i];
        if (level) setAt(draft, path, level);
        else if (options.keepBlank?.(field.path) && i === 0) setAt(draft, path, '');
      });
      continue;
    }
    if (field.kind === 'tags') {
      // Each tag one list entry, from the field's first index on.
      const tags = (readField(field) as string[] | undefined) ?? [];
      const first = field.paths?.[0] ?? field.path;
      const base = first.replace(/\[(\d+)\]$/, '');
      const start = Number(/\[(\d+)\]$/.exec(first)?.[1] ?? 0);
      if (!tags.length && options.keepBlank?.(field.path)) setAt(draft, first, '');
      tags.forEach((tag, k) => {
        setAt(draft, `${base}[${start + k}]`, tag);
      });
      continue;
    }
    if (field.kind === 'upload') {
      // The listed file's name, and its size where the widget shows one (apps[].icon → apps[].iconBytes).
      const [file] = listedFiles(field.anchor);
      const sizeKey = UPLOAD_SIZE_FIELDS[fieldPattern(field.path)];
      if (file) setAt(draft, field.path, file.name);
      else if (options.keepBlank?.(field.path)) setAt(draft, field.path, '');
      if (file?.bytes !== undefined && sizeKey) setAt(draft, field.path.replace(/[^.]+$/, sizeKey), file.bytes);
      continue;
    }
    let value = readField(field);
    if (isListField(field) && typeof value === 'string') value = [value];
    if (value === undefined) {
      if (!options.keepBlank?.(field.path)) continue;
      value = isListField(field) ? [] : '';
    }
    setAt(draft, field.path, value);
  }
  // A list read with a gap (domains[0] blank, domains[1] filled) must stay a dense array.
  for (const w of draft.websites ?? []) {
    if (w?.domains) w.domains = Array.from(w.domains, (d) => d ?? '');
  }
  if (draft.websites) draft.websites = Array.from(draft.websites, (w) => w ?? {});
  return draft;
}
