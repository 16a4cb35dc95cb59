import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isCcTld,
  normaliseSuffix,
  SUFFIX_LISTS,
  SUFFIX_RESTRICTIONS,
  suffixRestrictionsBroken,
  suffixStatus,
} from '../../../shared/rules/data/domain-suffixes';
import { readableSource } from '../../../shared/rules/data/references';

describe('suffix lists are dated data with sources (research §4)', () => {
  it('every row has a source, a date or a used-from date, and lowercase suffixes without dots', () => {
    for (const row of SUFFIX_LISTS) {
      expect(row.source, row.id).not.toBe('');
      expect(row.asOf ?? row.usedFrom, row.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const s of [...row.fileable, ...row.notFileable]) expect(s, row.id).toBe(normaliseSuffix(s));
      // No list says a suffix is both.
      expect(
        row.fileable.filter((s) => row.notFileable.includes(s)),
        row.id,
      ).toEqual([]);
    }
    expect(SUFFIX_LISTS.find((r) => r.id === 'miit-gist')?.asOf).toBeUndefined();
  });
});

describe('suffixStatus (spec §5.2 list from 2018-11-28, later dated lists after)', () => {
  it('.xyz is not fileable by the 2018 list (spec §5.2)', () => {
    expect(suffixStatus('xyz', '2018-11-28')).toMatchObject({
      status: 'not-fileable',
      asOf: '2018-11-28',
      listId: 'seed-2018-beijing',
    });
    expect(suffixStatus('.XYZ', '2020-06-01').status).toBe('not-fileable');
  });

  it('.xyz: the day before QC (2022-11-02) not fileable, from QC’s date (2022-11-03) fileable', () => {
    expect(suffixStatus('xyz', '2022-11-02').status).toBe('not-fileable');
    expect(suffixStatus('xyz', '2022-11-03').status).toBe('fileable');
  });

  it('.org: fileable by the spec’s list, not fileable from TC19 (2019-08-15) on', () => {
    expect(suffixStatus('org', '2019-08-14')).toMatchObject({ status: 'fileable', listId: 'seed-2018-beijing' });
    expect(suffixStatus('org', '2019-08-15')).toMatchObject({ status: 'not-fileable', listId: 'tc19-beijing' });
    expect(suffixStatus('org', '2025-01-01')).toMatchObject({ status: 'not-fileable', listId: 'goplus-2024-org-dev' });
  });

  it('.ltd: fileable (2018), "not recorded by MIIT" from 2019-02-18, fileable again by QC (2022)', () => {
    expect(suffixStatus('ltd', '2019-02-17').status).toBe('fileable');
    expect(suffixStatus('ltd', '2019-02-18')).toMatchObject({
      status: 'not-fileable',
      listId: 'tcfaq-2019-02-not-recorded',
    });
    expect(suffixStatus('ltd', '2023-01-01').status).toBe('fileable');
  });

  it('.dev: unknown the day before goplus #468 (2024-05-30), not fileable from 2024-05-31', () => {
    expect(suffixStatus('dev', '2024-05-30').status).toBe('unknown');
    expect(suffixStatus('dev', '2024-05-31')).toMatchObject({ status: 'not-fileable', asOf: '2024-05-31' });
  });

  it('before 2018-11-28 the spec’s list is used, labelled as such', () => {
    expect(suffixStatus('com', '2017-01-01')).toMatchObject({
      status: 'fileable',
      listId: 'seed-2018-beijing',
      beforeItsDate: true,
    });
    expect(suffixStatus('com', '2018-11-28').beforeItsDate).toBeUndefined();
  });

  it('Chinese suffixes in Unicode or punycode: .中国 (xn--fiqs8s), .公司', () => {
    expect(suffixStatus('中国', '2018-12-01').status).toBe('fileable');
    expect(suffixStatus('xn--fiqs8s', '2018-12-01')).toMatchObject({ status: 'fileable', suffix: '中国' });
    expect(suffixStatus('.公司', '2020-01-01').status).toBe('fileable');
  });

  it('a multi-label suffix takes its parent’s status when not listed itself (com.cn → cn)', () => {
    expect(suffixStatus('com.cn', '2019-01-01')).toMatchObject({ status: 'fileable', suffix: 'cn' });
    expect(suffixStatus('gov.cn', '2023-01-01')).toMatchObject({
      status: 'fileable',
      suffix: 'gov.cn',
      listId: 'miit-gist',
    });
  });

  it('ccTLDs: .hk .jp never fileable; an unlisted ccTLD (.de) not fileable from TC19 ("all ccTLDs")', () => {
    expect(suffixStatus('hk', '2018-12-01').status).toBe('not-fileable');
    expect(suffixStatus('de', '2019-08-14').status).toBe('unknown');
    expect(suffixStatus('de', '2019-08-15')).toMatchObject({ status: 'not-fileable', listId: 'tc19-beijing' });
    // Explicitly listed ccTLDs keep their status: .cc and .tv are fileable.
    expect(suffixStatus('tv', '2020-01-01').status).toBe('fileable');
  });

  it('an unlisted generic suffix is unknown (check domain.miit.gov.cn)', () => {
    expect(suffixStatus('example', '2025-01-01')).toMatchObject({ status: 'unknown', suffix: 'example' });
    expect(readableSource(suffixStatus('example', '2025-01-01').source)).toContain(
      '《域名信息查询（已批准的顶级域名）》, 工业和信息化部',
    );
    expect(suffixStatus('example', '2025-01-01').asOf).toBeUndefined();
  });

  it('isCcTld', () => {
    expect(['hk', '.io', 'com.cn', '中国', 'XN--FIQS8S'].map(isCcTld)).toEqual([true, true, true, true, true]);
    expect(['com', 'xyz', '公司', ''].map(isCcTld)).toEqual([false, false, false, false]);
  });
});

describe('suffix restrictions by nature and province (HW25 / N21, TC19 上海, TC17 重庆)', () => {
  it('事业单位 may use only .cn / .公益', () => {
    expect(suffixRestrictionsBroken('com', { nature: '事业单位', date: '2026-01-01' }).map((r) => r.id)).toEqual([
      'public-institution-cn-gongyi',
    ]);
    expect(suffixRestrictionsBroken('cn', { nature: '事业单位', date: '2026-01-01' })).toEqual([]);
    expect(suffixRestrictionsBroken('公益', { nature: '事业单位', date: '2026-01-01' })).toEqual([]);
  });
  it('政府机关 may use only .gov.cn / .政务 (from 国办函〔2018〕55号, 2018-09-06)', () => {
    expect(suffixRestrictionsBroken('com.cn', { nature: '政府机关', date: '2018-09-06' }).map((r) => r.id)).toEqual([
      'government-gov-cn-zhengwu',
    ]);
    expect(suffixRestrictionsBroken('com.cn', { nature: '政府机关', date: '2018-09-05' })).toEqual([]);
    expect(suffixRestrictionsBroken('gov.cn', { nature: '政府机关', date: '2020-01-01' })).toEqual([]);
  });
  it('individuals in 上海 may not file .tv; elsewhere they may', () => {
    expect(
      suffixRestrictionsBroken('tv', { nature: '个人', provinceCode: '31', date: '2020-01-01' }).map((r) => r.id),
    ).toEqual(['sh-individual-no-tv']);
    expect(suffixRestrictionsBroken('tv', { nature: '个人', provinceCode: '33', date: '2020-01-01' })).toEqual([]);
    expect(suffixRestrictionsBroken('tv', { nature: '企业', provinceCode: '31', date: '2020-01-01' })).toEqual([]);
  });
  it('individuals in 重庆 may not file .org (TC17, 2017-06-05)', () => {
    expect(
      suffixRestrictionsBroken('org', { nature: '个人', provinceCode: '500000', date: '2018-01-01' }).map((r) => r.id),
    ).toEqual(['cq-individual-no-org']);
  });
  it('rows carry sources and dates', () => {
    for (const r of SUFFIX_RESTRICTIONS) {
      expect(r.source).not.toBe('');
      expect(r.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('never throws (fast-check)', () => {
  it('suffixStatus, isCcTld and suffixRestrictionsBroken on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), fc.string({ maxLength: 12 }), (s, d) => {
        const r = suffixStatus(s, d);
        expect(['fileable', 'not-fileable', 'unknown']).toContain(r.status);
        isCcTld(s);
        suffixRestrictionsBroken(s, { nature: d, provinceCode: d, date: d });
      }),
      { numRuns: 300 },
    );
  });
});
