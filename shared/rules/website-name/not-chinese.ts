import { QC, TCFAQ } from '../data/rule-sources';
import { defineRule } from '../define';
import { hanCount, websiteNames } from './name-text';

type Kind = { zh: string; en: string };

/** What a name without Chinese characters is made of (spaces and symbols ignored). */
function kindOf(name: string): Kind {
  const core = name.replace(/[\s\p{P}\p{S}]/gu, '');
  if (/^\d+$/.test(core)) return { zh: '纯数字', en: 'digits only' };
  if (/^[A-Za-z]+$/.test(core)) return { zh: '纯英文', en: 'English letters only' };
  if (/^[A-Za-z\d]+$/.test(core)) return { zh: '只有英文和数字', en: 'only English letters and digits' };
  return { zh: '没有汉字', en: 'no Chinese characters' };
}

/** Not pure digits, not pure English (TCFAQ 2019-02; QC ≈2021; XN). */
export const notChinese = defineRule({
  id: 'website-name.not-chinese',
  fields: ['websites[].name'],
  severity: 'warning',
  message: {
    zh: '网站名称「{name}」{kind}：网站名称不得使用纯数字、纯英文。',
    en: 'The website name "{name}" has {kindEn}: a website name may not be pure digits or pure English.',
  },
  fix: {
    zh: '请改用至少三个汉字、能概括网站内容的中文名称；英文或数字只能作为中文名称的补充。',
    en: 'Use a Chinese name of at least three characters that describes the site; English or digits may only accompany it.',
  },
  source: `${TCFAQ.label} 命名要求; ${QC.label} 网站命名要求 「不得使用纯数字、英文、域名等作为网站名称」; XN (undated)`,
  sourceUrl: TCFAQ.url,
  effective: {},
  examples: {
    fires: [
      {
        draft: { subject: { nature: '个人' }, websites: [{ name: 'ShanShui' }] },
        field: 'websites[0].name',
        note: '「ShanShui」',
      },
    ],
    passes: [
      { draft: { subject: { nature: '个人' }, websites: [{ name: '山水摄影记录' }] }, note: '「山水摄影记录」' },
    ],
  },
  check(ctx) {
    return websiteNames(ctx)
      .filter((site) => hanCount(site.name) === 0)
      .map((site) => {
        const kind = kindOf(site.name);
        return { field: site.path, params: { name: site.raw, kind: kind.zh, kindEn: kind.en } };
      });
  },
});
