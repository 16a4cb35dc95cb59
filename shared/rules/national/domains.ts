import { homeUrlMatchesDomains } from '../../formats/home-url';
import { suffixRestrictionsBroken, suffixStatus } from '../data/domain-suffixes';
import { readableSource } from '../data/references';
import { defineRule, forEachWebsite, memo, present } from '../define';
import type { RuleContext, RuleHit } from '../types';
import { getFormat } from './format-rules';

interface ParsedDomain {
  path: string;
  value: string;
  registrable?: string;
  suffix?: string;
}

/** Every domain of every website, parsed once per check. */
function domainsOf(ctx: RuleContext): ParsedDomain[] {
  return memo(ctx, 'domains', () => {
    const format = getFormat('domain-name');
    const out: ParsedDomain[] = [];
    ctx.draft.websites?.forEach((w, i) => {
      w.domains?.forEach((d, j) => {
        const value = present(d);
        if (!value) return;
        const r = format?.check(value, { today: ctx.date });
        const details = (r?.details ?? {}) as { registrable?: string; suffix?: string };
        const p: ParsedDomain = { path: `websites[${i}].domains[${j}]`, value };
        if (details.registrable) p.registrable = details.registrable;
        if (details.suffix) p.suffix = details.suffix;
        out.push(p);
      });
    });
    return out;
  });
}

/** The suffix must be fileable on the filing date (spec §5.2 and later dated public lists). */
export const suffixFileable = defineRule({
  id: 'domain.suffix-fileable',
  fields: ['websites[].domains[]'],
  severity: 'error',
  message: {
    zh: '域名后缀「.{suffix}」不能备案（依据：{listSource}，{asOf}）。',
    en: 'Domains ending in ".{suffix}" cannot be filed (per {listSource}, {asOf}).',
  },
  fix: {
    zh: '请改用工信部已批准的后缀（如 .cn .com .net .中国），或在工信部域名信息查询系统核实该后缀。',
    en: "Use a suffix MIIT has approved (e.g. .cn .com .net .中国), or check the suffix in MIIT's domain registry list.",
  },
  source: 'spec §5.2; TCFAQ 域名相关; QC 北京 可备案域名后缀; HW25 备案域名咨询',
  effective: {},
  examples: {
    fires: [
      {
        draft: { websites: [{ domains: ['zhangsan.ai'] }] },
        field: 'websites[0].domains[0]',
        note: '.ai cannot be filed',
      },
      {
        draft: { websites: [{ domains: ['zhangsan.page'] }] },
        field: 'websites[0].domains[0]',
        note: 'a suffix no list names (warning)',
      },
    ],
    passes: [{ draft: { websites: [{ domains: ['zhangsan.xyz'] }] }, note: '.xyz is fileable' }],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const d of domainsOf(ctx)) {
      if (!d.suffix) continue;
      const s = suffixStatus(d.suffix, ctx.date);
      const params = { suffix: d.suffix, listSource: readableSource(s.source), asOf: s.asOf ?? '日期不详 / undated' };
      if (s.status === 'not-fileable') hits.push({ field: d.path, params });
      else if (s.status === 'unknown')
        hits.push({
          field: d.path,
          severity: 'warning',
          params,
          message: {
            zh: `域名后缀「.${d.suffix}」不在已知可备案后缀名单中，可能无法备案。`,
            en: `The suffix ".${d.suffix}" is not on any known list of fileable suffixes: it probably cannot be filed.`,
          },
        });
    }
    return hits;
  },
});

/** One domain belongs to one website only (spec §5.4). */
export const duplicateDomain = defineRule({
  id: 'domain.duplicate',
  fields: ['websites[].domains[]'],
  severity: 'error',
  message: {
    zh: '域名 {domain} 重复填写（已在网站{first}中）。',
    en: 'The domain {domain} is entered twice (already in website {first}).',
  },
  fix: {
    zh: '删除重复的域名：一个域名只能属于一个网站。',
    en: 'Remove the duplicate: a domain belongs to one website only.',
  },
  source: 'spec §5.4',
  effective: {},
  examples: {
    fires: [
      {
        draft: { websites: [{ domains: ['zhangsan.cn'] }, { domains: ['www.zhangsan.cn'] }] },
        field: 'websites[1].domains[0]',
        note: 'the same registrable domain on two websites',
      },
    ],
    passes: [{ draft: { websites: [{ domains: ['zhangsan.cn'] }, { domains: ['lisi.cn'] }] }, note: 'two domains' }],
  },
  check(ctx) {
    const seen = new Map<string, string>();
    const hits: RuleHit[] = [];
    for (const d of domainsOf(ctx)) {
      const key = d.registrable ?? d.value.toLowerCase();
      const first = seen.get(key);
      if (first)
        hits.push({ field: d.path, params: { domain: key, first: String(Number(/\d+/.exec(first)?.[0] ?? 0) + 1) } });
      else seen.set(key, d.path);
    }
    return hits;
  },
});

/** The remark saying several domains are one site, in any of its usual wordings (spec §5.4). */
export const SAME_SITE_REMARK = /域名.{0,6}指向.{0,4}同一.{0,2}网站|指向同一(个)?网站/;

/** Several domains in one website need the remark 「域名指向同一网站」 (spec §4.3, §5.4). */
export const multiDomainRemark = defineRule({
  id: 'domain.multi-domain-remark',
  fields: ['websites[].domains[]', 'websites[].remark'],
  severity: 'error',
  message: {
    zh: '网站{n}填写了 {count} 个域名，但备注中没有写明「域名指向同一网站」。',
    en: 'Website {n} has {count} domains but its remark does not say "域名指向同一网站" (the domains point to the same site).',
  },
  fix: {
    zh: '在网站备注中写明「域名指向同一网站」；若这些域名是不同的网站，请分别添加网站。',
    en: 'Add "域名指向同一网站" to the website remark, or add the domains as separate websites if they are different sites.',
  },
  source: 'spec §4.3, §5.4',
  effective: {},
  examples: {
    fires: [
      {
        draft: { websites: [{ domains: ['zhangsan.cn', 'zhangsan.com'], remark: '' }] },
        field: 'websites[0].remark',
        note: 'two domains, no remark',
      },
    ],
    passes: [
      {
        draft: { websites: [{ domains: ['zhangsan.cn', 'zhangsan.com'], remark: '两个域名指向同一网站' }] },
        note: 'the same-site remark',
      },
    ],
  },
  check(ctx) {
    return forEachWebsite(ctx, (w, prefix, i) => {
      const count = (w.domains ?? []).filter((d) => present(d)).length;
      if (count < 2 || SAME_SITE_REMARK.test(w.remark ?? '')) return undefined;
      return { field: `${prefix}.remark`, params: { n: i + 1, count } };
    });
  },
});

/** 网站首页URL must be on one of the website's domains (spec §4.3). */
export const homeUrlOnDomain = defineRule({
  id: 'domain.home-url-on-domain',
  fields: ['websites[].homeUrl', 'websites[].domains[]'],
  severity: 'error',
  message: {
    zh: '网站首页URL「{url}」不在该网站填写的域名（{domains}）下。',
    en: 'The home page URL "{url}" is not on the website\'s domains ({domains}).',
  },
  fix: {
    zh: '首页URL须使用本网站已填写的域名，例如 www.{first}。',
    en: "Use one of the website's own domains, e.g. www.{first}.",
  },
  source: 'spec §4.3',
  effective: {},
  examples: {
    fires: [
      {
        draft: { websites: [{ domains: ['zhangsan.cn'], homeUrl: 'www.lisi.cn' }] },
        field: 'websites[0].homeUrl',
        note: 'another domain',
      },
    ],
    passes: [
      { draft: { websites: [{ domains: ['zhangsan.cn'], homeUrl: 'www.zhangsan.cn' }] }, note: 'a subdomain of it' },
    ],
  },
  check(ctx) {
    return forEachWebsite(ctx, (w, prefix) => {
      const url = present(w.homeUrl);
      const domains = (w.domains ?? []).map((d) => present(d)).filter((d): d is string => !!d);
      if (!url || domains.length === 0 || homeUrlMatchesDomains(url, domains)) return undefined;
      return { field: `${prefix}.homeUrl`, params: { url, domains: domains.join(', '), first: domains[0] ?? '' } };
    });
  },
});

/** The domain must be real-name verified and held by the subject (spec §5.1, §5.3, since 2018-01-01). */
export const domainHolder = defineRule({
  id: 'domain.holder-matches-subject',
  fields: ['websites[].domains[]'],
  severity: 'info',
  message: {
    zh: '域名 {domain} 须已实名认证，且持有者与主办单位（{holder}）完全一致；隐私保护须在审核期间关闭。',
    en: 'The domain {domain} must be real-name verified and held by exactly the subject ({holder}); turn WHOIS privacy off during review.',
  },
  fix: {
    zh: '在域名注册商处核对持有者名称与证件；实名认证后约需 3 个工作日才能同步到工信部。',
    en: 'Check the holder name and document at the registrar; real-name data takes about 3 working days to reach MIIT.',
  },
  source: 'spec §5.1, §5.3; TCDOM (effective 2018-01-01); HW25 域名 (2025-12-31)',
  effective: { from: '2018-01-01' },
  examples: {
    fires: [
      {
        draft: { websites: [{ domains: ['zhangsan.cn'] }] },
        field: 'websites[0].domains[0]',
        note: 'a reminder on the first domain',
      },
    ],
    passes: [{ draft: { websites: [{ domains: [''] }] }, note: 'no domain yet' }],
  },
  check(ctx) {
    const holder = present(ctx.draft.subject?.name) ?? '主办单位 / the subject';
    return domainsOf(ctx)
      .slice(0, 1)
      .map((d) => ({ field: d.path, params: { domain: d.registrable ?? d.value, holder } }));
  },
});

/**
 * Some subjects may file only some suffixes (事业单位 .cn/.公益, 政府机关 .gov.cn/.政务), and some provinces
 * refuse some suffixes to individuals. Each restriction is a dated data row in data/domain-suffixes.ts.
 */
export const suffixForNature = defineRule({
  id: 'domain.suffix-for-nature',
  fields: ['websites[].domains[]', 'subject.nature'],
  severity: 'error',
  message: {
    zh: '主办单位性质为「{nature}」时，域名 {domain} 的后缀「.{suffix}」不能备案（{rowSource}）。',
    en: 'A subject of nature "{nature}" cannot file {domain}: the suffix ".{suffix}" is not allowed ({rowSource}).',
  },
  fix: { zh: '{rowFix}', en: '{rowFixEn}' },
  source: '国办函〔2018〕55号; 《互联网政务应用安全管理规定》; TC19 上海; TC17 重庆',
  effective: {},
  examples: {
    fires: [
      {
        draft: { subject: { nature: '政府机关' }, websites: [{ domains: ['zhangsan.com'] }] },
        field: 'websites[0].domains[0]',
        note: 'a government body on .com',
      },
    ],
    passes: [
      { draft: { subject: { nature: '企业' }, websites: [{ domains: ['zhangsan.com'] }] }, note: 'a company on .com' },
    ],
  },
  check(ctx) {
    const nature = present(ctx.draft.subject?.nature);
    if (!nature) return [];
    const hits: RuleHit[] = [];
    for (const d of domainsOf(ctx)) {
      if (!d.suffix) continue;
      for (const row of suffixRestrictionsBroken(d.suffix, {
        nature,
        ...(ctx.provinceCode ? { provinceCode: ctx.provinceCode } : {}),
        date: ctx.date,
      })) {
        const list = row.suffixes.map((x) => `.${x}`).join(' ');
        hits.push({
          field: d.path,
          ...(row.severity ? { severity: row.severity } : {}),
          params: {
            nature,
            domain: d.value,
            suffix: d.suffix,
            rowSource: readableSource(row.source),
            rowFix: row.rule === 'only' ? `请使用以下后缀的域名：${list}。` : `请改用其他后缀（不能使用 ${list}）。`,
            rowFixEn: row.rule === 'only' ? `Use a domain ending in ${list}.` : `Use another suffix (not ${list}).`,
          },
        });
      }
    }
    return hits;
  },
});

export const DOMAIN_RULES = [
  suffixForNature,
  suffixFileable,
  duplicateDomain,
  multiDomainRemark,
  homeUrlOnDomain,
  domainHolder,
];
