import { defineRule, forEachWebsite, present } from '../../define';
import { ONE_DOMAIN_PER_WEBSITE } from './one-domain';

/**
 * 变更网站 after 2019-04-22: a single-domain website keeps its domain; a multi-domain one may keep or remove
 * domains, never add (633号). The draft does not carry the filed list, so this is an info, never an error.
 */
export const changeKeepsOrRemovesDomains = defineRule({
  id: 'domain.change-keep-or-remove',
  fields: ['websites[].domains[]'],
  severity: 'info',
  message: {
    zh: '网站{n}有 {count} 个域名：自 2019-04-22 起，变更网站时只能保留或减少原有域名，不能新增或更换域名。',
    en: 'Website {n} has {count} domains: since 2019-04-22 a website change may only keep or remove its filed domains, not add or swap one.',
  },
  fix: {
    zh: '只保留原备案中已有的域名；新域名请以新增网站另行备案（一个网站一个域名）。',
    en: 'Keep only domains already on the filing; file any new domain as a new website (one domain per website).',
  },
  source: '工信管函〔2019〕633号 「变更备案、变更网站时…只允许在原有域名列表基础上保持域名不变或减少域名」',
  effective: { from: ONE_DOMAIN_PER_WEBSITE.from },
  filingTypes: ['change-website'],
  examples: {
    fires: [
      {
        draft: { filingType: 'change-website', websites: [{ domains: ['zhangsan.cn', 'zhangsan.com'] }] },
        field: 'websites[0].domains[0]',
        note: 'a multi-domain website being changed',
      },
    ],
    passes: [
      {
        draft: { filingType: 'change-website', websites: [{ domains: ['zhangsan.cn'] }] },
        note: 'a single-domain website being changed',
      },
      {
        draft: { filingType: 'change-website', websites: [{ domains: ['zhangsan.cn', 'zhangsan.com'] }] },
        date: '2019-04-21',
        note: 'before 2019-04-22 domains could be added in a change',
      },
    ],
  },
  check(ctx) {
    if (ctx.filingType !== 'change-website') return [];
    return forEachWebsite(ctx, (w, prefix, i) => {
      const first = (w.domains ?? []).findIndex((d) => present(d) !== undefined);
      const count = (w.domains ?? []).filter((d) => present(d) !== undefined).length;
      if (count < 2) return undefined;
      return { field: `${prefix}.domains[${first}]`, params: { n: i + 1, count } };
    });
  },
});
