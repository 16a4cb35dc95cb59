import { beforeAll, describe, expect, it } from 'vitest';
import { listRules } from '../../../shared/rules/engine';
import { buildScenario, findScenario } from '../../../simulator/state/scenarios/index';
import { MemoryBlobStore } from '../../../simulator/state/store';
import { TOURS } from '../../../simulator/tours/index';
import {
  type FiledRecord,
  findingsAt,
  mistakeFinding,
  startsFromRecord,
} from '../../../simulator/tours/mistake-message';
import { referencedVars } from '../../../simulator/tours/runtime';

/**
 * A tour's "common mistake" must be a mistake the rules core (the extension's one source of truth,
 * design §1) actually flags on that field, and the corrected value must clear it: otherwise the
 * trainer would point at a hint that never shows.
 */

/** Change filings start from the filed record (simulator/API.md §2 Orders): the scenario's first subject. */
const filedRecords = new Map<string, FiledRecord>();
beforeAll(async () => {
  for (const tour of TOURS) {
    if (!startsFromRecord(tour) || filedRecords.has(tour.scenario)) continue;
    const state = await buildScenario(tour.scenario, () => Date.now(), new MemoryBlobStore());
    const subject = state.subjects[0];
    if (subject)
      filedRecords.set(tour.scenario, { subject: subject.data, websites: subject.websites.map((w) => w.data) });
  }
});

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
    const record = filedRecords.get(tour.scenario);
    const rulesOn = (value: string, date?: string) =>
      findingsAt(tour, index, field, value, { ...(record ? { record } : {}), ...(date ? { date } : {}) }).map(
        (f) => f.rule,
      );
    // The simulated date of the tour's scenario (the spec edition, or today for app filing) and today,
    // which the extension may use.
    const scenarioDate = findScenario(tour.scenario)?.clock.slice(0, 10) ?? '2018-11-26';
    for (const date of [scenarioDate, undefined]) {
      expect(rulesOn(step.mistake?.value ?? '', date), `mistake on ${date ?? 'today'}`).toContain(rule);
      if (referencedVars(step.value).length === 0)
        expect(rulesOn(step.value, date), `corrected on ${date ?? 'today'}`).not.toContain(rule);
    }
  });

  it.each(cases.map((c) => [`${c.tour.id} / ${c.step.id}`, c] as const))(
    '%s: the card quotes the message of the rule that fires, never a rule id or a message typed into the tour',
    (_name, { tour, step, index }) => {
      if (step.kind !== 'fill' && step.kind !== 'select') throw new Error('unreachable');
      const record = filedRecords.get(tour.scenario);
      const finding = mistakeFinding(tour, index, record ? { record } : {});
      expect(finding?.rule).toBe(step.mistake?.expectRule);
      // Filled in: no {placeholder} left for the audience to read.
      expect(finding?.message.zh).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(finding?.message.en).not.toMatch(/\{[a-zA-Z]+\}/);
      // The tour's own words explain the mistake; they do not name the rule.
      const callout = step.mistake?.callout;
      expect(`${callout?.zh} ${callout?.en}`).not.toContain(step.mistake?.expectRule ?? '');
    },
  );
});
