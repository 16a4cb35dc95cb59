import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDraft } from '../../../shared/domain/draft';
import { planFiling } from '../../../shared/process/plan';
import { checkAndPlan, checkDraft, planFor } from '../../../shared/rules/engine';

const fixture = (name: string) => {
  const parsed = parseDraft(JSON.parse(readFileSync(join(__dirname, '../../fixtures/drafts', name), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.draft;
};

describe('checkDraft gives findings only; checkAndPlan adds the plan (issue 14 item 3)', () => {
  const draft = fixture('zj-individual-bad.json');

  test('checkDraft builds no plan', () => {
    const result = checkDraft(draft, { date: '2018-11-28' });
    expect(Object.keys(result).sort()).toEqual(['date', 'findings', 'provinceCode', 'rules']);
    expect(result.provinceCode).toBe('33');
    expect(result.findings.some((f) => f.severity === 'error')).toBe(true);
  });

  test('checkAndPlan: the same findings, and the plan of the same province and date', () => {
    const both = checkAndPlan(draft, { date: '2018-11-28' });
    expect(both.findings).toEqual(checkDraft(draft, { date: '2018-11-28' }).findings);
    expect(both.plan).toEqual(planFiling(draft, { date: '2018-11-28', provinceCode: '33' }));
    expect(both.plan.provinceCode).toBe('33');
  });

  test('planFor follows an override of province and date the check used', () => {
    const result = checkDraft(draft, { date: '2016-05-01', province: '北京' });
    expect(result.provinceCode).toBe('11');
    const plan = planFor(draft, result);
    expect(plan).toEqual(planFiling(draft, { date: '2016-05-01', provinceCode: '11' }));
    // The SMS check has a start date: the 2016 and the 2018 plan of the same draft differ in it.
    expect(plan.smsCheck.required).not.toBe(checkAndPlan(draft, { date: '2018-11-28' }).plan.smsCheck.required);
  });
});
