import type { FilingType } from '../../../domain/filing-types';
import { defineRule, forEachWebsite, present } from '../../define';
import type { RuleContext } from '../../types';

/**
 * 工信管函〔2019〕633号 (research F1/X6): from 2019-04-22 the system returns a 首次备案 or 新增网站 whose
 * website lists more than one domain (「一个网站仅允许填报一个域名」, 「一个域名对应一个备案编号」);
 * a 变更 of a multi-domain website may only keep or remove domains. Tencent's console says the same today
 * (「一个网站只能提交一个域名」). Before that day several domains with the same-site remark passed (spec §5.4).
 */
export const ONE_DOMAIN_PER_WEBSITE = {
  from: '2019-04-22',
  filingTypes: ['first', 'new-website-elsewhere', 'new-website-here'] as const satisfies readonly FilingType[],
  source:
    '工信管函〔2019〕633号 「首次备案、新增网站时：一个网站仅允许填报一个域名」; TC 通过控制台进行首次备案 「一个网站只能提交一个域名」',
};

const NEW_WEBSITE_TYPES: ReadonlySet<string> = new Set(ONE_DOMAIN_PER_WEBSITE.filingTypes);

type DateAndType = Pick<RuleContext, 'date' | 'filingType'>;

/**
 * How the one-domain rule applies to a draft: `error` for a known 首次备案 / 新增网站 on or after 2019-04-22,
 * `warning` when the filing type is not known yet (a 变更 may keep several domains), else undefined.
 */
export function oneDomainSeverity(ctx: DateAndType): 'error' | 'warning' | undefined {
  if (ctx.date < ONE_DOMAIN_PER_WEBSITE.from) return undefined;
  if (ctx.filingType === undefined) return 'warning';
  return NEW_WEBSITE_TYPES.has(ctx.filingType) ? 'error' : undefined;
}

/**
 * Whether the same-site remark (「域名指向同一网站」, spec §5.4) may still be suggested: before 2019-04-22,
 * or afterwards only for a legacy multi-domain website in a filing that is known not to add websites.
 */
export function sameSiteRemarkApplies(ctx: DateAndType): boolean {
  if (ctx.date < ONE_DOMAIN_PER_WEBSITE.from) return true;
  return ctx.filingType !== undefined && !NEW_WEBSITE_TYPES.has(ctx.filingType);
}

export const oneDomainPerWebsite = defineRule({
  id: 'domain.one-per-website',
  fields: ['websites[].domains[]'],
  severity: 'error',
  message: {
    zh: '网站{n}填写了 {count} 个域名：自 2019-04-22 起，首次备案和新增网站时一个网站只能填写一个域名，{domain} 会被系统退回。',
    en: 'Website {n} lists {count} domains: since 2019-04-22 a website in a first filing or a new-website filing may list one domain only, so {domain} will be returned by the system.',
  },
  fix: {
    zh: '把 {domain} 从本网站删除，另行添加为一个网站（每个域名各备一个网站，各得一个网站备案号）。',
    en: 'Remove {domain} from this website and file it as another website (one website per domain, each with its own website filing number).',
  },
  source: ONE_DOMAIN_PER_WEBSITE.source,
  effective: { from: ONE_DOMAIN_PER_WEBSITE.from },
  filingTypes: ONE_DOMAIN_PER_WEBSITE.filingTypes,
  examples: {
    fires: [
      {
        draft: { filingType: 'first', websites: [{ domains: ['zhangsan.cn', 'zhangsan.com'] }] },
        field: 'websites[0].domains[1]',
        note: 'a first filing with two domains on one website',
      },
      {
        draft: { filingType: 'new-website-here', websites: [{ domains: ['a-shop.cn', 'a-shop.com', 'a-shop.net'] }] },
        field: 'websites[0].domains[2]',
        note: 'a new website with three domains: the second and third are marked',
      },
      {
        draft: { websites: [{ domains: ['zhangsan.cn', 'zhangsan.com'] }] },
        field: 'websites[0].domains[1]',
        note: 'filing type not known yet (a page read): a warning, since a change may keep several domains',
      },
    ],
    passes: [
      {
        draft: { filingType: 'first', websites: [{ domains: ['zhangsan.cn'] }, { domains: ['zhangsan.com'] }] },
        note: 'each domain filed as its own website',
      },
      {
        draft: { filingType: 'change-website', websites: [{ domains: ['zhangsan.cn', 'zhangsan.com'] }] },
        note: 'a change of a legacy multi-domain website keeps its listed domains',
      },
      {
        draft: {
          filingType: 'first',
          websites: [{ domains: ['zhangsan.cn', 'zhangsan.com'], remark: '域名指向同一网站' }],
        },
        date: '2019-04-21',
        note: 'the day before the change: several domains with the same-site remark pass (spec §5.4)',
      },
    ],
  },
  check(ctx) {
    const severity = oneDomainSeverity(ctx);
    if (!severity) return [];
    return forEachWebsite(ctx, (w, prefix, i) => {
      const listed = (w.domains ?? []).map((d, j) => ({ value: present(d), j })).filter((d) => d.value !== undefined);
      if (listed.length < 2) return undefined;
      return listed.slice(1).map((d) => ({
        field: `${prefix}.domains[${d.j}]`,
        params: { n: i + 1, count: listed.length, domain: d.value ?? '' },
        ...(severity === 'warning'
          ? {
              severity,
              message: {
                zh: `网站${i + 1}填写了 ${listed.length} 个域名：自 2019-04-22 起，首次备案和新增网站时一个网站只能填写一个域名（变更原有的多域名网站时可保留）。`,
                en: `Website ${i + 1} lists ${listed.length} domains: since 2019-04-22 a first filing or new website may list one domain only (a change of an existing multi-domain website may keep them).`,
              },
            }
          : {}),
      }));
    });
  },
});
