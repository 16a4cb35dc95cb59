import { TCFAQ } from '../data/rule-sources';
import { defineRule } from '../define';
import { hanCount, websiteNames } from './name-text';

/**
 * A website name needs at least three Chinese characters (TCFAQ 驳回原因/命名要求 2019-02: 「三个或三个以上汉字」;
 * XN 「需大于3个及3个以上汉字」, undated). Names without any Chinese character are website-name.not-chinese.
 */
export const minChineseChars = defineRule({
  id: 'website-name.min-chinese-chars',
  fields: ['websites[].name'],
  severity: 'warning',
  message: {
    zh: '网站名称「{name}」只有 {count} 个汉字：网站名称须为三个或三个以上汉字。',
    en: 'The website name "{name}" has only {count} Chinese character(s); a website name needs at least three.',
  },
  fix: {
    zh: '把网站名称改为至少三个汉字、能概括网站内容的中文名称（不要照抄示例名称，被多次使用的名称会被管局列入黑名单）。',
    en: 'Use a Chinese name of at least three characters that describes the site (do not copy example names: over-used names get blacklisted).',
  },
  source: `${TCFAQ.label} 驳回原因/命名要求 「三个或三个以上汉字」; XN 新网命名要求 (undated)`,
  sourceUrl: TCFAQ.url,
  effective: {},
  examples: {
    fires: [{ draft: { websites: [{ name: '小站' }] }, field: 'websites[0].name', note: 'two Chinese characters' }],
    passes: [
      { draft: { websites: [{ name: '张三的网' }] }, note: 'four Chinese characters' },
      { draft: { websites: [{ name: 'Zhang San Blog' }] }, note: 'no Chinese at all is another rule (not-chinese)' },
    ],
  },
  check(ctx) {
    return websiteNames(ctx)
      .map((site) => ({ site, count: hanCount(site.name) }))
      .filter(({ count }) => count > 0 && count < 3)
      .map(({ site, count }) => ({ field: site.path, params: { name: site.raw, count } }));
  },
});
