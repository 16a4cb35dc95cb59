import { describe, expect, it } from 'vitest';
import type { FilingDraft } from '../../../shared/domain/draft';
import type { FilingType } from '../../../shared/domain/filing-types';
import { checkDraft } from '../../../shared/rules/engine';
import { draftWith } from './helpers';

// 工信管函〔2019〕633号 (research F1/X6): one domain per website for 首次备案 and 新增网站 from 2019-04-22.

const twoDomains = (filingType: FilingType, date: string, remark = '个人摄影作品展示网站。'): FilingDraft =>
  draftWith((d) => {
    d.filingType = filingType;
    d.date = date;
    const w = d.websites?.[0];
    if (!w) throw new Error('the good draft has a website');
    w.domains = ['zhangsan-photo.cn', 'zhangsan-photo.com'];
    w.remark = remark;
  });

const mentionsSameSiteRemark = (draft: FilingDraft) =>
  checkDraft(draft).findings.filter((f) =>
    [f.message.zh, f.fix?.zh ?? '', f.suggestion ?? ''].some((t) => t.includes('指向同一')),
  );

describe('one domain per website (from 2019-04-22)', () => {
  for (const type of ['first', 'new-website-here', 'new-website-elsewhere'] as const) {
    it(`${type} on 2026-12-07: the second domain is an error whose fix says to file it as another website`, () => {
      const found = checkDraft(twoDomains(type, '2026-12-07')).findings.filter(
        (f) => f.rule === 'domain.one-per-website',
      );
      expect(found.map((f) => [f.field, f.severity])).toEqual([['websites[0].domains[1]', 'error']]);
      expect(found[0]?.fix?.zh).toContain('另行添加为一个网站');
      expect(found[0]?.fix?.en).toContain('file it as another website');
      expect(found[0]?.effective).toEqual({ from: '2019-04-22' });
      expect(found[0]?.citations?.map((c) => c.title).join(' ')).toContain('633号');
    });
  }

  it('the old remark 「域名指向同一网站」 is not suggested after the change, in any province', () => {
    expect(mentionsSameSiteRemark(twoDomains('first', '2026-12-07'))).toEqual([]);
    const gd = twoDomains('first', '2026-12-07', '个人摄影作品展示，域名指向同一网站。');
    gd.subject = { ...gd.subject, province: '广东省', city: '广州市', district: '天河区' };
    expect(mentionsSameSiteRemark(gd)).toEqual([]);
  });

  it('the day before and the first day give the two answers', () => {
    const before = checkDraft(twoDomains('first', '2019-04-21')).findings.map((f) => f.rule);
    const first = checkDraft(twoDomains('first', '2019-04-22')).findings.map((f) => f.rule);
    expect(before).toContain('domain.multi-domain-remark');
    expect(before).not.toContain('domain.one-per-website');
    expect(first).toContain('domain.one-per-website');
    expect(first).not.toContain('domain.multi-domain-remark');
  });

  it('on the spec date several domains with the same-site remark pass (spec §5.4)', () => {
    const rules = checkDraft(twoDomains('first', '2018-11-28', '个人摄影作品展示，域名指向同一网站。')).findings.map(
      (f) => f.rule,
    );
    expect(rules).not.toContain('domain.one-per-website');
    expect(rules).not.toContain('domain.multi-domain-remark');
  });

  it('变更网站 keeps listed domains without an error: one info that domains may only be kept or removed', () => {
    const found = checkDraft(
      twoDomains('change-website', '2026-12-07', '个人摄影作品展示，域名指向同一网站。'),
    ).findings;
    expect(found.filter((f) => f.field.includes('.domains') && f.severity === 'error')).toEqual([]);
    expect(found.filter((f) => f.rule === 'domain.change-keep-or-remove').map((f) => f.severity)).toEqual(['info']);
    expect(found.map((f) => f.rule)).not.toContain('domain.one-per-website');
  });

  it('a page read without a filing type gets a warning, never an error', () => {
    const draft: FilingDraft = { websites: [{ domains: ['zhangsan-photo.cn', 'zhangsan-photo.com'] }] };
    const found = checkDraft(draft, { date: '2026-12-07', mode: 'page' }).findings.filter(
      (f) => f.rule === 'domain.one-per-website',
    );
    expect(found.map((f) => [f.field, f.severity])).toEqual([['websites[0].domains[1]', 'warning']]);
  });

  it('one domain each on two websites passes', () => {
    const d = draftWith((x) => {
      x.date = '2026-12-07';
      const w = x.websites?.[0];
      if (!w) throw new Error('website');
      x.websites = [
        { ...w, domains: ['zhangsan-photo.cn'] },
        { ...w, name: '张三摄影博客', domains: ['zhangsan-blog.cn'], homeUrl: 'www.zhangsan-blog.cn' },
      ];
    });
    expect(checkDraft(d).findings.map((f) => f.rule)).not.toContain('domain.one-per-website');
  });
});
