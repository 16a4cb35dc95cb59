import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_FORMATS, type Format, type FormatResult } from '../../../shared/formats/index';

// Properties every format must keep (shared/formats/define.ts): a pure function that never throws on
// any string, whose `valid` agrees with the severities of its issues, whose issues are all in its
// catalogue with every message placeholder filled, and whose normalisation is idempotent.

const OPTIONS = { today: '2026-11-28' };

/** The formats of issue 3 §2; domain-name and home-url are tested by their own suite. */
const FORMATS = ALL_FORMATS.filter((f) => f.id !== 'domain-name' && f.id !== 'home-url');

function assertWellFormed(format: Format, value: string, result: FormatResult) {
  expect(typeof result.normalized).toBe('string');
  expect(result.valid).toBe(result.issues.every((i) => format.issues[i.code]?.severity !== 'error'));
  for (const issue of result.issues) {
    const spec = format.issues[issue.code];
    expect(spec, `${format.id}.${issue.code} for ${JSON.stringify(value.slice(0, 50))}`).toBeDefined();
    if (!spec) continue;
    // Every placeholder of the message and fix has a param (the filled text may echo braces the user typed).
    for (const text of [spec.message.zh, spec.message.en, spec.fix.zh, spec.fix.en]) {
      for (const [, name] of text.matchAll(/\{(\w+)\}/g)) expect(issue.params ?? {}).toHaveProperty(name as string);
    }
  }
}

function checkAll(value: string) {
  for (const format of FORMATS) {
    const result = format.check(value, OPTIONS);
    assertWellFormed(format, value, result);
    const again = format.check(result.normalized, OPTIONS);
    expect(again.normalized, `${format.id} idempotent on ${JSON.stringify(value.slice(0, 50))}`).toBe(
      result.normalized,
    );
    // Normalising is harmless: it never changes whether the value is valid, and is never reported twice.
    expect(again.valid, `${format.id} validity kept for ${JSON.stringify(value.slice(0, 50))}`).toBe(result.valid);
    expect(again.issues.some((i) => i.code === 'normalised')).toBe(false);
  }
}

/** Characters that stress normalisation: full width, RTL, emoji, combining marks, invisible marks, controls. */
const NASTY = [
  '４',
  '０',
  'Ｘ',
  'ｘ',
  '＠',
  '。',
  '　',
  '－',
  '—',
  '\u200b',
  '\u200f',
  '\u202e',
  '\ufeff',
  '\u00ad',
  'ש',
  'ع',
  '😀',
  '👨‍👩‍👧',
  '\u0301',
  '\u0307',
  'i',
  'x',
  'ß',
  'ﬀ',
  '\u0000',
  '\u0007',
  '\n',
  '\t',
  '\ud800',
  '\udfff',
  '+',
  '8',
  '6',
  '0',
  '1',
  '-',
  ' ',
  '(',
  ')',
  '@',
  '.',
  'ICP',
  '备',
  '号',
  '浙',
  '川',
];

const nastyString = fc.array(fc.constantFrom(...NASTY), { maxLength: 30 }).map((parts) => parts.join(''));

/** Valid-looking values with nasty characters spliced in, so the deeper branches are exercised too. */
const SEEDS = [
  '440308199901101512',
  '830000199201300022',
  '440308990110151',
  '91230184MA1BUFLT44',
  '91350100M0001TGQXM',
  '77255161-1',
  '310115600985533',
  'E12345678',
  'H12345678',
  '12345678',
  '13812345678',
  '+86 138 1234 5678',
  '086-0571-88888888',
  '010-62345678-123',
  'name@qq.com',
  '123456',
  '10151X',
  '浙ICP备12345678号-1',
  '京ICP证030173号',
];
const splicedSeed = fc
  .tuple(fc.constantFrom(...SEEDS), fc.nat(), nastyString)
  .map(([seed, at, insert]) => seed.slice(0, at % (seed.length + 1)) + insert + seed.slice(at % (seed.length + 1)));

describe('every format: total, consistent, idempotent (fast-check)', () => {
  it('ASCII strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), checkAll), { numRuns: 300 });
  });

  it('full Unicode strings (any code point, lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), checkAll), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), checkAll), { numRuns: 200 });
  });

  it('full-width, RTL, emoji, invisible and control characters', () => {
    fc.assert(fc.property(nastyString, checkAll), { numRuns: 400 });
  });

  it('real values with such characters spliced in', () => {
    fc.assert(fc.property(splicedSeed, checkAll), { numRuns: 400 });
  });

  it('huge strings (10^5 characters) are handled quickly', () => {
    const started = Date.now();
    const huge = [
      '1'.repeat(100_000),
      '４'.repeat(100_000),
      `${'a'.repeat(99_990)}@qq.com`,
      '😀'.repeat(50_000),
      '\u200b'.repeat(100_000),
      ' - '.repeat(33_334),
      '\u0000'.repeat(100_000),
      'x\u0301'.repeat(50_000),
    ];
    for (const value of huge) checkAll(value);
    fc.assert(
      fc.property(fc.constantFrom(...NASTY), (ch) => checkAll(ch.repeat(Math.ceil(100_000 / ch.length)))),
      { numRuns: 20 },
    );
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
