import { describe, expect, test } from 'vitest';
import '../../../extension/zod-setup';
import {
  CheckReplySchema,
  ContentMessageSchema,
  PanelMessageSchema,
  PlanSchema,
  TabRecordSchema,
} from '../../../extension/messaging';
import { checkAndPlan } from '../../../shared/rules/engine';

describe('messages between contexts are validated (issue 4 §6, research G5)', () => {
  test('a content script check message parses; anything else is refused', () => {
    const ok = {
      type: 'check',
      url: 'http://127.0.0.1/x',
      title: 't',
      draft: {},
      pageFields: ['subject.name'],
      fields: [],
    };
    expect(ContentMessageSchema.safeParse(ok).success).toBe(true);
    expect(ContentMessageSchema.safeParse({ ...ok, type: 'fetch', url: 'https://evil.example' }).success).toBe(false);
    expect(ContentMessageSchema.safeParse({ ...ok, pageFields: ['x'.repeat(300)] }).success).toBe(false);
    expect(ContentMessageSchema.safeParse({ ...ok, pageFields: Array(501).fill('a') }).success).toBe(false);
    expect(ContentMessageSchema.safeParse('check').success).toBe(false);
  });

  test('the panel can only ask to focus a field, rescan or report timings', () => {
    expect(PanelMessageSchema.safeParse({ type: 'focus-field', path: 'subject.idNumber' }).success).toBe(true);
    expect(PanelMessageSchema.safeParse({ type: 'eval', code: '1' }).success).toBe(false);
    expect(PanelMessageSchema.safeParse({ type: 'focus-field' }).success).toBe(false);
  });

  test('the rules core’s real plan and findings fit the reply and record schemas', () => {
    const result = checkAndPlan(
      {
        subject: {
          province: '浙江省',
          nature: '个人',
          idNumber: '330106199003071235',
          principal: { mobile: '13812345678' },
        },
      },
      { mode: 'page', date: '2018-11-28' },
    );
    const reply = CheckReplySchema.safeParse({
      ok: true,
      findings: result.findings,
      plan: result.plan,
      date: result.date,
    });
    expect(reply.success).toBe(true);
    const plan = PlanSchema.parse(result.plan);
    expect(plan.smsCheck.required).toBe(true);
    expect(plan.smsCheck.phones).toEqual(['13812345678']);
    const record = {
      tabId: 1,
      url: 'http://127.0.0.1/',
      title: '',
      origin: 'http://127.0.0.1',
      filingPage: true,
      enabled: true,
      fields: [{ path: 'subject.idNumber', label: '主办单位证件号码', step: 'subject' }],
      findings: result.findings,
      plan,
      summary: { websites: 0, filled: 3 },
      updatedAt: 1,
    };
    expect(TabRecordSchema.safeParse(record).success).toBe(true);
    expect(TabRecordSchema.safeParse({ ...record, findings: [{ field: 1 }] }).success).toBe(false);
  });
});
