// Verification of the responsible person by date (issue 10 item 3).
import { describe, expect, it } from 'vitest';
import type { FilingDraft } from '../../../shared/domain/draft';
import { FACE_CHECK_SWITCH, photoCheckMethod } from '../../../shared/process/photo-check';
import { planFiling } from '../../../shared/process/plan';

const draft = (province: string, nature = '个人'): FilingDraft => ({
  filingType: 'first',
  subject: { province, nature },
});

describe('backdrop until the switch, face after', () => {
  it('the day before the switch is the backdrop, the switch day is face (浙江, 北京)', () => {
    expect(photoCheckMethod('33', 'first', '2019-03-31')).toBe('backdrop');
    expect(photoCheckMethod('33', 'first', FACE_CHECK_SWITCH.from)).toBe('face');
    expect(photoCheckMethod('11', 'first', '2026-12-07')).toBe('face');
  });
  it('cancellations still have no photo check; 上海 keeps its bureau app', () => {
    expect(photoCheckMethod('33', 'cancel-subject', '2026-12-07')).toBe('none');
    expect(photoCheckMethod('31', 'first', '2026-12-07')).toBe('shanghai-app');
  });
  it('a 北京 first filing today: face check item for the 互联网信息服务负责人, no backdrop, no paper form', () => {
    const plan = planFiling(draft('北京市'), { date: '2026-12-07' });
    expect(plan.photoCheck).toBe('face');
    const ids = plan.documentDetails?.map((d) => d.id) ?? [];
    expect(ids).toContain('face-check');
    expect(ids).not.toContain('backdrop');
    expect(ids).not.toContain('authenticity-form');
    expect(plan.documents.map((d) => d.zh).join()).toContain('互联网信息服务负责人本人');
    expect(plan.notes?.map((n) => n.zh).join() ?? '').not.toContain('幕布');
  });
  it('between the pilot and the last provider switch the plan says the backdrop may still be asked for', () => {
    const plan = planFiling(draft('浙江省'), { date: '2020-06-01' });
    expect(plan.photoCheck).toBe('face');
    expect(plan.notes?.map((n) => n.zh).join()).toContain('仍可能要求幕布拍照');
    expect(planFiling(draft('浙江省'), { date: FACE_CHECK_SWITCH.allProvidersBy }).notes?.join()).not.toContain('幕布');
  });
  it('江苏 告知书 + 承诺书 + video from 2021-06-01, not the day before; 广东 承诺书 handwriting rules', () => {
    const ids = (p: string, d: string) => planFiling(draft(p), { date: d }).documentDetails?.map((x) => x.id) ?? [];
    expect(ids('江苏省', '2021-05-31')).not.toContain('js-pledge');
    expect(ids('江苏省', '2021-06-01')).toContain('js-pledge');
    expect(ids('浙江省', '2026-12-07')).not.toContain('js-pledge');
    const gd = planFiling(draft('广东省'), { date: '2026-12-07' });
    expect(gd.documents.map((d) => d.zh).join()).toContain('不接受连笔签');
  });
  it('the spec date keeps the spec: backdrop and the paper authenticity form', () => {
    const plan = planFiling(draft('浙江省'), { date: '2018-11-28' });
    expect(plan.photoCheck).toBe('backdrop');
    expect(plan.documentDetails?.map((d) => d.id)).toEqual(expect.arrayContaining(['authenticity-form', 'backdrop']));
  });
});
