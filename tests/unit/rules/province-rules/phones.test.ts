// 联系方式2, 应急联系电话 and mobile 归属地 per province (research §3; TC19, TC17, HW25).
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../../shared/rules/engine';
import type { LandlineRemarkRow } from '../../../../shared/rules/factories';
import { PROVINCE_PACKS } from '../../../../shared/rules/provinces';
import { baseDraft, baseFor, clone, fired, site, subject, testEveryRuleOf } from './harness';

const pack = (id: string) => {
  const p = PROVINCE_PACKS.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};

describe('联系方式2 required (北京/辽宁/吉林/黑龙江/湖北/河南 organisations, 江苏 and 天津 everyone, 重庆 individuals)', () => {
  testEveryRuleOf('landlineRequired', (u, date) => {
    const trigger = baseFor(u, date);
    delete subject(trigger).principal.landline;
    delete site(trigger).principal?.landline;
    return { trigger, fixed: baseFor(u, date) };
  });

  it("a 联系方式2 that repeats the principal's own mobile does not count (TC19 北京 #5: 「无固话需填写与负责人不同的手机号」)", () => {
    const d = baseDraft(pack('bj'), 'organisation', '2020-01-01');
    subject(d).principal.landline = subject(d).principal.mobile ?? '';
    const f = fired(d, 'bj.landline-required', '2020-01-01');
    expect(f.map((x) => x.field)).toEqual(['subject.principal.landline']);
    expect(f[0]?.message.zh).toContain('本人的联系方式1');
    subject(d).principal.landline = '13900001111';
    expect(fired(d, 'bj.landline-required', '2020-01-01')).toEqual([]);
  });

  it('in page mode a 联系方式2 the page does not show is not judged; one shown blank is', () => {
    const d = baseDraft(pack('bj'), 'organisation', '2020-01-01');
    delete subject(d).principal.landline;
    delete site(d).principal?.landline;
    const page = (draft: typeof d) =>
      checkDraft(draft, { date: '2020-01-01', mode: 'page' }).findings.filter((f) => f.rule === 'bj.landline-required');
    expect(fired(d, 'bj.landline-required', '2020-01-01')).toHaveLength(2);
    expect(page(d)).toEqual([]);
    subject(d).principal.landline = ' ';
    expect(page(d).map((f) => f.field)).toEqual(['subject.principal.landline']);
  });
});

describe('联系方式2 remarks (天津 mobile user, 甘肃 staff title, 安徽 「企业无座机」, 重庆 emergency contact)', () => {
  testEveryRuleOf('landlineRemark', (u, date) => {
    const row = u.record.row as LandlineRemarkRow;
    const trigger = baseFor(u, date, 'organisation');
    const s = subject(trigger);
    s.remark = '';
    site(trigger).remark = site(trigger).remark?.replace(/紧急联系人[^。]*/, '');
    for (const p of [s.principal, site(trigger).principal]) {
      if (!p) continue;
      if (row.when === 'mobile') p.landline = '086-13900001111';
      else if (row.when === 'blank') delete p.landline;
    }
    const fixed = clone(trigger);
    subject(fixed).remark = row.template.replaceAll('XXX', '王芳').replaceAll('XX', '同事');
    return { trigger, fixed };
  });

  it("甘肃: the 联系方式2 mobile may not be a principal's own (TC19 企事业 #6)", () => {
    const d = baseDraft(pack('gs'), 'organisation', '2020-01-01');
    subject(d).principal.landline = subject(d).principal.mobile ?? '';
    subject(d).remark = '联系方式2为公司员工王芳（职务：行政）的手机号';
    const f = fired(d, 'gs.landline-remark', '2020-01-01');
    expect(f[0]?.message.zh).toContain('第三位工作人员');
  });
});

describe('应急联系电话 required (黑龙江 TC19)', () => {
  testEveryRuleOf('emergencyPhoneRequired', (u, date) => {
    const trigger = baseFor(u, date);
    delete subject(trigger).principal.emergencyPhone;
    delete site(trigger).principal?.emergencyPhone;
    return { trigger, fixed: baseFor(u, date) };
  });
});

describe('local mobile (手机本省): an info that says it cannot be checked offline', () => {
  testEveryRuleOf('localMobileInfo', (u, date) => {
    const trigger = baseFor(u, date);
    const fixed = clone(trigger);
    delete subject(fixed).principal.mobile;
    delete site(fixed).principal?.mobile;
    return { trigger, fixed };
  });

  it('is an info finding, never a warning: no number-segment table is installed', () => {
    const d = baseDraft(pack('tj'), 'individual', '2020-01-01');
    const f = fired(d, 'tj.local-mobile', '2020-01-01');
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('info');
    expect(f[0]?.message.zh).toContain('无法离线核对');
  });
});
