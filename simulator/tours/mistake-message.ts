/**
 * What the extension says about a tour's "common mistake" (issue 16): the finding the rules core
 * (`shared/rules`, the extension's one source of truth) gives for the wrong value on that field, in
 * the draft the page holds at that step. The card quotes this message instead of text typed into
 * the tour, so a reworded rule changes the card too, and the unit tests check every mistake here.
 */
import type { FilingDraft } from '../../shared/domain/draft';
import type { Finding } from '../../shared/domain/finding';
import { checkDraft } from '../../shared/rules/engine';
import { referencedVars } from './runtime';
import type { Step, Tour } from './schema';

type Json = Record<string, unknown>;

/** A filed record (subject and websites) a change filing starts from. */
export interface FiledRecord {
  subject: unknown;
  websites: unknown[];
}

/** Set `websites[0].principal.mobile` in a nested object, creating what is missing. */
export function setPath(target: Json, path: string, value: unknown): void {
  const parts = path.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  let cur: Json | unknown[] = target;
  parts.forEach((raw, i) => {
    const key: string | number = /^\[\d+\]$/.test(raw) ? Number(raw.slice(1, -1)) : raw;
    const last = i === parts.length - 1;
    const nextIsIndex = /^\[\d+\]$/.test(parts[i + 1] ?? '');
    const c = cur as Record<string | number, unknown>;
    if (last) c[key] = value;
    else {
      c[key] ??= nextIsIndex ? [] : {};
      cur = c[key] as Json;
    }
  });
}

/** Whether a tour files a change and so starts from the scenario's filed record. */
export function startsFromRecord(tour: Tour): boolean {
  return tour.filingType?.startsWith('change-') === true;
}

/** The draft a page holds when step `index` is reached: the pre-filled record, then every earlier fill/select. */
export function draftBefore(tour: Tour, index: number, record?: FiledRecord): Json {
  const base = startsFromRecord(tour) && record ? { subject: record.subject, websites: record.websites } : {};
  const draft: Json = { ...structuredClone(base), filingType: tour.filingType ?? 'first' };
  tour.steps.slice(0, index).forEach((s: Step) => {
    if ((s.kind === 'fill' || s.kind === 'select') && s.field && referencedVars(s.value).length === 0)
      setPath(draft, s.field, s.value);
    for (const item of 'also' in s ? (s.also ?? []) : [])
      if ('value' in item && item.field && referencedVars(item.value).length === 0)
        setPath(draft, item.field, item.value);
  });
  return draft;
}

/** Every finding on `field` when it holds `value` at step `index` (default date: today, as the extension). */
export function findingsAt(
  tour: Tour,
  index: number,
  field: string,
  value: string,
  options: { record?: FiledRecord; date?: string } = {},
): Finding[] {
  const draft = draftBefore(tour, index, options.record);
  setPath(draft, field, value);
  const { findings } = checkDraft(draft as FilingDraft, options.date ? { date: options.date } : {});
  return findings.filter((f) => f.field === field);
}

/**
 * The finding the extension shows for the mistake of step `index`: the one of its `expectRule`.
 * Undefined when the step has no mistake with a rule, or the rules core no longer flags it (the
 * unit tests fail on that before a trainer sees it).
 */
export function mistakeFinding(
  tour: Tour,
  index: number,
  options: { record?: FiledRecord; date?: string } = {},
): Finding | undefined {
  const step = tour.steps[index];
  if (!step || (step.kind !== 'fill' && step.kind !== 'select') || !step.mistake?.expectRule || !step.field)
    return undefined;
  if (referencedVars(step.mistake.value).length > 0) return undefined;
  const rule = step.mistake.expectRule;
  return findingsAt(tour, index, step.field, step.mistake.value, options).find((f) => f.rule === rule);
}
