import { PERSONAL_PLEDGE } from '../data/remark-templates';
import { cite, TC17, TC19 } from '../data/rule-sources';
import {
  ADULTS_ONLY,
  documentsForNature,
  documentTypeForbidden,
  GOVERNMENT,
  localIdForIndividuals,
  minimumAge,
  minRemarkLength,
  PUBLIC_INSTITUTION,
  pledgeRemark,
  remarkRequiredWhenServiceContent,
} from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '15', name: '内蒙古自治区', short: '蒙', id: 'nm' } as const;

/**
 * 内蒙古自治区 (蒙). Local ID: TC17 accepted a residence permit (proof), TC19 only local IDs — two dated rows.
 * 企事业 「证件地址必须为本省」 is the national address.same-province rule.
 */
export const neimengguPack: ProvincePack = {
  ...meta,
  rules: [
    localIdForIndividuals(meta, {
      id: 'nm.local-id',
      ...cite([TC19, '内蒙古 个人 #1']),
      nature: 'individual',
      mode: 'local-only',
    }),
    localIdForIndividuals(meta, {
      ...cite([TC17, '内蒙古 个人 #2']),
      id: 'nm.residence-proof-2017',
      nature: 'individual',
      mode: 'proof-if-not-local',
    }),
    minimumAge(meta, {
      id: 'nm.minimum-age',
      ...cite([TC17, '内蒙古 企事业 #3, 个人 #1'], [TC19, '内蒙古 个人 #2, 企事业 #2']),
      bands: ADULTS_ONLY,
    }),
    remarkRequiredWhenServiceContent(meta, {
      id: 'nm.other-service-content-remark',
      ...cite([TC19, '内蒙古 个人 #4']),
      nature: 'individual',
      choice: '其他',
    }),
    minRemarkLength(meta, {
      id: 'nm.remark-min-length',
      ...cite([TC19, '内蒙古 个人 #5']),
      nature: 'individual',
      min: 30,
    }),
    pledgeRemark(meta, {
      id: 'nm.pledge-remark',
      ...cite([TC19, '内蒙古 个人 #5']),
      nature: 'individual',
      text: PERSONAL_PLEDGE,
    }),
    documentTypeForbidden(meta, {
      ...cite([TC17, '内蒙古 个人 #3']),
      id: 'nm.temporary-id-card-2017',
      nature: 'individual',
      who: 'subject-and-principals',
      pattern: /临时/,
      label: { zh: '临时身份证', en: 'temporary ID cards' },
    }),
    documentsForNature(meta, {
      ...cite([TC19, '内蒙古 企事业 #4']),
      id: 'nm.website-name-approval-form',
      nature: 'organisation',
      natures: { only: [...GOVERNMENT, PUBLIC_INSTITUTION] },
      documents: {
        zh: '当地编制部门出具的《网站名称审核表》原件彩色扫描件',
        en: 'a colour scan of the 《网站名称审核表》 (website-name approval form) from the local establishment office',
      },
    }),
  ],
};
