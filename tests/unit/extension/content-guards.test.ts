import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import '../../../extension/zod-setup';
import {
  guardCatalogueReply,
  guardCheckReply,
  guardFinding,
  guardPanelMessage,
} from '../../../extension/content-guards';
import {
  CatalogueReplySchema,
  CheckReplySchema,
  FindingSchema,
  PanelMessageSchema,
} from '../../../extension/messaging';
import { FIELD_CATALOGUE } from '../../../shared/domain/fields';
import { checkAndPlan } from '../../../shared/rules/engine';

/**
 * Mostly valid values (so that whole findings often pass and a single bad key decides), strings at and
 * just over the schemas' length limits, and values of the wrong type.
 */
const text = (max: number) =>
  fc.oneof(
    { arbitrary: fc.string({ maxLength: 8 }), weight: 12 },
    { arbitrary: fc.constantFrom('x'.repeat(max), 'x'.repeat(max + 1)), weight: 1 },
    { arbitrary: fc.constantFrom(1, null, true, ['a'], { zh: 'a' }), weight: 1 },
  );
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const bilingual = fc.oneof(
  { arbitrary: fc.record({ zh: text(4000), en: text(4000) }), weight: 10 },
  { arbitrary: fc.record({ zh: fc.string() }), weight: 1 },
  { arbitrary: fc.constant('错误'), weight: 1 },
);
const citation = fc.record(
  { title: text(500), publisher: text(300), date: text(40), url: text(1000), section: text(200), extra: fc.string() },
  { requiredKeys: ['title', 'publisher'] },
);
const finding = fc.record(
  {
    field: text(200),
    rule: text(200),
    severity: fc.constantFrom('error', 'warning', 'info', 'error', 'warning', 'info', 'fatal', 3),
    message: bilingual,
    fix: bilingual,
    source: text(1000),
    sourceUrl: text(1000),
    suggestion: text(1000),
    citations: fc.oneof(
      { arbitrary: fc.array(citation, { maxLength: 2 }), weight: 10 },
      { arbitrary: fc.constant(Array(11).fill({ title: 't', publisher: 'p' })), weight: 1 },
    ),
    effective: fc.oneof(
      { arbitrary: fc.record({ from: maybe(text(40)), until: maybe(text(40)) }), weight: 10 },
      { arbitrary: fc.constant('2019'), weight: 1 },
    ),
    attested: fc.array(fc.record({ date: text(40), by: text(500) }, { requiredKeys: ['date'] }), { maxLength: 2 }),
    unknownKey: fc.string(),
  },
  { requiredKeys: ['field', 'rule', 'severity', 'message', 'source'] },
);

const catalogueField = fc.record(
  {
    key: text(200),
    label: fc.oneof(
      { arbitrary: fc.record({ zh: text(200), en: text(200) }), weight: 10 },
      { arbitrary: fc.record({ zh: fc.string() }), weight: 1 },
    ),
    aliases: fc.oneof(
      { arbitrary: fc.array(text(200), { maxLength: 3 }), weight: 10 },
      { arbitrary: fc.constant(Array(51).fill('别名')), weight: 1 },
    ),
    kind: text(40),
    step: fc.constantFrom('subject', 'website', 'app', 'sms-check', 'access', 'type', 'payment', 7),
    filingTypes: fc.array(text(40), { maxLength: 2 }),
    spec: text(500),
    unknownKey: fc.string(),
  },
  { requiredKeys: ['key', 'label', 'aliases', 'kind', 'step', 'spec'] },
);

/** The verdict and the data a zod safeParse gives, in the guards' shape (undefined = refused). */
function zodResult<T>(schema: { safeParse(v: unknown): { success: boolean; data?: T } }, v: unknown): T | undefined {
  const r = schema.safeParse(v);
  return r.success ? r.data : undefined;
}

describe('content-guards agree with the zod schemas the background uses (no zod in the content script)', () => {
  test('findings: the same verdict and the same copy (unknown keys dropped) on 2,000 generated values', () => {
    let accepted = 0;
    fc.assert(
      fc.property(finding, (f) => {
        const expected = zodResult(FindingSchema, f);
        if (expected) accepted++;
        expect(guardFinding(f)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
    // Both verdicts are exercised (else the property says little).
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(1900);
  });

  test('check replies: a real reply from the rules core passes with its findings; a broken one is refused', () => {
    const result = checkAndPlan(
      { filingType: 'first', subject: { province: '浙江省', nature: '个人', idNumber: '330106199003071230' } },
      { mode: 'page', date: '2018-11-28' },
    );
    expect(result.findings.map((f) => f.rule)).toContain('id-number.checksum');
    const reply = { ok: true, findings: result.findings, plan: result.plan, date: result.date, dateSource: 'page' };
    expect(CheckReplySchema.safeParse(reply).success).toBe(true);
    const guarded = guardCheckReply(reply);
    expect(guarded?.findings).toEqual(result.findings.map((f) => zodResult(FindingSchema, f)));
    expect(guarded?.date).toBe('2018-11-28');
    expect(guarded?.dateSource).toBe('page');

    expect(guardCheckReply({ ok: false, error: 'bad draft' })).toBeUndefined();
    expect(guardCheckReply({ ...reply, date: '2018-11-28T00:00' })).toBeUndefined();
    expect(guardCheckReply({ ...reply, dateSource: 'tomorrow' })).toBeUndefined();
    expect(guardCheckReply({ ...reply, findings: [...result.findings, { field: 1 }] })).toBeUndefined();
    expect(guardCheckReply({ ...reply, plan: undefined })).toBeUndefined();
    for (const bad of [
      { ...reply, date: 1 },
      { ...reply, findings: 'none' },
      { ...reply, ok: 'true' },
    ])
      expect([guardCheckReply(bad), zodResult(CheckReplySchema, bad)]).toEqual([undefined, undefined]);
  });

  test('the field catalogue: the whole real catalogue passes unchanged; generated entries get the same verdict as the schema', () => {
    const reply = { ok: true, fields: FIELD_CATALOGUE };
    expect(CatalogueReplySchema.safeParse(reply).success).toBe(true);
    expect(guardCatalogueReply(reply)).toEqual(FIELD_CATALOGUE);
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(catalogueField, { maxLength: 2 }), (fields) => {
        const expected = zodResult(CatalogueReplySchema, { ok: true, fields })?.fields;
        if (expected && fields.length) accepted++;
        expect(guardCatalogueReply({ ok: true, fields })).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
    expect(accepted).toBeGreaterThan(50);
    expect(accepted).toBeLessThan(950);
    for (const bad of [{ ok: false }, { ok: true }, { ok: true, fields: 'all' }, null, { ...reply, ok: 1 }])
      expect([guardCatalogueReply(bad), zodResult(CatalogueReplySchema, bad)]).toEqual([undefined, undefined]);
    expect(guardCatalogueReply({ ok: true, fields: Array(501).fill(FIELD_CATALOGUE[0]) })).toBeUndefined();
  });

  test('panel messages: the same verdicts as PanelMessageSchema', () => {
    const messages = [
      { type: 'focus-field', path: 'subject.idNumber' },
      { type: 'focus-field', path: 'x'.repeat(201) },
      { type: 'focus-field' },
      { type: 'rescan', extra: 1 },
      { type: 'timings' },
      { type: 'eval', code: '1' },
      'rescan',
      null,
    ];
    for (const m of messages) expect(guardPanelMessage(m), JSON.stringify(m)).toEqual(zodResult(PanelMessageSchema, m));
  });
});
