import { SENSITIVE_WORDS } from '../data/name-words';
import { QC } from '../data/rule-sources';
import { defineWordListRule } from './word-list';

/** No sensitive words (QC: 反腐、赌博、廉政、色情; personal sites also 纪检、监察、信访、维权、投诉). */
export const sensitiveWords = defineWordListRule({
  id: 'website-name.sensitive-words',
  rows: SENSITIVE_WORDS,
  message: {
    zh: '网站名称「{name}」含有敏感词{words}，管局不予备案（依据：{listSource}）。',
    en: 'The website name "{name}" contains the sensitive word(s) {wordsEn}; the bureau will not accept it (per {listSource}).',
  },
  fix: {
    zh: '请从网站名称中去掉{words}；网站内容也不得涉及这些信息。',
    en: 'Remove {wordsEn} from the website name; the site content may not touch these topics either.',
  },
  source: `${QC.label} 网站命名要求, 个人网站命名要求`,
  sourceUrl: QC.url,
  effective: {},
  examples: {
    fires: [
      {
        draft: { subject: { nature: '个人' }, websites: [{ name: '山水赌博网' }] },
        field: 'websites[0].name',
        note: '「山水赌博网」',
      },
    ],
    passes: [
      { draft: { subject: { nature: '个人' }, websites: [{ name: '山水摄影记录' }] }, note: '「山水摄影记录」' },
    ],
  },
});
