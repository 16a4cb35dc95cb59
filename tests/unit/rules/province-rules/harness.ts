/**
 * Test harness for the province packs: base drafts that satisfy the province rules, and a runner that,
 * for every rule a factory made, checks the rule fires on a triggering draft in its province on its
 * `from` date, not the day before, not in a province without such a rule, not on the fixed draft, and —
 * for rules that ended — on the day before `until` but not on it.
 */
import { expect, it } from 'vitest';
import type { FilingDraft, Principal } from '../../../../shared/domain/draft';
import { idNumberCheckChar } from '../../../../shared/formats/id-number';
import { citiesOf, districtsOf } from '../../../../shared/regions';
import { PERSONAL_PLEDGE } from '../../../../shared/rules/data/remark-templates';
import { checkDraft, ruleSources } from '../../../../shared/rules/engine';
import { type FactoryRecord, factoryRecord } from '../../../../shared/rules/factories';
import { PROVINCE_PACKS } from '../../../../shared/rules/provinces';
import type { ProvincePack, Rule } from '../../../../shared/rules/types';

/** `date` plus `days` (negative: before), `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A valid 18-digit ID number for a GB/T 2260 region and birth date. */
export function idNumber(region6: string, birth: string, seq = '123'): string {
  const body = `${region6}${birth.replaceAll('-', '')}${seq}`;
  return body + idNumberCheckChar(body);
}

/** The first city and district of a province (for municipalities: the municipality and its first district). */
export function placeOf(code: string): { city: string; cityCode: string; district: string; otherCity?: string } {
  const cities = citiesOf(code);
  const city = cities[0];
  if (!city) throw new Error(`no city for ${code}`);
  const district = districtsOf(city.code)[0];
  return {
    city: city.name,
    cityCode: city.code,
    district: district?.name ?? '',
    ...(cities[1] ? { otherCity: cities[1].name } : {}),
  };
}

/** A description of the site that satisfies every province's remark length (≥ 30 characters). */
export const DESCRIPTION =
  '本网站为个人网站，用于记录和分享本人的山水摄影作品与拍摄心得，不含任何企业或单位信息，不提供经营性服务。';
export const ORG_DESCRIPTION = '本网站为本公司官方网站，用于介绍公司业务、产品说明与联系方式。';

export type Nature = 'individual' | 'organisation';

/** A draft for `pack` that passes the pack's rules of the given nature (tests change one thing in it). */
export function baseDraft(pack: Pick<ProvincePack, 'code' | 'name'>, nature: Nature, date: string): FilingDraft {
  const place = placeOf(pack.code);
  const id = idNumber(place.cityCode, '1990-03-07');
  const individual = nature === 'individual';
  const principal: Principal = {
    name: '李明',
    idType: '身份证',
    idNumber: id,
    mobile: '13812345678',
    landline: '086-010-62345678',
    emergencyPhone: '13700002222',
    email: 'liming@qq.com',
  };
  const subjectName = individual ? '李明' : '山水科技有限公司';
  return {
    filingType: 'first',
    date,
    subject: {
      province: pack.name,
      city: place.city,
      district: place.district,
      nature: individual ? '个人' : '企业',
      idType: individual ? '身份证' : '工商营业执照',
      idNumber: individual ? id : '91110108772551611J',
      name: subjectName,
      idAddress: `${pack.name}${place.city === pack.name ? '' : place.city}${place.district}人民路1号`,
      mailAddress: '人民路1号',
      investor: individual ? undefined : subjectName,
      remark: individual ? '紧急联系人：王芳（联系方式2）' : '',
      principal: { ...principal },
    },
    websites: [
      {
        name: individual ? '山水摄影记录' : subjectName,
        domains: ['shanshui-photo.com'],
        homeUrl: 'www.shanshui-photo.com',
        serviceContent: ['其他'],
        languages: ['中文简体'],
        preApproval: [],
        remark: individual ? `${DESCRIPTION}${PERSONAL_PLEDGE}` : ORG_DESCRIPTION,
        principal: { ...principal },
      },
    ],
  };
}

export function clone<T>(v: T): T {
  return structuredClone(v);
}

export interface Scenario {
  /** Fires the rule in its province. */
  trigger: FilingDraft;
  /** The trigger draft with the problem fixed. */
  fixed: FilingDraft;
}

export interface RuleUnderTest {
  rule: Rule;
  record: FactoryRecord;
  pack: ProvincePack;
}

/** Every province rule a factory made, with its data row and pack. */
export function rulesOfFactory(factory: string): RuleUnderTest[] {
  const out: RuleUnderTest[] = [];
  for (const pack of PROVINCE_PACKS)
    for (const rule of pack.rules) {
      const record = factoryRecord(rule);
      if (record?.factory === factory) out.push({ rule, record, pack });
    }
  return out;
}

/** The rule name after the pack id: `individual-service-content`. */
export function ruleName(rule: Rule): string {
  return rule.id.slice(rule.id.indexOf('.') + 1);
}

export function fired(draft: FilingDraft, ruleId: string, date: string) {
  return checkDraft(draft, { date }).findings.filter((f) => f.rule === ruleId);
}

/** A province none of whose rules comes from `factory` (hand-written rules: none) or shares the rule's name. */
function controlPack(factory: string, name: string): ProvincePack {
  const sameFactory = (r: Rule) => factory !== 'custom' && factoryRecord(r)?.factory === factory;
  const pack = PROVINCE_PACKS.find((p) => p.rules.every((r) => !sameFactory(r) && ruleName(r) !== name));
  if (!pack) throw new Error(`every province has a ${factory} rule`);
  return pack;
}

/** The same draft filed in another province. */
export function inProvince(draft: FilingDraft, pack: Pick<ProvincePack, 'name'>): FilingDraft {
  const d = clone(draft);
  if (d.subject) d.subject.province = pack.name;
  return d;
}

/**
 * One test per rule of `factory`: fires in its province from `from` (not the day before), not in a control
 * province, not on the fixed draft, and not from `until` on.
 */
export function testEveryRuleOf(factory: string, build: (u: RuleUnderTest, date: string) => Scenario): void {
  const rules = rulesOfFactory(factory);
  it(`${factory}: the packs use it`, () => {
    expect(rules.length).toBeGreaterThan(0);
  });
  for (const u of rules) it(`${u.rule.id} (${u.rule.source})`, () => checkScenario(u, build));
}

/** The rule under test by id (hand-written rules too). */
export function ruleById(id: string): RuleUnderTest {
  for (const pack of PROVINCE_PACKS)
    for (const rule of pack.rules) {
      const record = factoryRecord(rule);
      if (rule.id === id && record) return { rule, record, pack };
    }
  throw new Error(`no province rule ${id}`);
}

/** The seed guide's date: rules without a start date are checked on it. */
export const SPEC_DATE = '2018-11-28';

/** The assertions of testEveryRuleOf for one rule. */
export function checkScenario(u: RuleUnderTest, build: (u: RuleUnderTest, date: string) => Scenario): void {
  const { rule, record } = u;
  // A row only restated by provider pages has no start date: it is tested on the spec's date.
  const from = record.row.from ?? SPEC_DATE;
  const on = (d: FilingDraft, date: string) => fired({ ...clone(d), date }, rule.id, date);
  const s = build(u, from);
  const hits = on(s.trigger, from);
  expect(hits.length, `${rule.id} fires on its trigger draft on ${from}`).toBeGreaterThan(0);
  for (const h of hits) {
    expect(h.message.zh.length).toBeGreaterThan(5);
    expect(h.message.en.length).toBeGreaterThan(5);
    expect(h.fix?.zh && h.fix.en, `${rule.id} hit has a fix`).toBeTruthy();
    expect(h.message.zh + h.message.en).not.toMatch(/\{\w+\}/);
    expect(h.source).toBe(ruleSources(rule).text);
  }
  if (record.row.from)
    expect(on(s.trigger, addDays(from, -1)), `${rule.id} is not in force the day before ${from}`).toEqual([]);
  else {
    // The restating page's date is an attestation, not a start: the rule holds the day before it too.
    const firstAttested = ruleSources(rule)
      .attested.map((a) => a.date)
      .sort()[0];
    if (firstAttested && /^\d{4}-\d{2}-\d{2}$/.test(firstAttested)) {
      const before = addDays(firstAttested, -1);
      const sBefore = build(u, before);
      expect(
        on(sBefore.trigger, before).length,
        `${rule.id} holds before its restatement ${firstAttested}`,
      ).toBeGreaterThan(0);
    }
  }
  const control = controlPack(record.factory, ruleName(rule));
  const elsewhere = checkDraft({ ...inProvince(s.trigger, control), date: from }, { date: from }).findings.filter((f) =>
    f.rule.endsWith(`.${ruleName(rule)}`),
  );
  expect(elsewhere, `${rule.id}: no such finding in ${control.name}`).toEqual([]);
  expect(on(s.fixed, from), `${rule.id}: the fixed draft passes`).toEqual([]);
  if (record.row.until) {
    const until = record.row.until;
    const sUntil = build(u, addDays(until, -1));
    expect(
      on(sUntil.trigger, addDays(until, -1)).length,
      `${rule.id} still in force the day before ${until}`,
    ).toBeGreaterThan(0);
    expect(on(sUntil.trigger, until), `${rule.id} ended on ${until}`).toEqual([]);
  }
}

/** The nature a rule is tested with. */
export function natureOf(u: RuleUnderTest, fallback: Nature = 'individual'): Nature {
  return u.rule.nature ?? fallback;
}

/** A base draft for the rule's pack, nature and first filing type. */
export function baseFor(u: RuleUnderTest, date: string, fallback: Nature = 'individual'): FilingDraft {
  const d = baseDraft(u.pack, natureOf(u, fallback), date);
  const type = u.rule.filingTypes?.[0];
  if (type) d.filingType = type;
  return d;
}

/** The first website of a draft (every base draft has one). */
export function site(d: FilingDraft) {
  const w = d.websites?.[0];
  if (!w) throw new Error('draft has a website');
  return w;
}

/** The subject of a draft (every base draft has one). */
export function subject(d: FilingDraft) {
  const s = d.subject;
  if (!s?.principal) throw new Error('draft has a subject and principal');
  return s as typeof s & { principal: Principal };
}
