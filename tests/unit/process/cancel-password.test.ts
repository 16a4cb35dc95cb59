import { describe, expect, it } from 'vitest';
import type { FilingDraft } from '../../../shared/domain/draft';
import { planFiling } from '../../../shared/process/plan';
import { CANCEL_PASSWORD_ROW, ONE_OPEN_ORDER_ROW } from '../../../shared/process/process-rows';
import { checkDraft } from '../../../shared/rules/engine';

// 「2020年8月17日起，注销主体不再要求输入备案密码」 (research T6); one open order per subject (T10).

const cancel = (filingType: 'cancel-subject' | 'cancel-website'): FilingDraft => ({
  filingType,
  subject: { province: '北京市' },
  filingNumber: '京ICP备12345678号',
  filingPassword: '',
});

describe('注销 without the filing password from 2020-08-17', () => {
  it.each(['cancel-subject', 'cancel-website'] as const)(
    '%s: the day before asks for it, the first day does not',
    (type) => {
      expect(CANCEL_PASSWORD_ROW.until).toBe('2020-08-17');
      const before = planFiling(cancel(type), { date: '2020-08-16' });
      const first = planFiling(cancel(type), { date: '2020-08-17' });
      expect(before.steps).toContain('access-password');
      expect(first.steps).not.toContain('access-password');
      expect(before.documentDetails?.map((d) => d.id)).toContain('filing-password');
      expect(first.documentDetails?.map((d) => d.id)).not.toContain('filing-password');
      const required = (date: string) =>
        checkDraft(cancel(type), { date }).findings.filter((f) => f.rule === 'required.filingPassword');
      expect(required('2020-08-16').map((f) => f.field)).toEqual(['filingPassword']);
      expect(required('2020-08-17')).toEqual([]);
    },
  );

  it('access filings still ask for the password today', () => {
    const plan = planFiling({ filingType: 'access-new', subject: { province: '北京市' } }, { date: '2026-12-07' });
    expect(plan.steps).toContain('access-password');
  });

  it('注销 plans an SMS check today and none on the spec date', () => {
    expect(planFiling(cancel('cancel-subject'), { date: '2026-12-07' }).steps).toContain('sms-check');
    expect(planFiling(cancel('cancel-subject'), { date: '2018-11-28' }).steps).not.toContain('sms-check');
  });
});

describe('one open order per subject', () => {
  it('a first filing’s plan says so; a cancellation’s does not', () => {
    const first = planFiling({ filingType: 'first', subject: { province: '北京市' } }, { date: '2026-12-07' });
    expect(first.notes).toContainEqual(ONE_OPEN_ORDER_ROW.note);
    expect(planFiling(cancel('cancel-website'), { date: '2026-12-07' }).notes).not.toContainEqual(
      ONE_OPEN_ORDER_ROW.note,
    );
  });
});
