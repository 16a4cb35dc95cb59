/**
 * Shared pieces of the province-rule factories: the pack a rule belongs to, the data row every factory
 * takes (citation, dates, nature, filing types), and the registry that records which factory made which
 * rule from which row — so the rules list shows their parameters and the tests can build a draft for
 * every row of every province.
 */
import type { Bilingual } from '../../domain/bilingual';
import type { FilingDraft, Principal, Website } from '../../domain/draft';
import type { FilingType } from '../../domain/filing-types';
import type { Severity } from '../../domain/finding';
import { idNumberCheckChar } from '../../formats/id-number';
import { provinceByCode } from '../../regions';
import type { RowCitation } from '../data/rule-sources';
import { defineRule, present } from '../define';
import type { Rule, RuleContext, RuleExample, RuleHit } from '../types';

/** The static fields of a ProvincePack. */
export interface PackMeta {
  code: string;
  name: string;
  short: string;
  id: string;
}

/** What every factory row carries. */
export interface RowBase extends RowCitation {
  /** The rule's id, written out in the pack file: the pack id, a dot, a name (`zj.individual-service-content`). */
  id: string;
  nature?: 'individual' | 'organisation';
  filingTypes?: readonly FilingType[];
  /** Overrides the factory's default severity. */
  severity?: Severity;
}

export interface FactoryRecord {
  factory: string;
  pack: string;
  row: RowBase;
}

const REGISTRY = new WeakMap<Rule, FactoryRecord>();

/** The factory and data row a province rule was made from (undefined for hand-written rules). */
export function factoryRecord(rule: Rule): FactoryRecord | undefined {
  return REGISTRY.get(rule);
}

/** English names of the provinces, for messages. */
const PROVINCE_EN: Readonly<Record<string, string>> = {
  '11': 'Beijing',
  '12': 'Tianjin',
  '13': 'Hebei',
  '14': 'Shanxi',
  '15': 'Inner Mongolia',
  '21': 'Liaoning',
  '22': 'Jilin',
  '23': 'Heilongjiang',
  '31': 'Shanghai',
  '32': 'Jiangsu',
  '33': 'Zhejiang',
  '34': 'Anhui',
  '35': 'Fujian',
  '36': 'Jiangxi',
  '37': 'Shandong',
  '41': 'Henan',
  '42': 'Hubei',
  '43': 'Hunan',
  '44': 'Guangdong',
  '45': 'Guangxi',
  '46': 'Hainan',
  '50': 'Chongqing',
  '51': 'Sichuan',
  '52': 'Guizhou',
  '53': 'Yunnan',
  '54': 'Tibet',
  '61': 'Shaanxi',
  '62': 'Gansu',
  '63': 'Qinghai',
  '64': 'Ningxia',
  '65': 'Xinjiang',
};

/** Full name and English name of a province by code (`浙江省` / `Zhejiang`), for messages about other provinces. */
export function provinceNames(code: string): Bilingual | undefined {
  const info = provinceByCode(code);
  return info ? { zh: info.name, en: PROVINCE_EN[info.code] ?? info.name } : undefined;
}

/** How messages name who a row applies to: 个人备案 / 单位备案 / 备案. */
export function natureLabel(nature: RowBase['nature']): Bilingual {
  if (nature === 'individual') return { zh: '个人备案', en: 'personal filings' };
  if (nature === 'organisation') return { zh: '单位备案', en: "organisations' filings" };
  return { zh: '备案', en: 'filings' };
}

/** `浙江` / `Zhejiang`: how messages name the province. */
export function provinceLabel(meta: PackMeta): Bilingual {
  const info = provinceByCode(meta.code);
  return {
    zh: info?.shortNames[0] ?? meta.name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, ''),
    en: PROVINCE_EN[meta.code] ?? meta.name,
  };
}

/** Fill `{province}` / `{provinceEn}` now: the rule's own message stays readable in rule listings. */
function withProvince(text: Bilingual, meta: PackMeta): Bilingual {
  const p = provinceLabel(meta);
  const fill = (s: string) => s.replaceAll('{province}', p.zh).replaceAll('{provinceEn}', p.en);
  return { zh: fill(text.zh), en: fill(text.en) };
}

export interface RuleBody {
  fields: string[];
  severity: Severity;
  /** `{province}` / `{provinceEn}` are filled from the pack; other placeholders from the hits. */
  message: Bilingual;
  fix: Bilingual;
  /**
   * Drafts on which the rule fires and stays silent, built by the factory from its row (the forbidden
   * choice fires, another passes). Written without province, nature and filing type: `provinceRule` adds
   * the pack's province, the row's nature and first filing type (an example's own values win).
   */
  examples?: { fires: RuleExample[]; passes: RuleExample[] };
  check(ctx: RuleContext): RuleHit[];
}

/** 主办单位性质 the examples use for a row's nature (个人, or 企业 for organisations). */
export function exampleNature(row: Pick<RowBase, 'nature'>): string {
  return row.nature === 'organisation' ? '企业' : '个人';
}

/** The filing date a factory's examples are checked on (the rule's first day, else its last, else today). */
export function exampleDate(row: Pick<RowBase, 'from' | 'until'>): string {
  if (row.from) return row.from;
  if (row.until) {
    const d = new Date(`${row.until}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  }
  return '2026-12-07';
}

/** A valid 18-digit resident ID number for examples: the province's code, a birth date, its check character. */
export function exampleIdNumber(provinceCode: string, birthDate = '1990-03-07'): string {
  const body = `${provinceCode}0102${birthDate.replaceAll('-', '')}123`;
  return body + idNumberCheckChar(body);
}

/** A province code other than `code` (for "not local" examples). */
export function otherProvinceCode(code: string): string {
  return code === '11' ? '31' : '11';
}

/** An example draft in the pack's province, with the row's nature and first filing type. */
function scoped(meta: PackMeta, row: RowBase, example: RuleExample): RuleExample {
  const draft: FilingDraft = {
    ...(row.filingTypes?.[0] ? { filingType: row.filingTypes[0] } : {}),
    ...example.draft,
    subject: { province: meta.name, nature: exampleNature(row), ...example.draft.subject },
  };
  return { ...example, draft };
}

/** Build and register a province rule from a factory's body and a data row. */
export function provinceRule(factory: string, meta: PackMeta, row: RowBase, body: RuleBody): Rule {
  const effective: Rule['effective'] = {};
  if (row.from) effective.from = row.from;
  if (row.until) effective.until = row.until;
  const rule = defineRule({
    id: row.id,
    fields: body.fields,
    severity: row.severity ?? body.severity,
    message: withProvince(body.message, meta),
    fix: withProvince(body.fix, meta),
    source: row.source,
    ...(row.sourceUrl ? { sourceUrl: row.sourceUrl } : {}),
    effective,
    ...(row.filingTypes ? { filingTypes: row.filingTypes } : {}),
    ...(row.nature ? { nature: row.nature } : {}),
    ...(body.examples
      ? {
          examples: {
            fires: body.examples.fires.map((e) => scoped(meta, row, e)),
            passes: body.examples.passes.map((e) => scoped(meta, row, e)),
          },
        }
      : {}),
    check: body.check,
  });
  REGISTRY.set(rule, { factory, pack: meta.id, row });
  return rule;
}

/**
 * Whether a field counts as blank: shown blank (`''`, only spaces, empty list), or — in `complete` mode
 * (a whole draft) — missing from a section that is there. In `page` mode a missing field is unknown.
 */
export function isBlankField(ctx: RuleContext, parent: object | undefined, key: string): boolean {
  if (!parent) return false;
  const value = (parent as Record<string, unknown>)[key];
  if (value === undefined || value === null) return ctx.mode === 'complete';
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every((v) => typeof v !== 'string' || v.trim() === '');
  return false;
}

export interface PrincipalAt {
  path: string;
  principal: Principal;
  who: Bilingual;
}

/** The subject principal and each website principal, with how messages name them. */
export function principalsAt(ctx: RuleContext): PrincipalAt[] {
  const out: PrincipalAt[] = [];
  const sp = ctx.draft.subject?.principal;
  if (sp)
    out.push({ path: 'subject.principal', principal: sp, who: { zh: '主体负责人', en: 'the subject principal' } });
  ctx.draft.websites?.forEach((w, i) => {
    if (w.principal)
      out.push({
        path: `websites[${i}].principal`,
        principal: w.principal,
        who: { zh: `网站${i + 1}的负责人`, en: `the principal of website ${i + 1}` },
      });
  });
  return out;
}

/** Non-blank domains of a website. */
export function domainsOf(website: Website | undefined): string[] {
  return (website?.domains ?? []).map((d) => present(d)).filter((d): d is string => !!d);
}

/** Every non-blank remark of the draft (subject and websites), joined. */
export function allRemarks(ctx: RuleContext): string {
  return [ctx.draft.subject?.remark, ...(ctx.draft.websites ?? []).map((w) => w.remark)]
    .map((r) => present(r) ?? '')
    .join('\n');
}

/** Whether a 主办单位性质 value is one of `natures` (as the form shows them, compared without spaces). */
export function natureIs(ctx: RuleContext, natures: readonly string[]): boolean {
  const n = present(ctx.draft.subject?.nature)?.normalize('NFKC').replace(/\s/g, '');
  return !!n && natures.includes(n);
}
