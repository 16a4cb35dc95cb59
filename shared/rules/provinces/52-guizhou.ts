import { cite, HW25, TC17, TC19 } from '../data/rule-sources';
import {
  ADULTS_ONLY,
  documentsWhenCount,
  localIdForIndividuals,
  maxDomainsPerWebsite,
  minimumAge,
  NOT_FIRST_FILING,
  sameCityAddresses,
  serviceContentForbidden,
} from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '52', name: '贵州省', short: '黔', id: 'gz' } as const;

const DOMAIN_CERTIFICATES = { zh: '域名证书', en: 'domain certificates' };

/** 贵州省 (黔). 注销 by fax or letter to the bureau is outside the form. */
export const guizhouPack: ProvincePack = {
  ...meta,
  rules: [
    sameCityAddresses(meta, { id: 'gz.same-city-addresses', ...cite([HW25, '贵州 备案管局咨询']) }),
    localIdForIndividuals(meta, {
      id: 'gz.residence-proof',
      ...cite([TC17, '贵州 个人 #1, #2'], [TC19, '贵州 个人 #2']),
      nature: 'individual',
      mode: 'proof-if-not-local',
    }),
    maxDomainsPerWebsite(meta, {
      ...cite([TC19, '贵州 个人 #3, 企事业 #4']),
      id: 'gz.domains-per-website-first',
      filingTypes: ['first'],
      max: 4,
    }),
    maxDomainsPerWebsite(meta, {
      id: 'gz.domains-per-website',
      ...cite([TC19, '贵州 个人 #3, 企事业 #4']),
      filingTypes: NOT_FIRST_FILING,
      max: 5,
    }),
    documentsWhenCount(meta, {
      ...cite([TC19, '贵州 个人 #5, 企事业 #6']),
      id: 'gz.domain-certificates',
      severity: 'info',
      count: 'domains',
      over: 0,
      documents: { zh: '每个域名的域名证书', en: 'a domain certificate for every domain' },
    }),
    documentsWhenCount(meta, {
      ...cite([TC17, '贵州 企事业 #5, 个人 #5']),
      id: 'gz.domain-certificates-2017',
      count: 'domains',
      over: 3,
      documents: DOMAIN_CERTIFICATES,
    }),
    serviceContentForbidden(meta, {
      id: 'gz.individual-service-content',
      ...cite([TC19, '贵州 个人 #7']),
      nature: 'individual',
      choices: ['个人空间', '博客'],
    }),
    minimumAge(meta, {
      ...cite([TC17, '贵州 个人 #4']),
      id: 'gz.minimum-age-2017',
      nature: 'individual',
      bands: ADULTS_ONLY,
    }),
  ],
};
