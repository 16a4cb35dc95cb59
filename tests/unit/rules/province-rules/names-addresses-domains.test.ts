// Province website-name limits, address rules and domain suffixes (research §2 province-specific names, §3, §4).
import { describe, expect, it } from 'vitest';
import { SUFFIX_RESTRICTIONS } from '../../../../shared/rules/data/domain-suffixes';
import type { NameWordsProvinceRow, SuffixRestrictionProvinceRow } from '../../../../shared/rules/factories';
import { PROVINCE_PACKS } from '../../../../shared/rules/provinces';
import { baseDraft, baseFor, clone, fired, placeOf, site, subject, testEveryRuleOf } from './harness';

const pack = (id: string) => {
  const p = PROVINCE_PACKS.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};

describe('province words in website names (河南 个人/个人网站, 上海 organisations 论坛 and 纪检…)', () => {
  testEveryRuleOf('websiteNameWords', (u, date) => {
    const row = u.record.row as NameWordsProvinceRow;
    const trigger = baseFor(u, date);
    site(trigger).name = `山水${row.words[row.words.length - 1]}记录`;
    const fixed = clone(trigger);
    site(fixed).name = '山水摄影记录';
    return { trigger, fixed };
  });
});

describe("no person's name in the website name (河南, 四川; TC19)", () => {
  testEveryRuleOf('websiteNameNotPersonName', (u, date) => {
    const trigger = baseFor(u, date);
    site(trigger).name = `${subject(trigger).principal.name ?? ''}摄影记录`;
    const fixed = clone(trigger);
    site(fixed).name = '山水摄影记录';
    return { trigger, fixed };
  });
});

describe('no administrative place names in website names (海南 personal, 云南 all; TC19)', () => {
  testEveryRuleOf('placeNamesInWebsiteName', (u, date) => {
    const trigger = baseFor(u, date);
    site(trigger).name = '怒江摄影记录';
    const fixed = clone(trigger);
    site(fixed).name = '山水摄影记录';
    return { trigger, fixed };
  });

  it('云南: even a company whose own name has the place may not use it (TC19 「怒江网」 example)', () => {
    const d = baseDraft(pack('yn'), 'organisation', '2020-01-01');
    subject(d).name = '怒江野花电子商务有限公司';
    site(d).name = '怒江网';
    expect(fired(d, 'yn.website-name-place-name', '2020-01-01')[0]?.message.zh).toContain('怒江');
  });
});

describe('江苏 (TC17): personal names only 「xx的个人博客」/「xx的个人主页」', () => {
  testEveryRuleOf('websiteNameRequiredForm', (u, date) => {
    const trigger = baseFor(u, date);
    const fixed = clone(trigger);
    site(fixed).name = '李明的个人主页';
    return { trigger, fixed };
  });
});

describe('通讯地址 and 证件住所 in the same city (河北, 河南, 贵州; HW25)', () => {
  testEveryRuleOf('sameCityAddresses', (u, date) => {
    const trigger = baseFor(u, date);
    const place = placeOf(u.pack.code);
    if (!place.otherCity) throw new Error('province with one city');
    subject(trigger).city = place.otherCity;
    const fixed = baseFor(u, date);
    return { trigger, fixed };
  });

  it('without a selected city, the city the 通讯地址 names counts', () => {
    const d = baseDraft(pack('ha'), 'individual', '2026-01-01');
    const place = placeOf('41');
    delete subject(d).city;
    subject(d).mailAddress = `${place.otherCity ?? ''}人民路1号`;
    expect(fired(d, 'ha.same-city-addresses', '2026-01-01')).toHaveLength(1);
  });
});

describe('北京: unit numbers in words (TC19 个人 #2, 企事业 #4)', () => {
  testEveryRuleOf('addressUnitWords', (u, date) => {
    const trigger = baseFor(u, date);
    subject(trigger).mailAddress = '人民路1号1-2-3';
    const fixed = clone(trigger);
    subject(fixed).mailAddress = '人民路1号1单元2层3号';
    return { trigger, fixed };
  });
});

describe('suffixes a province refuses (上海 personal .tv TC19, 重庆 personal .org TC17) — rows of domain-suffixes.ts', () => {
  testEveryRuleOf('suffixRestriction', (u, date) => {
    const row = u.record.row as SuffixRestrictionProvinceRow;
    const suffix = SUFFIX_RESTRICTIONS.find((r) => r.id === row.restrictionId)?.suffixes[0];
    const trigger = baseFor(u, date);
    site(trigger).domains = [`shanshui-photo.${suffix ?? ''}`];
    site(trigger).homeUrl = `www.shanshui-photo.${suffix ?? ''}`;
    return { trigger, fixed: baseFor(u, date) };
  });

  it('上海: an organisation may file .tv', () => {
    const d = baseDraft(pack('sh'), 'organisation', '2020-01-01');
    site(d).domains = ['shanshui.tv'];
    expect(fired(d, 'sh.individual-tv-domain', '2020-01-01')).toEqual([]);
  });
});
