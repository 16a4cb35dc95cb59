import { cite, TC17, TC19 } from '../data/rule-sources';
import {
  ADDING_WEBSITES,
  ADULTS_ONLY,
  individualContentRemark,
  landlineRequired,
  localIdForIndividuals,
  maxDomainsPerWebsite,
  maxWebsitesPerOrder,
  minimumAge,
} from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '42', name: '湖北省', short: '鄂', id: 'hb' } as const;

/** 湖北省 (鄂). */
export const hubeiPack: ProvincePack = {
  ...meta,
  rules: [
    localIdForIndividuals(meta, {
      id: 'hb.residence-proof',
      ...cite([TC17, '湖北 个人 #1'], [TC19, '湖北 个人 #1']),
      nature: 'individual',
      mode: 'proof-if-not-local',
    }),
    individualContentRemark(meta, {
      id: 'hb.individual-content-remark',
      ...cite([TC19, '湖北 个人 #4']),
      nature: 'individual',
    }),
    maxWebsitesPerOrder(meta, {
      id: 'hb.websites-per-order',
      ...cite([TC19, '湖北 个人 #5, 企事业 #6']),
      filingTypes: ADDING_WEBSITES,
      max: 1,
    }),
    maxDomainsPerWebsite(meta, {
      id: 'hb.domains-per-website',
      ...cite([TC19, '湖北 个人 #5, 企事业 #6']),
      filingTypes: ADDING_WEBSITES,
      max: 1,
    }),
    landlineRequired(meta, { id: 'hb.landline-required', ...cite([TC19, '湖北 企事业 #3']), nature: 'organisation' }),
    minimumAge(meta, {
      ...cite([TC17, '湖北 企事业 #4']),
      id: 'hb.minimum-age-2017',
      nature: 'organisation',
      bands: ADULTS_ONLY,
    }),
  ],
};
