import { cite, TC17, TC19 } from '../data/rule-sources';
import {
  documentsForNature,
  emergencyPhoneRequired,
  GOVERNMENT,
  individualContentRemark,
  landlineRequired,
  localIdForIndividuals,
  localMobileInfo,
  minimumAge,
  minRemarkLength,
  PUBLIC_INSTITUTION,
  serviceContentRequired,
} from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '23', name: '黑龙江省', short: '黑', id: 'hl' } as const;

/**
 * 黑龙江省 (黑). The multi-domain remark 「域名指向同一网站」 (TC19 #5/#9) is the national domain.multi-domain-remark.
 * 主体负责人≠法人 → 网站负责人 = 主体负责人 cannot be judged: the form does not show who the legal representative is.
 */
export const heilongjiangPack: ProvincePack = {
  ...meta,
  rules: [
    minimumAge(meta, {
      id: 'hl.minimum-age',
      ...cite([TC19, '黑龙江 个人 #2, 企事业 #5']),
      bands: [
        {
          below: 18,
          outcome: 'conditions',
          conditions: {
            zh: '由监护人作为负责人备案（未满18岁的以监护人身份备案）',
            en: 'filing with a guardian as the principal',
          },
        },
      ],
    }),
    localMobileInfo(meta, {
      id: 'hl.local-mobile',
      ...cite([TC17, '黑龙江 企事业 #3, 个人 #1'], [TC19, '黑龙江 个人 #3, 企事业 #6']),
    }),
    emergencyPhoneRequired(meta, { id: 'hl.emergency-phone-required', ...cite([TC19, '黑龙江 个人 #3, 企事业 #6']) }),
    landlineRequired(meta, { id: 'hl.landline-required', ...cite([TC19, '黑龙江 企事业 #6']), nature: 'organisation' }),
    serviceContentRequired(meta, {
      id: 'hl.individual-service-content',
      ...cite([TC19, '黑龙江 个人 #8']),
      nature: 'individual',
      choices: ['博客', '个人空间'],
      label: '博客/个人空间',
    }),
    minRemarkLength(meta, {
      id: 'hl.remark-min-length',
      ...cite([TC19, '黑龙江 个人 #9']),
      nature: 'individual',
      min: 30,
    }),
    individualContentRemark(meta, {
      id: 'hl.individual-content-remark',
      ...cite([TC19, '黑龙江 个人 #9']),
      nature: 'individual',
    }),
    localIdForIndividuals(meta, {
      ...cite([TC17, '黑龙江 个人 #4']),
      id: 'hl.local-id-2017',
      nature: 'individual',
      mode: 'local-only',
    }),
    documentsForNature(meta, {
      ...cite([TC19, '黑龙江 企事业 #11 (黑公信安【2015】10号)']),
      id: 'hl.website-opening-form',
      nature: 'organisation',
      natures: { only: [...GOVERNMENT, PUBLIC_INSTITUTION] },
      documents: {
        zh: '同级机构编制管理部门批复的《网站开办资格申请表》',
        en: 'the 《网站开办资格申请表》 (website opening approval) from the establishment office of the same level',
      },
    }),
  ],
};
