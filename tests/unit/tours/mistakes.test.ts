import { beforeAll, describe, expect, it } from 'vitest';
import type { FilingDraft } from '../../../shared/domain/draft';
import { checkDraft, listRules } from '../../../shared/rules/engine';
import { buildScenario } from '../../../simulator/state/scenarios/index';
import { MemoryBlobStore } from '../../../simulator/state/store';
import { TOURS } from '../../../simulator/tours/index';
import { referencedVars } from '../../../simulator/tours/runtime';
import type { Step, Tour } from '../../../simulator/tours/schema';

/**
 * A tour's "common mistake" must be a mistake the rules core (the extension's one source of truth,
 * design §1) actually flags on that field, and the corrected value must clear it: otherwise the
 * trainer would point at a hint that never shows.
 */

type Json = Record<string, unknown>;

/** Set `websites[0].principal.mobile` in a nested object. */
function setPath(target: Json, path: string, value: unknown): void {
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

/** Change filings start from the filed record (simulator/API.md §2 Orders): the scenario's first subject. */
const filedRecords = new Map<string, Json>();
beforeAll(async () => {
  for (const tour of TOURS) {
    if (!tour.filingType?.startsWith('change-') || filedRecords.has(tour.scenario)) continue;
    const state = await buildScenario(tour.scenario, () => Date.now(), new MemoryBlobStore());
    const subject = state.subjects[0];
    if (subject)
      filedRecords.set(tour.scenario, { subject: subject.data, websites: subject.websites.map((w) => w.data) });
  }
});

/** The draft a page holds when the step is reached: the pre-filled record, then every earlier fill/select. */
function draftBefore(tour: Tour, index: number): Json {
  const record = tour.filingType?.startsWith('change-') ? filedRecords.get(tour.scenario) : undefined;
  const draft: Json = { ...structuredClone(record ?? {}), filingType: tour.filingType ?? 'first' };
  tour.steps.slice(0, index).forEach((s: Step) => {
    if ((s.kind === 'fill' || s.kind === 'select') && s.field && referencedVars(s.value).length === 0)
      setPath(draft, s.field, s.value);
  });
  return draft;
}

const cases = TOURS.flatMap((tour) =>
  tour.steps.flatMap((step, index) =>
    (step.kind === 'fill' || step.kind === 'select') && step.mistake?.expectRule ? [{ tour, step, index }] : [],
  ),
);

const RULE_IDS = new Set([
  ...listRules().map((r) => r.id),
  ...TOURS.flatMap((t) => {
    const province = t.steps.find((s) => s.kind === 'select' && s.field === 'subject.province');
    return province && province.kind === 'select' ? listRules({ province: province.value }).map((r) => r.id) : [];
  }),
]);

describe('common mistakes in tours are flagged by the rules core (issue 6 item 1)', () => {
  it('there are mistakes to check, and every mistake with a hint names its field', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(
      cases.filter((c) => !(c.step.kind === 'fill' || c.step.kind === 'select') || !c.step.field).map((c) => c.step.id),
    ).toEqual([]);
  });

  it.each(cases.map((c) => [`${c.tour.id} / ${c.step.id}`, c] as const))('%s', (_name, { tour, step, index }) => {
    if (step.kind !== 'fill' && step.kind !== 'select') throw new Error('unreachable');
    const field = step.field as string;
    const rule = step.mistake?.expectRule as string;
    expect(RULE_IDS, `rule ${rule} exists`).toContain(rule);
    const rulesOn = (value: string, date?: string) => {
      const draft = draftBefore(tour, index);
      setPath(draft, field, value);
      const { findings } = checkDraft(draft as FilingDraft, date ? { date } : {});
      return findings.filter((f) => f.field === field).map((f) => f.rule);
    };
    // The simulated date of the scenarios (spec edition) and today, which the extension may use.
    for (const date of ['2018-11-26', undefined]) {
      expect(rulesOn(step.mistake?.value ?? '', date), `mistake on ${date ?? 'today'}`).toContain(rule);
      if (referencedVars(step.value).length === 0)
        expect(rulesOn(step.value, date), `corrected on ${date ?? 'today'}`).not.toContain(rule);
    }
  });
});
