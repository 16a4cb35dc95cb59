import { PERSONAL_FORBIDDEN_WORDS } from '../data/name-words';
import { QC } from '../data/rule-sources';
import { defineWordListRule } from './word-list';

/**
 * Personal sites: the words the provider lists forbid outright (QC from 2021-10-26; XN undated). While a
 * province requires a fixed form (江苏 2017 「xx的个人博客」), only the applicant's own part is judged.
 */
export const personalForbiddenWords = defineWordListRule({
  id: 'website-name.personal-forbidden-words',
  rows: PERSONAL_FORBIDDEN_WORDS,
  nature: 'individual',
  message: {
    zh: '个人网站名称「{name}」含有个人网站禁用词{words}（依据：{listSource}）。',
    en: 'The personal website name "{name}" contains {wordsEn}, which personal website names may not use (per {listSource}).',
  },
  fix: {
    zh: '请去掉{words}，用能概括网站具体内容的词语命名（例如写明记录、分享的主题）。',
    en: 'Remove {wordsEn}; name the site after what it actually contains (the topic you record or share).',
  },
  source: `${QC.label} 个人网站命名要求; XN 新网命名要求 (undated)`,
  sourceUrl: QC.url,
  effective: {},
  examples: {
    fires: [
      {
        draft: { subject: { nature: '个人' }, websites: [{ name: '山水论坛' }] },
        field: 'websites[0].name',
        note: '「山水论坛」',
      },
    ],
    passes: [
      { draft: { subject: { nature: '个人' }, websites: [{ name: '山水摄影记录' }] }, note: '「山水摄影记录」' },
    ],
  },
});
