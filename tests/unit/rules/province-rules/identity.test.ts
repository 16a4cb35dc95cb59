// Local IDs for individuals and the principals' minimum age (research §3 「P: 证件住址 / 年龄」; N29).
import { describe, expect, it } from 'vitest';
import type { FilingDraft } from '../../../../shared/domain/draft';
import type { DocumentTypeForbiddenRow, MinimumAgeRow } from '../../../../shared/rules/factories';
import { PROVINCE_PACKS } from '../../../../shared/rules/provinces';
import {
  addDays,
  baseDraft,
  baseFor,
  clone,
  fired,
  idNumber,
  placeOf,
  site,
  subject,
  testEveryRuleOf,
} from './harness';

const pack = (id: string) => {
  const p = PROVINCE_PACKS.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};

/** Make the draft's individual a resident of another province (address and ID number). */
function fromElsewhere(d: FilingDraft, code: string): FilingDraft {
  const other = PROVINCE_PACKS.find((p) => p.code !== code && p.code !== '11') ?? pack('11');
  const place = placeOf(other.code);
  const id = idNumber(place.cityCode, '1990-03-07');
  const s = subject(d);
  s.idAddress = `${other.name}${place.city === other.name ? '' : place.city}${place.district}人民路1号`;
  s.idNumber = id;
  s.principal.idNumber = id;
  const wp = site(d).principal;
  if (wp) wp.idNumber = id;
  return d;
}

describe('local ID / residence proof for individuals (青海, 新疆, 重庆 … local only; 上海, 江苏 … proof)', () => {
  testEveryRuleOf('localIdForIndividuals', (u, date) => ({
    trigger: fromElsewhere(baseFor(u, date), u.pack.code),
    fixed: baseFor(u, date),
  }));

  it("without a document address, the ID number's first two digits decide (a warning: a residence permit may be accepted)", () => {
    const d = fromElsewhere(baseDraft(pack('qh'), 'individual', '2020-01-01'), '63');
    delete subject(d).idAddress;
    const f = fired(d, 'qh.local-id', '2020-01-01');
    expect(f.map((x) => [x.field, x.severity])).toEqual([['subject.idNumber', 'warning']]);
    expect(f[0]?.message.zh).toContain('证件号码前两位');
  });

  it('an address in the province wins over the ID number (the number keeps the region of first issue)', () => {
    const d = fromElsewhere(baseDraft(pack('qh'), 'individual', '2020-01-01'), '63');
    subject(d).idAddress = '青海省西宁市城东区人民路1号';
    expect(fired(d, 'qh.local-id', '2020-01-01')).toEqual([]);
  });

  it('a passport is not judged by its number', () => {
    const d = fromElsewhere(baseDraft(pack('qh'), 'individual', '2020-01-01'), '63');
    delete subject(d).idAddress;
    subject(d).idType = '护照';
    subject(d).idNumber = 'E12345678';
    expect(fired(d, 'qh.local-id', '2020-01-01')).toEqual([]);
  });

  it('江西: TC19 local only until HW25 (2025-12-31), then a residence permit with proof', () => {
    const d = fromElsewhere(baseDraft(pack('jx'), 'individual', '2025-12-30'), '36');
    expect(fired(d, 'jx.local-id', '2025-12-30')).toHaveLength(1);
    expect(fired(d, 'jx.residence-proof', '2025-12-30')).toEqual([]);
    expect(fired(d, 'jx.local-id', '2025-12-31')).toEqual([]);
    expect(fired(d, 'jx.residence-proof', '2025-12-31')).toHaveLength(1);
  });
});

/** An ID number whose holder is `age` on `date` (birthday 100 days after the date's day of year). */
function bornAged(cityCode: string, age: number, date: string): string {
  const birth = addDays(`${Number(date.slice(0, 4)) - age - 1}${date.slice(4)}`, 100);
  return idNumber(cityCode, birth, '456');
}

describe("minimum age from the ID number's birth date (most provinces ≥ 18; 江苏/重庆 16–18 with proof; 广东 organisations ≥ 16)", () => {
  testEveryRuleOf('minimumAge', (u, date) => {
    const { bands } = u.record.row as MinimumAgeRow;
    const last = bands[bands.length - 1];
    if (!last) throw new Error('bands');
    const trigger = baseFor(u, date);
    const id = bornAged(placeOf(u.pack.code).cityCode, last.below - 1, date);
    const s = subject(trigger);
    if (s.nature === '个人') s.idNumber = id;
    s.principal.idNumber = id;
    const wp = site(trigger).principal;
    if (wp) wp.idNumber = id;
    return { trigger, fixed: baseFor(u, date) };
  });

  it('江苏: 15 is refused, 17 needs proof of employment or income, 18 passes (TC17 个人 #1; TC19 个人 #2)', () => {
    const date = '2020-06-01';
    const d = baseDraft(pack('js'), 'individual', date);
    const set = (age: number) => {
      const id = bornAged(placeOf('32').cityCode, age, date);
      subject(d).idNumber = id;
      subject(d).principal.idNumber = id;
      const wp = site(d).principal;
      if (wp) wp.idNumber = id;
      return fired(clone(d), 'js.minimum-age', date);
    };
    expect(set(15)[0]?.message.zh).toContain('不予备案');
    expect(set(17)[0]?.message.zh).toContain('劳动就业证明或收入证明');
    expect(set(17)).toHaveLength(1); // one finding for one person, whatever the number of fields carrying the ID
    expect(set(18)).toEqual([]);
  });

  it('the age is counted on the filing date: the day before the 18th birthday is still 17', () => {
    const d = baseDraft(pack('tj'), 'individual', '2020-06-01');
    const id = idNumber(placeOf('12').cityCode, '2002-06-02');
    subject(d).idNumber = id;
    subject(d).principal.idNumber = id;
    delete site(d).principal;
    expect(fired(d, 'tj.minimum-age', '2020-06-01')).toHaveLength(1);
    expect(fired(d, 'tj.minimum-age', '2020-06-02')).toEqual([]);
  });
});

describe('document types not accepted (临时身份证: 内蒙古/海南 TC17, 上海 TC17 and QC; foreigners: 河北 TC17 and HW25)', () => {
  testEveryRuleOf('documentTypeForbidden', (u, date) => {
    const row = u.record.row as DocumentTypeForbiddenRow;
    const label = ['临时居民身份证', '护照', '外国人永久居留身份证'].find(
      (l) => row.pattern.test(l) && !row.except?.test(l),
    );
    if (!label) throw new Error(`no test label for ${u.rule.id}`);
    const trigger = baseFor(u, date);
    subject(trigger).idType = label;
    return { trigger, fixed: baseFor(u, date) };
  });

  it("河北: a Chinese passport is not a foreigner's document", () => {
    const d = baseDraft(pack('he'), 'individual', '2026-01-01');
    subject(d).idType = '中国护照';
    expect(fired(d, 'he.foreign-individual', '2026-01-01')).toEqual([]);
  });
});
