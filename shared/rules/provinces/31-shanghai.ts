import { cite, QC, TC17, TC19 } from '../data/rule-sources';
import { present } from '../define';
import {
  customRule,
  documentsWhenCount,
  documentTypeForbidden,
  localIdForIndividuals,
  localMobileInfo,
  minimumAge,
  suffixRestriction,
  websiteNameWords,
} from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '31', name: '上海市', short: '沪', id: 'sh' } as const;

const TEMPORARY_ID = {
  pattern: /临时/,
  label: { zh: '临时身份证', en: 'temporary ID cards' },
  who: 'subject-and-principals' as const,
};

/**
 * 上海市 (沪). Covered nationally, not repeated: a pure-English name (website-name.not-chinese, TCFAQ 2019-02-18,
 * earlier than TC19 #6/#8); 中国/中央/国家… (website-name.national-words); 反腐 (website-name.sensitive-words);
 * 前置审批 keywords, e.g. 「新闻网」 (website-name.pre-approval-keyword). The app photo check is in shared/process.
 * Temporary ID cards: TC17 and QC (from 2021-10-26) say no; TC19 is silent — two dated rows.
 */
export const shanghaiPack: ProvincePack = {
  ...meta,
  rules: [
    localIdForIndividuals(meta, {
      id: 'sh.residence-proof',
      ...cite([TC17, '上海 个人 #2'], [TC19, '上海 个人 #3']),
      nature: 'individual',
      mode: 'proof-if-not-local',
    }),
    minimumAge(meta, {
      id: 'sh.minimum-age',
      ...cite([TC19, '上海 个人 #5']),
      nature: 'individual',
      bands: [
        {
          below: 18,
          outcome: 'conditions',
          conditions: {
            zh: '监护人身份证，并在备注中说明监护人与备案人的关系',
            en: "the guardian's ID card, with the guardian's relation stated in the remark",
          },
        },
      ],
    }),
    suffixRestriction(meta, {
      ...cite([TC19, '上海 个人 #7']),
      id: 'sh.individual-tv-domain',
      nature: 'individual',
      restrictionId: 'sh-individual-no-tv',
    }),
    websiteNameWords(meta, {
      ...cite([QC, '上海 企业用户']),
      id: 'sh.website-name-forum',
      nature: 'organisation',
      words: ['论坛'],
      reason: { zh: '规定网站名称不得以「论坛」命名', en: 'does not accept website names with 论坛 (forum)' },
    }),
    websiteNameWords(meta, {
      ...cite([QC, '上海 企业用户']),
      id: 'sh.website-name-restricted-words',
      nature: 'organisation',
      words: ['纪检', '监察', '信访', '维权', '投诉'],
      reason: {
        zh: '规定网站名称不得含有国家职能性质或公共利益类词汇（须提交主管部门书面批准文件）',
        en: "does not accept words of state functions or public interest without the competent authority's written approval",
      },
    }),
    customRule(
      meta,
      { ...cite([QC, '上海 企业用户']), id: 'sh.languages-simplified-chinese', nature: 'organisation' },
      {
        fields: ['websites[].languages'],
        severity: 'warning',
        examples: {
          fires: [
            { draft: { websites: [{ languages: ['英文'] }] }, field: 'websites[0].languages', note: 'English only' },
            {
              draft: { websites: [{ languages: ['中文繁体', '英文'] }] },
              field: 'websites[0].languages',
              note: 'Traditional Chinese and English',
            },
          ],
          passes: [
            { draft: { websites: [{ languages: ['中文简体', '英文'] }] }, note: 'Simplified Chinese and English' },
            { draft: { websites: [{ languages: ['中文简体'] }] }, note: 'Simplified Chinese' },
          ],
        },
        message: {
          zh: '网站{n}的语言（{languages}）不含简体中文：{province}管局要求网站语种必须包含简体中文。',
          en: "Website {n}'s languages ({languages}) do not include Simplified Chinese: the {provinceEn} bureau requires it.",
        },
        fix: {
          zh: '请在网站语言中勾选「中文简体」，并确保网站有简体中文内容。',
          en: 'Tick 中文简体 (Simplified Chinese) and make sure the site has Simplified Chinese content.',
        },
        check(ctx) {
          return (ctx.draft.websites ?? []).flatMap((w, i) => {
            const langs = (w.languages ?? []).map((l) => present(l)).filter((l): l is string => !!l);
            if (langs.length === 0 || langs.some((l) => /简体/.test(l))) return [];
            return [{ field: `websites[${i}].languages`, params: { n: i + 1, languages: langs.join('、') } }];
          });
        },
      },
    ),
    documentTypeForbidden(meta, {
      ...cite([TC17, '上海 个人 #1']),
      id: 'sh.temporary-id-card-2017',
      nature: 'individual',
      ...TEMPORARY_ID,
    }),
    documentTypeForbidden(meta, {
      ...cite([QC, '上海 个人用户']),
      id: 'sh.temporary-id-card',
      nature: 'individual',
      ...TEMPORARY_ID,
    }),
    localMobileInfo(meta, { ...cite([TC17, '上海 企事业 #8']), id: 'sh.local-mobile-2017', nature: 'organisation' }),
    documentsWhenCount(meta, {
      ...cite([TC19, '上海 个人 #8, 企事业 #9']),
      id: 'sh.on-site-check-websites',
      count: 'websites',
      over: 30,
      documents: {
        zh: '到管局现场核验（一个主体备案超过30个网站；咨询电话021-63905006）',
        en: 'an on-site check at the bureau (more than 30 websites under one subject; phone 021-63905006)',
      },
    }),
    documentsWhenCount(meta, {
      ...cite([TC19, '上海 个人 #8, 企事业 #9']),
      id: 'sh.on-site-check-domains',
      count: 'domains-per-website',
      over: 30,
      documents: {
        zh: '到管局现场核验（一个网站备案超过30个域名；咨询电话021-63905006）',
        en: 'an on-site check at the bureau (more than 30 domains in one website; phone 021-63905006)',
      },
    }),
  ],
};
