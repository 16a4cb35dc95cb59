import { describe, expect, it } from 'vitest';
import type { FilingDraft } from '../../../shared/domain/draft';
import { PRE_APPROVAL_TYPES } from '../../../shared/rules/data/pre-approval-types';
import { checkDraft } from '../../../shared/rules/engine';

// 前置审批 values by date (research F12–F16): 校外培训 (2021-07-24), 宗教 (2022-03-01), 互联网金融; 教育 and
// 医疗保健 were cancelled nationally, so they stay warnings that say so.

const withPreApproval = (value: string, extra: Partial<FilingDraft['websites']> = []): FilingDraft => ({
  websites: [{ preApproval: [value], ...(extra?.[0] ?? {}) }],
});

const preApprovalFinding = (draft: FilingDraft, date: string) =>
  checkDraft(draft, { date, mode: 'page' }).findings.find((f) => f.rule === 'website.pre-approval-documents');

describe('前置审批 values with dates', () => {
  it('校外培训（高中及以下阶段）: the education department’s approval from 2021-07-24, a generic one the day before', () => {
    const draft = withPreApproval('校外培训（高中及以下阶段）');
    expect(preApprovalFinding(draft, '2021-07-23')?.message.zh).toContain('相关主管部门的审批文件');
    expect(preApprovalFinding(draft, '2021-07-24')?.message.zh).toContain('教育部门出具的校外培训前置审批文件');
  });

  it('宗教: the 互联网宗教信息服务许可证 from 2022-03-01', () => {
    const draft = withPreApproval('宗教');
    expect(preApprovalFinding(draft, '2022-02-28')?.message.zh).not.toContain('互联网宗教信息服务许可证');
    expect(preApprovalFinding(draft, '2022-03-01')?.message.zh).toContain('互联网宗教信息服务许可证');
  });

  it.each(['教育', '医疗保健'])('%s is a warning saying the national approval was cancelled', (value) => {
    const f = preApprovalFinding(withPreApproval(value), '2026-12-07');
    expect(f?.severity).toBe('warning');
    expect(f?.message.zh).toContain('全国已取消');
  });

  it('药品和医疗器械 is not mistaken for the cancelled 医疗保健', () => {
    const f = preApprovalFinding(withPreApproval('药品和医疗器械'), '2026-12-07');
    expect(f?.message.zh).toContain('互联网药品信息服务资格证书');
    expect(f?.message.zh).not.toContain('全国已取消');
  });

  it('互联网金融 names the financial regulator; 以上都不涉及 gives nothing', () => {
    expect(preApprovalFinding(withPreApproval('互联网金融'), '2026-12-07')?.message.zh).toContain('金融管理部门');
    expect(preApprovalFinding(withPreApproval('以上都不涉及'), '2026-12-07')).toBeUndefined();
  });

  it('every row has a source, and dated rows a YYYY-MM-DD start', () => {
    for (const row of PRE_APPROVAL_TYPES) {
      expect(row.source.length, row.id).toBeGreaterThan(3);
      if (row.from) expect(row.from, row.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('financial 服务内容 and name keywords', () => {
  it('a financial service content without the 互联网金融 pre-approval is warned about', () => {
    const draft: FilingDraft = { websites: [{ serviceContent: ['互联网保险'] }] };
    const found = checkDraft(draft, { date: '2026-12-07', mode: 'page' }).findings.filter(
      (f) => f.rule === 'website.financial-service-content',
    );
    expect(found.map((f) => [f.field, f.severity])).toEqual([['websites[0].serviceContent', 'warning']]);
  });

  it('a 校外培训 word in the name needs the 校外培训 type from 2021-07-24 only', () => {
    const draft: FilingDraft = { websites: [{ name: '阳光课外辅导网' }] };
    const fired = (date: string) =>
      checkDraft(draft, { date, mode: 'page' }).findings.filter((f) => f.rule === 'website-name.pre-approval-keyword');
    expect(fired('2021-07-23')).toEqual([]);
    expect(
      fired('2021-07-24')
        .map((f) => f.message.zh)
        .join(''),
    ).toContain('校外培训');
  });
});
