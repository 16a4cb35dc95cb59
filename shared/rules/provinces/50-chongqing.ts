import { cite, TC17, TC19 } from '../data/rule-sources';
import {
  ADULTS_ONLY,
  documentsWhenCount,
  landlineRemark,
  landlineRequired,
  localIdForIndividuals,
  localMobileInfo,
  maxDomainsPerWebsite,
  minimumAge,
  remarkRequiredWhenServiceContent,
  SIXTEEN_WITH_PROOF,
  suffixRestriction,
} from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '50', name: '重庆市', short: '渝', id: 'cq' } as const;

/**
 * 重庆市 (渝). Personal `.org`: TC17 only (TC19 is silent, and from TC19's date .org is not fileable nationally
 * anyway), so it ends 2019-08-15.
 */
export const chongqingPack: ProvincePack = {
  ...meta,
  rules: [
    localIdForIndividuals(meta, {
      id: 'cq.local-id',
      ...cite([TC17, '重庆 个人 #1'], [TC19, '重庆 个人 #1, #12']),
      nature: 'individual',
      mode: 'local-only',
    }),
    minimumAge(meta, {
      id: 'cq.minimum-age',
      ...cite([TC19, '重庆 个人 #2']),
      nature: 'individual',
      bands: SIXTEEN_WITH_PROOF,
    }),
    minimumAge(meta, {
      ...cite([TC17, '重庆 企事业 #4']),
      id: 'cq.minimum-age-2017',
      nature: 'organisation',
      bands: ADULTS_ONLY,
    }),
    landlineRequired(meta, {
      id: 'cq.landline-required',
      ...cite([TC19, '重庆 个人 #3 (emergency contact in 联系方式2)']),
      nature: 'individual',
    }),
    landlineRemark(meta, {
      id: 'cq.landline-remark',
      ...cite([TC19, '重庆 个人 #3']),
      nature: 'individual',
      when: 'present',
      mentions: /紧急联系人|应急联系人/,
      template: '紧急联系人：XXX（联系方式2）',
    }),
    maxDomainsPerWebsite(meta, { id: 'cq.domains-per-website', ...cite([TC19, '重庆 个人 #4, 企事业 #4']), max: 1 }),
    maxDomainsPerWebsite(meta, {
      ...cite([TC17, '重庆 企事业 #6']),
      id: 'cq.domains-per-website-2017',
      nature: 'organisation',
      max: 1,
    }),
    documentsWhenCount(meta, {
      ...cite([TC19, '重庆 个人 #6, 企事业 #6']),
      id: 'cq.construction-plan',
      count: 'websites',
      over: 5,
      documents: {
        zh: '每个域名的建设方案，以及主体的保证书（单位：企业和接入商双方盖章）',
        en: "a construction plan per domain and the subject's guarantee letter (organisations: stamped by both sides)",
      },
    }),
    documentsWhenCount(meta, {
      ...cite([TC19, '重庆 个人 #9, 企事业 #9']),
      id: 'cq.domain-certificates',
      severity: 'info',
      count: 'domains',
      over: 0,
      documents: { zh: '每个域名的域名证书', en: 'a domain certificate for every domain' },
    }),
    remarkRequiredWhenServiceContent(meta, {
      id: 'cq.other-service-content-remark',
      ...cite([TC19, '重庆 个人 #11, 企事业 #11']),
      choice: '其他',
    }),
    suffixRestriction(meta, {
      ...cite([TC17, '重庆 个人 #2']),
      id: 'cq.individual-org-domain',
      nature: 'individual',
      restrictionId: 'cq-individual-no-org',
    }),
    localMobileInfo(meta, { ...cite([TC17, '重庆 企事业 #5, 个人 #3']), id: 'cq.local-mobile-2017' }),
  ],
};
