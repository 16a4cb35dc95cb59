import { PERSONAL_ORGANISATION_WORDS } from '../data/name-words';
import { QC, TCFAQ } from '../data/rule-sources';
import { defineWordListRule } from './word-list';

/**
 * Personal sites: no company or organisation words (TCFAQ 命名要求 2019-02: 公司、组织…; QC: no 企业信息).
 * Dated per data row (the TCFAQ rows from 2019-02-18; the undated aggregation always).
 */
export const personalOrganisationWords = defineWordListRule({
  id: 'website-name.personal-organisation-words',
  rows: PERSONAL_ORGANISATION_WORDS,
  nature: 'individual',
  message: {
    zh: '个人网站名称「{name}」含有企业或组织类词汇{words}：个人备案的网站名称不得体现企业、单位信息（依据：{listSource}）。',
    en: 'The personal website name "{name}" contains the company/organisation word(s) {wordsEn}; personal sites may not look like an organisation\'s (per {listSource}).',
  },
  fix: {
    zh: '请去掉{words}，改用体现个人内容的名称；如网站实际属于企业或单位，请以单位主体备案。',
    en: 'Remove {wordsEn} and name the site after its personal content; if the site belongs to an organisation, file it as that organisation.',
  },
  source: `${TCFAQ.label} 命名要求 (公司、组织); ${QC.label} 个人网站命名要求; bkzhishi 各省管局限制词 (undated)`,
  sourceUrl: TCFAQ.url,
  effective: {},
  examples: {
    fires: [
      {
        draft: { subject: { nature: '个人' }, websites: [{ name: '山水公司网站' }] },
        field: 'websites[0].name',
        note: '「山水公司网站」',
      },
    ],
    passes: [
      { draft: { subject: { nature: '个人' }, websites: [{ name: '山水摄影记录' }] }, note: '「山水摄影记录」' },
    ],
  },
});
