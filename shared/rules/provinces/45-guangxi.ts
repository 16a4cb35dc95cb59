import { PERSONAL_PLEDGE, PERSONAL_PLEDGE_GX_2017 } from '../data/remark-templates';
import { cite, HW25, TC17, TC19 } from '../data/rule-sources';
import {
  GOVERNMENT,
  investorRule,
  localIdForIndividuals,
  localMobileInfo,
  maxDomainsPerWebsite,
  PUBLIC_INSTITUTION,
  pledgeRemark,
  remarkRequiredWhenServiceContent,
  subjectDocumentTypeForNature,
} from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '45', name: '广西壮族自治区', short: '桂', id: 'gx' } as const;

/** 广西壮族自治区 (桂). The pledge wording changed from TC17 (「不含企业」) to TC19 (「不含有企业」): two dated rows. */
export const guangxiPack: ProvincePack = {
  ...meta,
  rules: [
    localMobileInfo(meta, {
      id: 'gx.local-mobile',
      ...cite([TC17, '广西 企事业 #3, 个人 #2'], [TC19, '广西 个人 #2, 企事业 #7']),
    }),
    maxDomainsPerWebsite(meta, { id: 'gx.domains-per-website', ...cite([TC19, '广西 个人 #4, 企事业 #10']), max: 1 }),
    remarkRequiredWhenServiceContent(meta, {
      id: 'gx.other-service-content-remark',
      ...cite([TC19, '广西 个人 #8']),
      nature: 'individual',
      choice: '其他',
    }),
    pledgeRemark(meta, {
      id: 'gx.pledge-remark',
      ...cite([TC19, '广西 个人 #9']),
      nature: 'individual',
      text: PERSONAL_PLEDGE,
    }),
    pledgeRemark(meta, {
      ...cite([TC17, '广西 个人 #4']),
      id: 'gx.pledge-remark-2017',
      nature: 'individual',
      text: PERSONAL_PLEDGE_GX_2017,
    }),
    investorRule(meta, {
      id: 'gx.investor',
      ...cite([TC19, '广西 企事业 #5']),
      nature: 'organisation',
      natures: { only: [...GOVERNMENT, PUBLIC_INSTITUTION] },
      expect: 'not-self',
    }),
    subjectDocumentTypeForNature(meta, {
      ...cite([TC17, '广西 企事业 #1'], [TC19, '广西 企事业 #3']),
      id: 'gx.enterprise-document-type',
      nature: 'organisation',
      natures: { only: ['企业'] },
      expected: /营业执照/,
      expectedLabel: '工商营业执照',
    }),
    localIdForIndividuals(meta, {
      id: 'gx.local-id',
      ...cite([HW25, '广西 备案管局咨询 (no cross-province personal filings)']),
      nature: 'individual',
      mode: 'local-only',
    }),
  ],
};
