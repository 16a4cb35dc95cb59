import { PERSONAL_COMMERCIAL_WORDS } from '../data/name-words';
import { QC, TCFAQ } from '../data/rule-sources';
import { defineWordListRule } from './word-list';

/** Personal sites: no commercial, industry or product words (TCFAQ 命名要求; QC 「不得涉及行业信息、企业信息、产品信息」). */
export const personalCommercialWords = defineWordListRule({
  id: 'website-name.personal-commercial-words',
  rows: PERSONAL_COMMERCIAL_WORDS,
  nature: 'individual',
  message: {
    zh: '个人网站名称「{name}」含有商业类词汇{words}：个人网站不得涉及经营、行业或产品信息（依据：{listSource}）。',
    en: 'The personal website name "{name}" contains the commercial word(s) {wordsEn}; personal sites may not carry business, industry or product information (per {listSource}).',
  },
  fix: {
    zh: '请去掉{words}，使用体现个人非经营性内容的名称；经营性网站须以企业主体备案并办理经营许可。',
    en: 'Remove {wordsEn} and use a name for non-commercial personal content; a commercial site must be filed by a company (with a business licence).',
  },
  source: `${TCFAQ.label} 命名要求; ${QC.label} 个人网站命名要求; bkzhishi 各省管局限制词 (undated); 99.my 北京 examples (undated)`,
  sourceUrl: TCFAQ.url,
  effective: {},
  examples: {
    fires: [
      {
        draft: { subject: { nature: '个人' }, websites: [{ name: '山水商城' }] },
        field: 'websites[0].name',
        note: '「山水商城」',
      },
    ],
    passes: [
      { draft: { subject: { nature: '个人' }, websites: [{ name: '山水摄影记录' }] }, note: '「山水摄影记录」' },
    ],
  },
});
