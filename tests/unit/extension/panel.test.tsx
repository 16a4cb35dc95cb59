// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, test, vi } from 'vitest';
import '../../../extension/zod-setup';
import { PlanSchema, type TabRecord } from '../../../extension/messaging';
import { FindingList } from '../../../extension/ui/FindingList';
import {
  checkedDateText,
  checklistText,
  fieldTitle,
  groupFindings,
  maskPhone,
  smsPhonesText,
} from '../../../extension/ui/model';
import { checkAndPlan } from '../../../shared/rules/engine';

function recordFor(mobile = '13812345678'): TabRecord {
  const draft = {
    filingType: 'first' as const,
    subject: {
      province: '浙江省',
      nature: '个人',
      idNumber: '330106199003071235',
      principal: { mobile, email: 'a@b' },
    },
    websites: [{ name: '张三的博客', domains: ['example.com'] }],
  };
  const result = checkAndPlan(draft, { mode: 'page', date: '2018-11-28' });
  return {
    tabId: 3,
    url: 'http://127.0.0.1/step-subject.html',
    title: '填写主体信息',
    origin: 'http://127.0.0.1',
    filingPage: true,
    enabled: true,
    step: 'subject',
    fields: [
      { path: 'subject.idNumber', label: '主办单位证件号码', step: 'subject' },
      { path: 'subject.principal.email', label: '电子邮件地址', step: 'subject' },
    ],
    findings: result.findings,
    plan: PlanSchema.parse(result.plan),
    date: result.date,
    provinceCode: result.provinceCode,
    summary: { filingType: 'first', province: '浙江省', nature: '个人', websites: 1, filled: 6 },
    updatedAt: 1,
  };
}

describe('panel model (issue 4 §4)', () => {
  test('findings grouped by step, then by field, with severity counts and whether the field is on this page', () => {
    const groups = groupFindings(recordFor(), 'zh');
    expect(groups.map((g) => g.step)).toEqual(['subject', 'website']);
    const subject = groups[0];
    expect(subject?.fields.map((f) => f.path)).toContain('subject.idNumber');
    const id = subject?.fields.find((f) => f.path === 'subject.idNumber');
    expect(id?.onPage).toBe(true);
    expect(id?.title).toBe('主办单位证件号码');
    expect(id?.findings.map((f) => f.rule)).toContain('id-number.checksum');
    expect(subject?.counts.error).toBeGreaterThanOrEqual(2);
    const site = groups[1]?.fields[0];
    expect(site?.onPage).toBe(false);
    expect(site?.title).toMatch(/^网站1 · /);
  });

  test('field titles name the website and the list item', () => {
    expect(fieldTitle('websites[1].domains[2]', 'zh')).toBe('网站2 · 网站域名 3');
    expect(fieldTitle('subject.principal.mobile', 'en')).toBe('Subject principal mobile (contact 1)');
  });

  test('the copyable checklist: rules used, type, every finding with its fix, SMS phones masked, documents', () => {
    const text = checklistText(recordFor(), 'zh');
    expect(text).toContain('规则：浙江省，2018-11-28');
    expect(text).toContain('备案类型：首次备案');
    expect(text).toMatch(/- \[ \] 错误 主办单位证件号码：.*校验位/);
    expect(text).toContain('短信核验：需要，接收验证码的手机：138****5678');
    expect(text).not.toContain('13812345678');
    expect(text).toContain('需准备的材料');
    expect(text).toContain('真实性核验单');
  });

  test('SMS phones: 「尚未填写」 only when contact 1 is blank; filled but invalid says what is wrong', () => {
    expect(smsPhonesText(recordFor(''), 'zh')).toBe('（联系方式1尚未填写）');
    const invalid = smsPhonesText(recordFor('1381234567'), 'zh');
    expect(invalid).not.toContain('尚未填写');
    expect(invalid).toContain('联系方式1有误');
    expect(invalid).toContain('少一位');
    expect(smsPhonesText(recordFor('1381234567'), 'en')).toContain('one digit short');
    expect(checklistText(recordFor('1381234567'), 'zh')).toContain('短信核验：需要（联系方式1有误');
  });

  test('phones are masked in the panel', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('086-010-1234')).toBe('086-010-1234');
  });
});

describe('FindingList', () => {
  test('a field on the page is a button that jumps to it; one that is not says so', () => {
    const onJump = vi.fn();
    const host = document.createElement('div');
    document.body.append(host);
    render(<FindingList groups={groupFindings(recordFor(), 'zh')} lang="zh" onJump={onJump} />, host);
    const headings = [...host.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['主办单位信息', '网站信息']);
    const jump = [...host.querySelectorAll('button.jump')].find((b) => b.textContent?.includes('主办单位证件号码'));
    (jump as HTMLButtonElement).click();
    expect(onJump).toHaveBeenCalledWith('subject.idNumber');
    expect(host.textContent).toContain('不在本页');
    const link = host.querySelector('.source a, .source');
    expect(link?.textContent).toMatch(/依据/);
    render(null, host);
  });
});

describe('the date the findings were judged by (issue 15 item 2)', () => {
  test('named with where it came from, in both languages, also in the copied checklist', () => {
    expect(checkedDateText({ date: '2018-11-26', dateSource: 'page' }, 'zh')).toBe(
      '按 2018-11-26 的规则检查（模拟环境的日期）',
    );
    expect(checkedDateText({ date: '2026-12-01', dateSource: 'override' }, 'en')).toBe(
      'Checked against the rules of 2026-12-01 (the date set in the settings)',
    );
    expect(checkedDateText({}, 'zh')).toBeUndefined();
    const record = { ...recordFor(), dateSource: 'page' as const };
    expect(checklistText(record, 'zh')).toContain('按 2018-11-28 的规则检查（模拟环境的日期）');
  });
});
