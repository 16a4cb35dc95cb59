import { describe, expect, it } from 'vitest';
import type { FilingDraft } from '../../../shared/domain/draft';
import type { FilingType } from '../../../shared/domain/filing-types';
import {
  normaliseMobile,
  SMS_CHECK_PILOT_ROWS,
  SMS_CODE_RULES,
  smsCheckPhones,
  smsCheckPolicy,
  smsCheckRoles,
} from '../../../shared/process/sms-check-policy';
import { addCalendarDays } from '../../../shared/process/working-days';
import { ALL_PROVINCES, codeOf } from './gb2260';

// spec §6.1, restated from the spec text (names, not codes).
const PILOT: [string, string[]][] = [
  ['2017-12-18', ['天津', '甘肃', '西藏', '宁夏', '海南', '新疆', '青海']],
  ['2018-09-10', ['浙江', '四川', '福建', '陕西', '重庆', '广西', '云南']],
  ['2018-09-24', ['山东', '河南', '安徽', '湖南', '山西', '黑龙江', '内蒙古', '湖北']],
];

describe('SMS-check pilot provinces (spec §6.1)', () => {
  for (const [from, names] of PILOT) {
    for (const name of names) {
      it(`${name}: no SMS check on ${addCalendarDays(from, -1)}, SMS check from ${from}`, () => {
        const code = codeOf(name);
        expect(smsCheckPolicy(code, addCalendarDays(from, -1)).required).toBe(false);
        const on = smsCheckPolicy(code, from);
        expect(on.required).toBe(true);
        expect(on.since).toBe(from);
        expect(on.source).toContain('spec §6.1');
      });
    }
  }

  it('the pilot rows (before 2020-08-17) hold exactly the spec provinces; the nationwide row the other nine', () => {
    const listed = SMS_CHECK_PILOT_ROWS.filter((r) => r.from < '2020-08-17')
      .flatMap((r) => r.provinceCodes)
      .sort();
    const nationwide = SMS_CHECK_PILOT_ROWS.filter((r) => r.from === '2020-08-17').flatMap((r) => r.provinceCodes);
    expect(new Set([...listed, ...nationwide]).size).toBe(31);
    const expected = PILOT.flatMap(([, names]) => names.map(codeOf)).sort();
    expect(listed).toEqual(expected);
  });

  it('other provinces had no SMS check as of 2018-11-28 (e.g. 北京, 上海, 广东)', () => {
    const pilot = new Set(PILOT.flatMap(([, names]) => names.map(codeOf)));
    const others = ALL_PROVINCES.filter((p) => !pilot.has(p.province));
    expect(others.map((p) => p.name)).toContain('广东省');
    for (const p of others) expect(smsCheckPolicy(p.province, '2018-11-28').required).toBe(false);
  });

  it('explains a province that joins later and an unknown province', () => {
    expect(smsCheckPolicy('33', '2018-09-09').note?.en).toContain('2018-09-10');
    const unknown = smsCheckPolicy(undefined, '2018-11-28');
    expect(unknown.required).toBe(false);
    expect(unknown.note?.zh).toContain('主办单位所属区域');
  });

  it('uses the China calendar day of a date-time (2018-09-09T16:30Z is 2018-09-10 in Zhejiang)', () => {
    expect(smsCheckPolicy('33', '2018-09-09T16:30:00Z').required).toBe(true);
    expect(smsCheckPolicy('33', '2018-09-09T15:30:00Z').required).toBe(false);
  });
});

describe('SMS code rules (spec §6.2, §6.4)', () => {
  it('6 digits, valid 24 h with the 48 h alternative cited, 5 wrong ID tails, carrier senders', () => {
    expect(SMS_CODE_RULES.codeLength).toBe(6);
    expect(SMS_CODE_RULES.validHours).toBe(24);
    expect(SMS_CODE_RULES.sources.validHours).toContain('48');
    expect(SMS_CODE_RULES.maxWrongIdTail).toBe(5);
    expect(SMS_CODE_RULES.arrivesAfterMinutes).toBe(5);
    expect(SMS_CODE_RULES.senders).toEqual({ telecom: '106598051001', unicom: '10655113', mobile: '106575000130' });
  });
});

describe('whose phones are checked, per type (spec §6.3)', () => {
  const expected: Record<FilingType, string[]> = {
    first: ['subject-principal', 'website-principal'],
    'new-website-elsewhere': ['website-principal'],
    'new-website-here': ['website-principal'],
    'access-new': ['website-principal'],
    'access-continue': ['website-principal'],
    'change-subject': ['subject-principal'],
    'change-website': ['website-principal'],
    claim: [],
    'cancel-access': [],
    'cancel-subject': [],
    'cancel-website': [],
  };
  for (const [type, roles] of Object.entries(expected)) {
    it(`${type}: ${roles.join(' + ') || 'none'}`, () => {
      expect(smsCheckRoles(type as FilingType)).toEqual(roles);
    });
  }
  it('a change checks the subject principal when the subject changed, the website principal when the website changed', () => {
    expect(smsCheckRoles('change-subject', { subject: true })).toEqual(['subject-principal']);
    expect(smsCheckRoles('change-website', { website: true })).toEqual(['website-principal']);
    expect(smsCheckRoles('change-website', { subject: true, website: true })).toEqual([
      'subject-principal',
      'website-principal',
    ]);
    expect(smsCheckRoles('first', { subject: false })).toEqual(['subject-principal', 'website-principal']);
  });
});

describe('phones that receive a code (spec §6.2, §6.3)', () => {
  const draft = (subjectMobile?: string, ...siteMobiles: (string | undefined)[]): FilingDraft => ({
    subject: { principal: { mobile: subjectMobile } },
    websites: siteMobiles.map((mobile) => ({ principal: { mobile } })),
  });

  it('first filing, both principals share 13812345678: one phone, one code', () => {
    expect(smsCheckPhones(draft('13812345678', '13812345678'), 'first')).toEqual(['13812345678']);
  });
  it('first filing, different numbers: subject principal first, then each website principal', () => {
    expect(smsCheckPhones(draft('13812345678', '13900000001', '13700000002'), 'first')).toEqual([
      '13812345678',
      '13900000001',
      '13700000002',
    ]);
  });
  it('the same number written differently counts once (+86, spaces, full-width digits)', () => {
    expect(smsCheckPhones(draft('+86 138 1234 5678', '１３８１２３４５６７８', '138-1234-5678'), 'first')).toEqual([
      '13812345678',
    ]);
  });
  it('new website and access filings: only website principals', () => {
    const d = draft('13812345678', '13900000001');
    expect(smsCheckPhones(d, 'new-website-here')).toEqual(['13900000001']);
    expect(smsCheckPhones(d, 'access-new')).toEqual(['13900000001']);
  });
  it('change subject: subject principal only; change website: website principals only', () => {
    const d = draft('13812345678', '13900000001');
    expect(smsCheckPhones(d, 'change-subject')).toEqual(['13812345678']);
    expect(smsCheckPhones(d, 'change-website')).toEqual(['13900000001']);
  });
  it('cancellations and claims: no phone', () => {
    const d = draft('13812345678', '13900000001');
    for (const t of ['cancel-access', 'cancel-subject', 'cancel-website', 'claim'] as const) {
      expect(smsCheckPhones(d, t)).toEqual([]);
    }
  });
  it('skips missing numbers and values that are not mobiles (a landline cannot get a code)', () => {
    expect(smsCheckPhones(draft(undefined, '010-88888888', '13900000001'), 'first')).toEqual(['13900000001']);
    expect(normaliseMobile('086-010-88888888')).toBeUndefined();
    expect(normaliseMobile('008613812345678')).toBe('13812345678');
  });
});
