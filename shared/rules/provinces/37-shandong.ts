import { PERSONAL_PLEDGE } from '../data/remark-templates';
import { cite, HW25, TC17, TC19 } from '../data/rule-sources';
import {
  ADULTS_ONLY,
  GOVERNMENT,
  individualContentRemark,
  investorRule,
  localIdForIndividuals,
  localMobileInfo,
  minimumAge,
  multiDomainRemarkWording,
  PUBLIC_INSTITUTION,
  pledgeRemark,
} from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '37', name: '山东省', short: '鲁', id: 'sd' } as const;

/** 山东省 (鲁). */
export const shandongPack: ProvincePack = {
  ...meta,
  rules: [
    pledgeRemark(meta, {
      id: 'sd.pledge-remark',
      ...cite([TC19, '山东 个人 #6']),
      nature: 'individual',
      text: PERSONAL_PLEDGE,
    }),
    individualContentRemark(meta, {
      id: 'sd.individual-content-remark',
      ...cite([TC17, '山东 个人 #3'], [TC19, '山东 个人 #7']),
      nature: 'individual',
    }),
    localMobileInfo(meta, {
      id: 'sd.local-mobile',
      ...cite([TC17, '山东 企事业 #9, 个人 #8'], [TC19, '山东 个人 #3, 企事业 #7']),
    }),
    multiDomainRemarkWording(meta, {
      ...cite([TC17, '山东 企事业 #6, 个人 #4']),
      id: 'sd.multi-domain-remark-2017',
      phrase: '所有域名均指向同一个网站',
    }),
    minimumAge(meta, { ...cite([TC17, '山东 企事业 #4, 个人 #1']), id: 'sd.minimum-age-2017', bands: ADULTS_ONLY }),
    investorRule(meta, {
      id: 'sd.investor',
      ...cite([TC19, '山东 企事业 #4']),
      nature: 'organisation',
      natures: { only: [...GOVERNMENT, PUBLIC_INSTITUTION] },
      expect: 'not-self',
    }),
    localIdForIndividuals(meta, {
      id: 'sd.residence-proof',
      ...cite([HW25, '山东 备案管局咨询']),
      nature: 'individual',
      mode: 'proof-if-not-local',
    }),
  ],
};
