import { NATIONAL_WORDS } from '../data/name-words';
import { QC, TCFAQ } from '../data/rule-sources';
import { defineWordListRule } from './word-list';

/**
 * Non-national units may not use 中国/中华/中央/人民/人大/国家 (TCFAQ 2019-02; QC adds 全国). The form cannot
 * show whether a unit is national-level, so this is a warning for every subject.
 */
export const nationalWords = defineWordListRule({
  id: 'website-name.national-words',
  rows: NATIONAL_WORDS,
  message: {
    zh: '网站名称「{name}」含有{words}：非国家级单位的网站名称不得使用此类词汇（依据：{listSource}）。',
    en: 'The website name "{name}" contains {wordsEn}: websites of non-national units may not use such words (per {listSource}).',
  },
  fix: {
    zh: '请从网站名称中去掉{words}；确为国家级单位的，须另附单位证明材料（单位说明、网址、负责人电话并加盖公章）。',
    en: 'Remove {wordsEn} from the website name; a national-level unit must attach proof of its status (stamped letter with the site and contact).',
  },
  source: `${TCFAQ.label} 网站名称; ${QC.label} 网站命名要求`,
  sourceUrl: TCFAQ.url,
  effective: {},
  examples: {
    fires: [
      {
        draft: { subject: { nature: '个人' }, websites: [{ name: '中国摄影网' }] },
        field: 'websites[0].name',
        note: '「中国摄影网」',
      },
    ],
    passes: [
      { draft: { subject: { nature: '个人' }, websites: [{ name: '山水摄影记录' }] }, note: '「山水摄影记录」' },
    ],
  },
});
