import { cite, TC17, TC19 } from '../data/rule-sources';
import {
  documentsWhenCount,
  individualContentRemark,
  localIdForIndividuals,
  localMobileInfo,
  maxDomainsPerWebsite,
} from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '65', name: '新疆维吾尔自治区', short: '新', id: 'xj' } as const;

/** 新疆维吾尔自治区 (新). 「tick every language actually used」 (TC17) cannot be judged from the form. */
export const xinjiangPack: ProvincePack = {
  ...meta,
  rules: [
    localIdForIndividuals(meta, {
      id: 'xj.local-id',
      ...cite([TC17, '新疆 个人 #1'], [TC19, '新疆 个人 #1']),
      nature: 'individual',
      mode: 'local-only',
    }),
    localMobileInfo(meta, {
      id: 'xj.local-mobile',
      ...cite([TC17, '新疆 企事业 #3, 个人 #3'], [TC19, '新疆 个人 #4, 企事业 #4']),
    }),
    maxDomainsPerWebsite(meta, { id: 'xj.domains-per-website', ...cite([TC19, '新疆 个人 #5, 企事业 #5']), max: 1 }),
    documentsWhenCount(meta, {
      ...cite([TC19, '新疆 个人 #6, 企事业 #6']),
      id: 'xj.party-building-letter',
      severity: 'info',
      count: 'domains',
      over: 0,
      documents: {
        zh: '《网站党建备案信息确认函》',
        en: 'the 《网站党建备案信息确认函》 (party-building confirmation letter)',
      },
    }),
    individualContentRemark(meta, {
      id: 'xj.individual-content-remark',
      ...cite([TC19, '新疆 个人 #8']),
      nature: 'individual',
    }),
  ],
};
