import { cite, QC, TC17, TC19 } from '../data/rule-sources';
import {
  documentsWhenCount,
  individualContentRemark,
  landlineRequired,
  localIdForIndividuals,
  localMobileInfo,
  minimumAge,
  SIXTEEN_WITH_PROOF,
  websiteNameRequiredForm,
} from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '32', name: '江苏省', short: '苏', id: 'js' } as const;

const CONSTRUCTION_PLAN = { zh: '网站建设方案书', en: 'a website construction plan (网站建设方案书)' };

/**
 * 江苏省 (苏). The TC17 name form 「xx的个人博客/主页」 ran from 2017-06-05 until TC19 (2019-08-15), which no
 * longer states it; while it runs, the national personal word lists spare the form's fixed words
 * (REQUIRED_NAME_FORMS). 主体负责人≠法人 → 网站负责人 = 主体负责人 cannot be judged from the form.
 */
export const jiangsuPack: ProvincePack = {
  ...meta,
  rules: [
    localIdForIndividuals(meta, {
      id: 'js.residence-proof',
      ...cite([TC17, '江苏 个人 #2'], [TC19, '江苏 个人 #1']),
      nature: 'individual',
      mode: 'proof-if-not-local',
    }),
    minimumAge(meta, {
      id: 'js.minimum-age',
      ...cite([TC17, '江苏 个人 #1'], [TC19, '江苏 个人 #2']),
      nature: 'individual',
      bands: SIXTEEN_WITH_PROOF,
    }),
    minimumAge(meta, {
      ...cite([TC19, '江苏 企事业 #3']),
      id: 'js.minimum-age-organisation',
      nature: 'organisation',
      bands: SIXTEEN_WITH_PROOF,
    }),
    minimumAge(meta, {
      ...cite([TC17, '江苏 企事业 #7']),
      id: 'js.minimum-age-organisation-2017',
      nature: 'organisation',
      bands: [
        {
          below: 18,
          outcome: 'conditions',
          conditions: {
            zh: '劳动就业证明或收入证明（法人除外）',
            en: 'proof of employment or income (not for the legal representative)',
          },
        },
      ],
    }),
    localMobileInfo(meta, {
      id: 'js.local-mobile',
      ...cite([TC17, '江苏 企事业 #3, 个人 #3'], [TC19, '江苏 个人 #3, 企事业 #4']),
    }),
    landlineRequired(meta, { id: 'js.landline-required', ...cite([TC19, '江苏 个人 #3, 企事业 #4']) }),
    documentsWhenCount(meta, {
      ...cite([TC17, '江苏 企事业 #6, 个人 #5'], [TC19, '江苏 个人 #5, 企事业 #6']),
      id: 'js.domain-certificates',
      severity: 'info',
      count: 'domains',
      over: 0,
      documents: { zh: '每个域名的域名证书', en: 'a domain certificate for every domain' },
    }),
    individualContentRemark(meta, {
      id: 'js.individual-content-remark',
      ...cite([TC17, '江苏 个人 #8'], [TC19, '江苏 个人 #8']),
      nature: 'individual',
    }),
    websiteNameRequiredForm(meta, {
      ...cite([TC17, '江苏 个人 #7']),
      id: 'js.website-name-form-2017',
      nature: 'individual',
      formId: 'js-2017-personal-blog-or-homepage',
    }),
    documentsWhenCount(meta, {
      ...cite([QC, '江苏 个人用户']),
      id: 'js.construction-plan-individual',
      nature: 'individual',
      count: 'domains',
      over: 10,
      documents: CONSTRUCTION_PLAN,
    }),
    documentsWhenCount(meta, {
      ...cite([QC, '江苏 个人用户']),
      id: 'js.construction-plan-organisation',
      nature: 'organisation',
      count: 'domains',
      over: 30,
      documents: CONSTRUCTION_PLAN,
    }),
  ],
};
