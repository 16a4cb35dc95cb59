import { describe, expect, it } from 'vitest';
import { FILING_TYPES, type FilingType } from '../../../shared/domain/filing-types';
import { planFiling } from '../../../shared/process/plan';
import { PROVINCE_CODE_ROWS } from '../../../shared/process/province-codes';

// Done-when check of issue 10: every province × filing type gets today's plan on 2026-12-07 and the
// spec's on 2018-11-28. Expected values written out from the research (S2–S9, V-rows), not computed.

/** The 22 pilot provinces of 2017-12-18, 2018-09-10 and 2018-09-24 (research S2–S4). */
const PILOT_2018 = [
  '12',
  '62',
  '54',
  '64',
  '46',
  '65',
  '63',
  '33',
  '51',
  '35',
  '61',
  '50',
  '45',
  '53',
  '14',
  '15',
  '23',
  '34',
  '37',
  '41',
  '43',
  '42',
];
/** 取消接入 has no SMS check (S9); 认领 is the provider's own step, never sent to MIIT. */
const NO_SMS_TODAY: readonly FilingType[] = ['cancel-access', 'claim'];
const NO_PHOTO: readonly FilingType[] = ['cancel-access', 'cancel-subject', 'cancel-website', 'claim'];

describe('the plan for every province and filing type', () => {
  it('has 31 provinces to walk', () => {
    expect(PROVINCE_CODE_ROWS).toHaveLength(31);
    expect(PILOT_2018).toHaveLength(22);
  });

  for (const p of PROVINCE_CODE_ROWS)
    it(`${p.name} on 2026-12-07: SMS check required (except 取消接入), face verification (上海: its app)`, () => {
      for (const type of FILING_TYPES) {
        const plan = planFiling({ filingType: type, subject: { province: p.name } }, { date: '2026-12-07' });
        expect(plan.smsCheck.required, `${p.name} ${type}`).toBe(!NO_SMS_TODAY.includes(type));
        const photo = NO_PHOTO.includes(type) ? 'none' : p.code === '31' ? 'shanghai-app' : 'face';
        expect(plan.photoCheck, `${p.name} ${type}`).toBe(photo);
        if (plan.smsCheck.required) expect(plan.steps, `${p.name} ${type}`).toContain('sms-check');
      }
    });

  for (const p of PROVINCE_CODE_ROWS)
    it(`${p.name} on 2018-11-28: the spec's plan (SMS only in the 22 pilot provinces, backdrop photo)`, () => {
      for (const type of FILING_TYPES) {
        const plan = planFiling({ filingType: type, subject: { province: p.name } }, { date: '2018-11-28' });
        const sms = PILOT_2018.includes(p.code) && !NO_PHOTO.includes(type);
        expect(plan.smsCheck.required, `${p.name} ${type}`).toBe(sms);
        const photo = NO_PHOTO.includes(type) ? 'none' : p.code === '31' ? 'shanghai-app' : 'backdrop';
        expect(plan.photoCheck, `${p.name} ${type}`).toBe(photo);
      }
    });
});
