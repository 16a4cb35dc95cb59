import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_CATALOGUE, normaliseLabel } from '../../../shared/domain/fields';
import { scenarioList } from '../../../simulator/state/scenarios/index';
import { TOUR_FILES, TOURS } from '../../../simulator/tours/index';
import { KNOWN_TEXTS } from '../../../simulator/tours/known-texts';
import { undefinedVarUses } from '../../../simulator/tours/runtime';
import { type Anchor, type Step, TourSchema } from '../../../simulator/tours/schema';

const DATA_DIR = 'simulator/tours/data';
const files = readdirSync(DATA_DIR).filter((f) => f.endsWith('.json'));

/** Catalogue labels and aliases as the player compares them (spec §4 labels, normalised). */
const CATALOGUE_LABELS = new Set(FIELD_CATALOGUE.flatMap((f) => [f.label.zh, ...f.aliases]).map(normaliseLabel));
const KNOWN = new Map(KNOWN_TEXTS.map((k) => [k.text, k]));

function anchorsOf(step: Step): Anchor[] {
  const out: Anchor[] = [];
  const add = (a: Anchor | undefined) => {
    if (!a) return;
    out.push(a);
    add(a.within);
  };
  if ('anchor' in step) add(step.anchor);
  for (const item of 'also' in step ? (step.also ?? []) : []) add(item.anchor);
  for (const c of step.expect ?? []) add(c.anchor);
  if (step.kind === 'waitFor') add(step.until.anchor);
  return out;
}

/** Values a tour types itself, which later steps may point at ("the name we entered"). */
function typedValues(steps: readonly Step[]): string[] {
  return steps.flatMap((s) => [
    ...(s.kind === 'fill' || s.kind === 'select' ? [s.value] : []),
    ...('also' in s ? (s.also ?? []) : []).flatMap((a) => ('value' in a ? [a.value] : [])),
  ]);
}

describe('tour files (issue 6 item 1: tours as data, zod-validated)', () => {
  it('there is one JSON file per listed tour, and every file is listed', () => {
    expect(files.sort()).toEqual(TOURS.map((t) => `${t.id}.json`).sort());
    expect(TOUR_FILES.length).toBe(files.length);
  });

  it.each(files)('%s parses with the tour schema and is named by its id', (file) => {
    const raw = JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));
    const parsed = TourSchema.safeParse(raw);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(`${raw.id}.json`).toBe(file);
  });

  it('the schema rejects a tour that does not start with a page, or repeats a step id', () => {
    const base = TOURS[0];
    if (!base) throw new Error('no tours');
    const noGoto = { ...base, steps: base.steps.slice(1) };
    expect(TourSchema.safeParse(noGoto).success).toBe(false);
    const dup = { ...base, steps: [...base.steps, base.steps[1]] };
    expect(TourSchema.safeParse(dup).success).toBe(false);
    const badAnchor = {
      ...base,
      steps: [base.steps[0], { id: 'x', kind: 'click', anchor: { role: 'button' }, callout: { zh: 'x', en: 'x' } }],
    };
    expect(TourSchema.safeParse(badAnchor).success).toBe(false);
  });
});

describe.each(TOURS.map((t) => [t.id, t] as const))('tour %s', (_id, tour) => {
  it('starts from a scenario the simulator lists (simulator/API.md §6)', () => {
    expect(scenarioList().map((s) => s.name)).toContain(tour.scenario);
  });

  it('has unique step ids', () => {
    const ids = tour.steps.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('anchors only to catalogue labels (spec §4) or known page texts that still exist', () => {
    const typed = typedValues(tour.steps);
    const unknown: string[] = [];
    for (const step of tour.steps)
      for (const a of anchorsOf(step)) {
        if (a.label !== undefined) {
          if (!CATALOGUE_LABELS.has(normaliseLabel(a.label)) && !KNOWN.has(a.label))
            unknown.push(`${step.id}: label ${a.label}`);
        } else if (a.role !== undefined) {
          if (!KNOWN.has(a.name ?? '')) unknown.push(`${step.id}: ${a.role} ${a.name}`);
        } else if (a.text !== undefined) {
          if (!KNOWN.has(a.text) && !typed.some((v) => v.includes(a.text ?? '')))
            unknown.push(`${step.id}: text ${a.text}`);
        }
      }
    expect(unknown).toEqual([]);
  });

  it('uses a remembered value ({{name}}) only after a step has remembered it', () => {
    expect(undefinedVarUses(tour)).toEqual([]);
  });

  it('says after every click what must then be true, so a click on a stale page cannot pass unnoticed', () => {
    const bare = tour.steps.filter((s) => s.kind === 'click' && !(s.expect?.length ?? 0)).map((s) => s.id);
    expect(bare).toEqual([]);
  });

  it('has callouts in both languages, Chinese in Chinese and English in English', () => {
    const bad = tour.steps.flatMap((s) => {
      const texts = [s.callout, ...('mistake' in s && s.mistake ? [s.mistake.callout] : [])];
      return texts.filter((t) => !/[\u4e00-\u9fff]/.test(t.zh) || !/[a-z]{3}/i.test(t.en)).map(() => s.id);
    });
    expect(bad).toEqual([]);
  });
});

describe('known page texts (simulator/tours/known-texts.ts)', () => {
  it.each(KNOWN_TEXTS.map((k) => [k.text, k] as const))('「%s」 is still in its sources', (_t, known) => {
    for (const [file, contains] of known.sources) {
      const found = readFileSync(file, 'utf8').includes(contains);
      expect(found, `${file} should contain ${contains}`).toBe(true);
    }
  });

  it('every known text is used by some tour (no stale entries)', () => {
    const used = new Set(
      TOURS.flatMap((t) => t.steps.flatMap((s) => anchorsOf(s).flatMap((a) => [a.label, a.name, a.text]))),
    );
    expect(KNOWN_TEXTS.map((k) => k.text).filter((t) => !used.has(t))).toEqual([]);
  });
});

describe('coverage of issue 6 item 2', () => {
  it('has a tour for every flow the issue names', () => {
    const types = new Set(TOURS.map((t) => t.filingType));
    for (const t of [
      'first',
      'access-new',
      'new-website-elsewhere',
      'new-website-here',
      'change-subject',
      'change-website',
      'cancel-subject',
      'cancel-access',
      'claim',
    ])
      expect(types, t).toContain(t);
    const ids = TOURS.map((t) => t.id);
    expect(ids).toContain('service-numbers');
    expect(ids).toContain('sms-check-wrong');
  });

  it('the 浙江 individual first filing checks two phones over SMS and the 上海 company one uses the app', () => {
    const zj = TOURS.find((t) => t.id === 'first-zj-individual');
    const phones = new Set(zj?.steps.flatMap((s) => (s.kind === 'readSms' ? [s.mobile] : [])));
    expect(phones.size).toBe(2);
    const sh = TOURS.find((t) => t.id === 'first-sh-company');
    expect(sh?.steps.some((s) => s.kind === 'goto' && s.path.includes('/app'))).toBe(true);
  });

  it('the SMS-check tour shows both expiry and five wrong ID tails', () => {
    const t = TOURS.find((x) => x.id === 'sms-check-wrong');
    expect(t?.steps.some((s) => s.kind === 'advanceClock' && s.duration === 'PT24H')).toBe(true);
    const tails = t?.steps.filter((s) => s.kind === 'click' && s.expect?.some((c) => c.text === '找不到记录')) ?? [];
    expect(tails.length).toBe(4);
    expect(t?.steps.some((s) => s.expect?.some((c) => c.text === '核验失败'))).toBe(true);
  });
});
