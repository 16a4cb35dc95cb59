import { describe, expect, it } from 'vitest';
import { FILING_TYPES, type FilingType } from '../../../shared/domain/filing-types';
import { stepsAhead, stepsFor } from '../../../shared/process/steps';
import type { StepId } from '../../../shared/process/types';
import { codeOf } from './gb2260';

const ZJ = codeOf('浙江'); // SMS check from 2018-09-10
const BJ = codeOf('北京'); // no SMS check
const SH = codeOf('上海'); // Shanghai app
const DAY = '2018-11-28';

const ids = (type: FilingType | undefined, province: string | undefined, date = DAY): StepId[] =>
  stepsFor(type, province, date).map((s) => s.id);

const REVIEWS_SMS: StepId[] = [
  'upload',
  'initial-review',
  'photo-check',
  'photo-review',
  'sms-check',
  'bureau-review',
  'done',
];
const REVIEWS: StepId[] = REVIEWS_SMS.filter((s) => s !== 'sms-check');

describe('steps per filing type (spec §3, §2)', () => {
  it('first filing in 浙江 on 2018-11-28: the full flow with the SMS check', () => {
    expect(ids('first', ZJ)).toEqual(['type', 'product', 'subject', 'website', ...REVIEWS_SMS]);
  });
  it('first filing in 浙江 the day before it joined the SMS pilot, and in 北京: no SMS step', () => {
    expect(ids('first', ZJ, '2018-09-09')).toEqual(['type', 'product', 'subject', 'website', ...REVIEWS]);
    expect(ids('first', BJ)).toEqual(['type', 'product', 'subject', 'website', ...REVIEWS]);
  });
  it('new website elsewhere: flow as first filing', () => {
    expect(ids('new-website-elsewhere', ZJ)).toEqual(ids('first', ZJ));
  });
  it('new website here: the subject is confirmed first, then product and website', () => {
    expect(ids('new-website-here', ZJ)).toEqual(['type', 'subject', 'product', 'website', ...REVIEWS_SMS]);
    expect(stepsFor('new-website-here', ZJ, DAY)[1]?.label.zh).toContain('信息准确，继续下一步');
  });
  it('access filings add the filing number and ICP password and skip nothing else', () => {
    for (const t of ['access-new', 'access-continue'] as const) {
      expect(ids(t, ZJ)).toEqual(['type', 'product', 'subject', 'website', 'access-password', ...REVIEWS_SMS]);
    }
  });
  it('change filings: only the form that changes, then the reviews', () => {
    expect(ids('change-subject', ZJ)).toEqual(['type', 'subject', ...REVIEWS_SMS]);
    expect(ids('change-website', BJ)).toEqual(['type', 'website', ...REVIEWS]);
  });
  it('claim: upload, then claim review within 1 working day', () => {
    expect(ids('claim', ZJ)).toEqual(['type', 'upload', 'claim-review', 'done']);
    expect(stepsFor('claim', ZJ, DAY).find((s) => s.id === 'claim-review')?.duration?.en).toBe('1 working day');
  });
  it('cancel access: SMS code to the account phone and the password; no SMS check even in a pilot province', () => {
    expect(ids('cancel-access', ZJ)).toEqual(['type', 'sms-account-code', 'access-password', 'bureau-review', 'done']);
  });
  it('cancel subject / website: the password only', () => {
    expect(ids('cancel-subject', ZJ)).toEqual(['type', 'access-password', 'bureau-review', 'done']);
    expect(ids('cancel-website', SH)).toEqual(['type', 'access-password', 'bureau-review', 'done']);
  });
  it('Shanghai: the photo step names the Shanghai bureau app; elsewhere the backdrop', () => {
    expect(stepsFor('first', SH, DAY).find((s) => s.id === 'photo-check')?.label.zh).toContain('上海通信管理局 App');
    expect(stepsFor('first', BJ, DAY).find((s) => s.id === 'photo-check')?.label.zh).toContain('幕布');
  });
  it('durations from spec §10', () => {
    const by = (id: StepId) => stepsFor('first', ZJ, DAY).find((s) => s.id === id)?.duration?.en;
    expect(by('initial-review')).toBe('1 working day');
    expect(by('photo-review')).toBe('1 working day');
    expect(by('sms-check')).toBe('within 24 hours');
    expect(by('bureau-review')).toBe('3–20 working days');
  });
  it('every step of every type has a bilingual label and a source', () => {
    for (const t of FILING_TYPES) {
      for (const s of stepsFor(t, ZJ, DAY)) {
        expect(s.label.zh.length).toBeGreaterThan(0);
        expect(s.label.en.length).toBeGreaterThan(0);
        expect(s.source).toMatch(/spec §/);
      }
      expect(ids(t, ZJ).at(-1)).toBe('done');
    }
  });
  it('an unknown type is planned as a first filing and the first step says so', () => {
    expect(ids(undefined, ZJ)).toEqual(ids('first', ZJ));
    expect(stepsFor(undefined, ZJ, DAY)[0]?.label.en).toContain('planned as a first filing');
  });
});

describe('steps ahead', () => {
  it('from the current step, inclusive', () => {
    expect(stepsAhead('first', ZJ, DAY, 'sms-check')).toEqual(['sms-check', 'bureau-review', 'done']);
    expect(stepsAhead('first', ZJ, DAY)).toEqual(ids('first', ZJ));
  });
  it('a current step that does not apply here starts at the next one that does', () => {
    expect(stepsAhead('first', BJ, DAY, 'sms-check')).toEqual(['bureau-review', 'done']);
  });
  it('a step the type never has gives every step', () => {
    expect(stepsAhead('claim', ZJ, DAY, 'photo-check')).toEqual(['type', 'upload', 'claim-review', 'done']);
  });
});
