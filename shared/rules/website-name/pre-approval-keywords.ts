import { PRE_APPROVAL_NAME_KEYWORDS } from '../data/name-words';
import { QC, TCFAQ } from '../data/rule-sources';
import { defineRule, present } from '../define';
import type { RuleHit } from '../types';
import { quoteWords, websiteNames, wordsIn } from './name-text';

/**
 * A name with a pre-approval keyword (新闻, 论坛, 教育, 医疗 …) needs the matching 前置或专项审批内容类型
 * selected and its approval document (TCFAQ 网站名称/前置审批 2019-02; QC 上海; TC19 北京 #8, 河北 #6).
 */
export const preApprovalKeywords = defineRule({
  id: 'website-name.pre-approval-keyword',
  fields: ['websites[].name', 'websites[].preApproval'],
  severity: 'warning',
  message: {
    zh: '网站名称「{name}」含有{words}，属于须前置审批的「{type}」类，但未选择相应的前置或专项审批内容类型。',
    en: 'The website name "{name}" contains {wordsEn}, a "{typeEn}" keyword that needs a pre-approval, but no matching pre-approval content type is selected.',
  },
  fix: {
    zh: '已取得审批的，请在「前置或专项审批内容类型」中选择「{type}」并上传审批文件；未取得的，请从网站名称中去掉{words}。',
    en: 'If you hold the approval, select "{type}" under pre-approval content types and upload it; otherwise remove {wordsEn} from the name.',
  },
  source: `${TCFAQ.label} 网站名称/前置审批; ${QC.label} 上海; TC19 (≈2019) 北京 企事业 #8, 河北 企事业 #6`,
  sourceUrl: TCFAQ.url,
  effective: {},
  examples: {
    fires: [
      {
        draft: { subject: { nature: '个人' }, websites: [{ name: '山水新闻网' }] },
        field: 'websites[0].name',
        note: '「山水新闻网」',
      },
    ],
    passes: [
      { draft: { subject: { nature: '个人' }, websites: [{ name: '山水摄影记录' }] }, note: '「山水摄影记录」' },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const site of websiteNames(ctx)) {
      const selected = (ctx.draft.websites?.[site.index]?.preApproval ?? [])
        .map((t) => present(t))
        .filter((t): t is string => !!t);
      for (const row of PRE_APPROVAL_NAME_KEYWORDS) {
        if (row.asOf > ctx.date) continue;
        const words = wordsIn(site.name, row.words);
        if (words.length === 0) continue;
        if (selected.some((t) => row.satisfiedBy.some((s) => t.includes(s)))) continue;
        const q = quoteWords(words);
        hits.push({
          field: site.path,
          params: { name: site.raw, words: q.zh, wordsEn: q.en, type: row.type.zh, typeEn: row.type.en },
        });
      }
    }
    return hits;
  },
});
