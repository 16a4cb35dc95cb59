// SMS check by date (issue 10 item 2): pilot batches, nationwide from 2020-08-17, who verifies, mechanics.
import { describe, expect, it } from 'vitest';
import type { FilingDraft } from '../../../shared/domain/draft';
import { FILING_TYPES } from '../../../shared/domain/filing-types';
import { planFiling } from '../../../shared/process/plan';
import {
  SMS_CHECK_PILOT_ROWS,
  SMS_CHECK_ROLE_ROWS,
  SMS_MECHANICS_ROWS,
  smsCheckPolicy,
  smsCheckRoles,
  smsMechanics,
} from '../../../shared/process/sms-check-policy';

const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const draft = (type: FilingDraft['filingType']): FilingDraft => ({
  filingType: type,
  subject: { province: '北京市', principal: { mobile: '13812345678' } },
  websites: [{ principal: { mobile: '13900000001' } }],
});

describe('SMS check by date', () => {
  it.each(SMS_CHECK_PILOT_ROWS.flatMap((r) => r.provinceCodes.map((c) => [c, r.from] as const)))(
    'province %s: no check the day before %s, a check from that day',
    (code, from) => {
      expect(smsCheckPolicy(code, dayBefore(from)).required).toBe(false);
      expect(smsCheckPolicy(code, from)).toMatchObject({ required: true, since: from });
    },
  );

  it('a 北京 first filing today: both phones, national page, 12381, not "no SMS check in this province"', () => {
    const plan = planFiling(draft('first'), { date: '2026-12-07' });
    expect(plan.smsCheck.required).toBe(true);
    expect(plan.smsCheck.phones).toEqual(['13812345678', '13900000001']);
    expect(plan.steps).toContain('sms-check');
    const texts = plan.smsCheck.mechanics?.map((m) => m.text.zh).join('\n') ?? '';
    expect(texts).toContain('beian.miit.gov.cn');
    expect(texts).toContain('12381');
    expect(texts).toContain('第二天中午 12 点');
    expect(texts).toMatch(/最多 2 次.*最多 3 次/);
    expect(JSON.stringify(plan)).not.toContain('later changes are not recorded');
  });

  it('the spec date keeps the spec: 北京 has no check on 2018-11-28, 浙江 uses carrier senders', () => {
    expect(planFiling(draft('first'), { date: '2018-11-28' }).smsCheck.required).toBe(false);
    const zj = planFiling({ ...draft('first'), subject: { province: '浙江省' } }, { date: '2018-11-28' });
    expect(zj.smsCheck.mechanics?.map((m) => m.text.zh).join()).toContain('106598051001');
  });

  it('who verifies now: 新增网站 both, 注销主体 subject, 注销网站 website (sources disagree), 取消接入 none', () => {
    const now = '2026-12-07';
    expect(smsCheckRoles('new-website-here', undefined, now)).toEqual(['subject-principal', 'website-principal']);
    expect(smsCheckRoles('cancel-subject', undefined, now)).toEqual(['subject-principal']);
    expect(smsCheckRoles('cancel-website', undefined, now)).toEqual(['website-principal']);
    expect(smsCheckRoles('cancel-access', undefined, now)).toEqual([]);
    const plan = planFiling(draft('cancel-website'), { date: now });
    expect(plan.notes?.map((n) => n.zh).join()).toContain('青云QingCloud');
    expect(planFiling(draft('cancel-access'), { date: now }).smsCheck.required).toBe(false);
  });

  it('every type except 取消接入 and 认领 is checked in every province today', () => {
    for (const type of FILING_TYPES) {
      const required = planFiling(draft(type), { date: '2026-12-07' }).smsCheck.required;
      expect(required, type).toBe(type !== 'cancel-access' && type !== 'claim');
    }
  });

  it('every dated role and mechanics row: old row the day before, new row on the first day', () => {
    const dated = [
      ...SMS_CHECK_ROLE_ROWS.filter((r) => r.from).map((r) => ({ from: r.from as string, type: r.types[0] })),
    ];
    for (const { from, type } of dated) {
      if (!type) continue;
      const now = SMS_CHECK_ROLE_ROWS.find((r) => r.from === from && r.types.includes(type));
      expect(smsCheckRoles(type, undefined, from)).toEqual(now?.roles);
      const before = SMS_CHECK_ROLE_ROWS.find((r) => r.until === from && r.types.includes(type));
      expect(smsCheckRoles(type, undefined, dayBefore(from))).toEqual(before?.roles ?? []);
    }
    for (const [key, rows] of Object.entries(SMS_MECHANICS_ROWS)) {
      for (const row of rows as readonly { from?: string; text: { zh: string } }[]) {
        if (!row.from) continue;
        const k = key as keyof typeof SMS_MECHANICS_ROWS;
        expect(smsMechanics(row.from)[k]?.text.zh).toBe(row.text.zh);
        expect(smsMechanics(dayBefore(row.from))[k]?.text.zh).not.toBe(row.text.zh);
      }
    }
  });
});
