import { QC, TCFAQ } from '../data/rule-sources';
import { defineRule } from '../define';
import { websiteNames } from './name-text';

const SYMBOL = /[\p{P}\p{S}]/gu;

/** No special symbols in a website name (TCFAQ 2019-02; QC 「名称中不能包含特殊符号」; XN). */
export const specialSymbols = defineRule({
  id: 'website-name.special-symbols',
  fields: ['websites[].name'],
  severity: 'warning',
  message: {
    zh: '网站名称「{name}」含有特殊符号 {symbols}：网站名称中不能包含特殊符号。',
    en: 'The website name "{name}" contains the symbol(s) {symbols}; a website name may not contain special symbols.',
  },
  fix: { zh: '删除这些符号，例如改为「{clean}」。', en: 'Remove the symbols, e.g. "{clean}".' },
  source: `${TCFAQ.label} 命名要求; ${QC.label} 网站命名要求 「名称中不能包含特殊符号」; XN (undated)`,
  sourceUrl: TCFAQ.url,
  effective: {},
  examples: {
    fires: [
      {
        draft: { subject: { nature: '个人' }, websites: [{ name: '山水★摄影' }] },
        field: 'websites[0].name',
        note: '「山水★摄影」',
      },
    ],
    passes: [
      { draft: { subject: { nature: '个人' }, websites: [{ name: '山水摄影记录' }] }, note: '「山水摄影记录」' },
    ],
  },
  check(ctx) {
    return websiteNames(ctx).flatMap((site) => {
      const symbols = [...new Set(site.name.match(SYMBOL) ?? [])];
      if (symbols.length === 0) return [];
      const clean = site.name.replace(SYMBOL, '').replace(/\s+/g, '');
      return [
        {
          field: site.path,
          params: {
            name: site.raw,
            symbols: symbols
              .slice(0, 5)
              .map((s) => `「${s}」`)
              .join(''),
            clean,
          },
        },
      ];
    });
  },
});
