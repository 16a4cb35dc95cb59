import { describe, expect, it } from 'vitest';
import { addMonths, validityDate } from '../../../shared/rules/national/document-validity';
import { draftWith, findingsOf } from './helpers';

const RULE = 'document-validity.expiring';
const on = (date: string) => ({ date });

describe('document-validity.expiring (证件有效期 on the filing date)', () => {
  it('an expired subject document is an error naming the end date and the filing date', () => {
    const draft = draftWith((d) => {
      d.subject = { ...d.subject, idValidUntil: '2026-11-30' };
    });
    const [f, ...rest] = findingsOf(draft, RULE, on('2026-12-07'));
    expect(rest).toEqual([]);
    expect(f?.field).toBe('subject.idValidUntil');
    expect(f?.severity).toBe('error');
    expect(f?.message.zh).toContain('2026-11-30');
    expect(f?.message.zh).toContain('2026-12-07');
  });

  it('less than three months left is a warning on each principal, not an error', () => {
    const draft = draftWith((d) => {
      if (d.subject?.principal) d.subject.principal.idValidUntil = '2027年2月1日';
      const w = d.websites?.[0];
      if (w) w.principal = { ...w.principal, idValidUntil: '20270301' };
    });
    const found = findingsOf(draft, RULE, on('2026-12-07')).map((f) => [f.field, f.severity]);
    expect(found).toEqual([
      ['subject.principal.idValidUntil', 'warning'],
      ['websites[0].principal.idValidUntil', 'warning'],
    ]);
  });

  it('长期, more than three months left and unreadable dates say nothing', () => {
    for (const until of ['长期', '长期有效', '2027-03-08', '2036-05-01', 'not a date', '2027-02-30']) {
      const draft = draftWith((d) => {
        d.subject = { ...d.subject, idValidUntil: until };
      });
      expect(findingsOf(draft, RULE, on('2026-12-07')), until).toEqual([]);
    }
  });

  it('a 上海 business licence needs more than a year; the same licence in 浙江 only three months', () => {
    const licence = (province: string) =>
      draftWith((d) => {
        d.subject = { ...d.subject, province, nature: '企业', idType: '营业执照', idValidUntil: '2027-11-01' };
      });
    const sh = findingsOf(licence('上海市'), RULE, on('2026-12-07'));
    expect(sh.map((f) => [f.field, f.severity])).toEqual([['subject.idValidUntil', 'warning']]);
    expect(sh[0]?.message.zh).toContain('12 个月');
    expect(findingsOf(licence('浙江省'), RULE, on('2026-12-07'))).toEqual([]);
  });

  it('cites provider pages a person can follow, no research keys', () => {
    const draft = draftWith((d) => {
      d.subject = { ...d.subject, idValidUntil: '2020-01-01' };
    });
    const [f] = findingsOf(draft, RULE, on('2026-12-07'));
    expect(f?.citations?.map((s) => `${s.publisher} ${s.title}`)).toEqual([
      '华为云 ICP备案驳回咨询',
      '腾讯云 上海管局备案要求',
    ]);
  });
});

describe('validity dates', () => {
  it('reads the shapes date pickers show, rejects impossible days', () => {
    expect(validityDate('2030/1/5')).toBe('2030-01-05');
    expect(validityDate('2030.01.05')).toBe('2030-01-05');
    expect(validityDate('2030年1月5日')).toBe('2030-01-05');
    expect(validityDate('2030-02-29')).toBeUndefined();
    expect(validityDate('05/01/2030')).toBeUndefined();
  });
  it('adds months, keeping to the end of a shorter month', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-12-07', 12)).toBe('2027-12-07');
  });
});
