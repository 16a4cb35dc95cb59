import { QC, TCFAQ } from '../data/rule-sources';
import { defineRule, present } from '../define';
import { websiteNames } from './name-text';

/** A whole name shaped like an ASCII domain or URL: `example.com`, `www.example.com.cn`, `https://a.cn/` (IDNs: the own-domain check). */
const DOMAIN_SHAPED = /^(?:https?:\/\/)?(?:[a-z\d-]+\.)+[a-z]{2,}\/?$/i;

function bareDomain(domain: string): string {
  return domain
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');
}

/** The website name may not be the domain itself (TCFAQ 2019-02; QC 「不得使用…域名等作为网站名称」; XN). */
export const isDomain = defineRule({
  id: 'website-name.is-domain',
  fields: ['websites[].name', 'websites[].domains[]'],
  severity: 'warning',
  message: {
    zh: '网站名称「{name}」是域名{which}：网站名称不能使用域名。',
    en: 'The website name "{name}" is a domain{whichEn}; a domain may not be used as the website name.',
  },
  fix: {
    zh: '请改用能概括网站内容的中文名称（至少三个汉字），域名填写在「网站域名」中即可。',
    en: 'Use a Chinese name (at least three characters) that describes the site; the domain belongs in the domain field.',
  },
  source: `${TCFAQ.label} 命名要求; ${QC.label} 网站命名要求 「不得使用纯数字、英文、域名等作为网站名称」; XN (undated)`,
  sourceUrl: TCFAQ.url,
  effective: {},
  examples: {
    fires: [
      {
        draft: { subject: { nature: '个人' }, websites: [{ name: 'zhangsan.cn' }] },
        field: 'websites[0].name',
        note: '「zhangsan.cn」',
      },
    ],
    passes: [
      { draft: { subject: { nature: '个人' }, websites: [{ name: '山水摄影记录' }] }, note: '「山水摄影记录」' },
    ],
  },
  check(ctx) {
    return websiteNames(ctx).flatMap((site) => {
      const name = site.name.toLowerCase().replace(/\s/g, '');
      const own = (ctx.draft.websites?.[site.index]?.domains ?? [])
        .map((d) => present(d))
        .filter((d): d is string => !!d)
        .map(bareDomain)
        .find((d) => d.length > 0 && name.includes(d));
      if (own) return [{ field: site.path, params: { name: site.raw, which: `（${own}）`, whichEn: ` (${own})` } }];
      if (DOMAIN_SHAPED.test(name)) return [{ field: site.path, params: { name: site.raw, which: '', whichEn: '' } }];
      return [];
    });
  },
});
