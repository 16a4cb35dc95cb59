// Domains and websites per filing, and the documents large filings need (research §3 Domains column; TC19, TC17, QC, HW25).
import { describe, expect, it } from 'vitest';
import type { FilingDraft } from '../../../../shared/domain/draft';
import type { DocumentsWhenCountRow, MaxCountRow } from '../../../../shared/rules/factories';
import { PROVINCE_PACKS } from '../../../../shared/rules/provinces';
import { baseDraft, baseFor, clone, fired, site, testEveryRuleOf } from './harness';

const domains = (n: number, prefix = 'shanshui') => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}.com`);

/** `n` websites of one domain each (copies of the draft's first website). */
function withWebsites(d: FilingDraft, n: number): FilingDraft {
  const first = site(d);
  d.websites = Array.from({ length: n }, (_, i) => ({
    ...clone(first),
    name: `${first.name ?? ''}${'甲乙丙丁戊己庚辛壬癸'[i % 10]}`,
    domains: [`shanshui${i + 1}.com`],
  }));
  return d;
}

describe('domains per website (河南/广西/重庆/湖北/新疆 one; 贵州 4 first filing, 5 otherwise; TC19)', () => {
  testEveryRuleOf('maxDomainsPerWebsite', (u, date) => {
    const { max } = u.record.row as MaxCountRow;
    const trigger = baseFor(u, date);
    site(trigger).domains = domains(max + 1);
    const fixed = clone(trigger);
    site(fixed).domains = domains(max);
    return { trigger, fixed };
  });

  it('贵州: a first filing takes four domains per website, a new-website filing five (TC19 #3)', () => {
    const gz = PROVINCE_PACKS.find((p) => p.id === 'gz');
    if (!gz) throw new Error('gz pack');
    const d = baseDraft(gz, 'individual', '2020-01-01');
    site(d).domains = domains(5);
    expect(fired(d, 'gz.domains-per-website-first', '2020-01-01')).toHaveLength(1);
    const later = { ...clone(d), filingType: 'new-website-here' as const };
    expect(fired(later, 'gz.domains-per-website-first', '2020-01-01')).toEqual([]);
    expect(fired(later, 'gz.domains-per-website', '2020-01-01')).toEqual([]);
    site(later).domains = domains(6);
    expect(fired(later, 'gz.domains-per-website', '2020-01-01')).toHaveLength(1);
  });
});

describe('domains per filing (河南 P ≤3 / U ≤5, 海南 P first filing 1 (TC19), 山西 ≤3 and 湖南 1 (HW25))', () => {
  testEveryRuleOf('maxDomainsPerOrder', (u, date) => {
    const { max } = u.record.row as MaxCountRow;
    const trigger = withWebsites(baseFor(u, date), max + 1);
    const fixed = withWebsites(baseFor(u, date), max);
    return { trigger, fixed };
  });
});

describe('websites per filing (湖北 首次/新增 one (TC19), 湖南 one (HW25))', () => {
  testEveryRuleOf('maxWebsitesPerOrder', (u, date) => {
    const { max } = u.record.row as MaxCountRow;
    return { trigger: withWebsites(baseFor(u, date), max + 1), fixed: withWebsites(baseFor(u, date), max) };
  });

  it('湖北: the one-website limit is for first and new-website filings only (TC19 #5)', () => {
    const hb = PROVINCE_PACKS.find((p) => p.id === 'hb');
    if (!hb) throw new Error('hb pack');
    const d = withWebsites(baseDraft(hb, 'individual', '2020-01-01'), 2);
    expect(fired(d, 'hb.websites-per-order', '2020-01-01')).toHaveLength(1);
    expect(fired({ ...d, filingType: 'change-website' }, 'hb.websites-per-order', '2020-01-01')).toEqual([]);
  });
});

describe('documents for many domains or websites (domain certificates, construction plans, on-site checks, party-building letters)', () => {
  testEveryRuleOf('documentsWhenCount', (u, date) => {
    const row = u.record.row as DocumentsWhenCountRow;
    const base = baseFor(u, date);
    if (row.count === 'websites')
      return {
        trigger: withWebsites(clone(base), row.over + 1),
        fixed: withWebsites(clone(base), Math.max(1, row.over)),
      };
    const trigger = clone(base);
    const fixed = clone(base);
    if (row.count === 'domains-per-website') {
      site(trigger).domains = domains(row.over + 1);
      site(fixed).domains = domains(row.over);
    } else {
      withWebsites(trigger, row.over + 1);
      if (row.over === 0) site(fixed).domains = [];
      else withWebsites(fixed, row.over);
    }
    return { trigger, fixed };
  });
});
