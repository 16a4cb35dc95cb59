import { describe, expect, it } from 'vitest';
import { exampleDate } from '../../../shared/rules/define';
import { checkDraft } from '../../../shared/rules/engine';
import { NATIONAL_PACK } from '../../../shared/rules/national';
import { PROVINCE_PACKS } from '../../../shared/rules/provinces';
import type { Rule, RuleExample } from '../../../shared/rules/types';

// Every rule's own examples (axe-core's fixture idea): `fires` drafts raise the rule, `passes` drafts do not.

const ALL_RULES: Rule[] = [...NATIONAL_PACK.rules, ...PROVINCE_PACKS.flatMap((p) => p.rules)];

function findingsOf(rule: Rule, example: RuleExample) {
  const result = checkDraft(example.draft, {
    date: example.date ?? exampleDate(rule.effective),
    mode: example.mode ?? 'page',
  });
  return result.findings.filter((f) => f.rule === rule.id);
}

const withExamples = ALL_RULES.filter((r) => r.examples);

describe('rule examples', () => {
  it('every rule, national and province, carries examples (issue 14 §4)', () => {
    expect(ALL_RULES.filter((r) => !r.examples).map((r) => r.id)).toEqual([]);
  });

  it('a rule with examples has at least one of each kind', () => {
    const lopsided = withExamples
      .filter((r) => (r.examples?.fires.length ?? 0) === 0 || (r.examples?.passes.length ?? 0) === 0)
      .map((r) => r.id);
    expect(lopsided).toEqual([]);
  });

  for (const rule of withExamples) {
    describe(rule.id, () => {
      rule.examples?.fires.forEach((example, i) => {
        it(`fires: ${example.note ?? `example ${i + 1}`}`, () => {
          const hits = findingsOf(rule, example);
          expect(hits.map((f) => f.rule)).toContain(rule.id);
          if (example.field) expect(hits.map((f) => f.field)).toContain(example.field);
        });
      });
      rule.examples?.passes.forEach((example, i) => {
        it(`passes: ${example.note ?? `example ${i + 1}`}`, () => {
          expect(findingsOf(rule, example).map((f) => `${f.field}: ${f.message.zh}`)).toEqual([]);
        });
      });
    });
  }
});
