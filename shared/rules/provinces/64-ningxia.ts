import { cite, HW25, TC17, TC19 } from '../data/rule-sources';
import { investorRule, localIdForIndividuals, localMobileInfo, subjectDocumentTypeForNature } from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '64', name: '宁夏回族自治区', short: '宁', id: 'nx' } as const;

/** 宁夏回族自治区 (宁). Local IDs: TC17 and HW25 say so, TC19 does not — two dated rows. */
export const ningxiaPack: ProvincePack = {
  ...meta,
  rules: [
    investorRule(meta, {
      id: 'nx.investor',
      ...cite([TC17, '宁夏 企事业 #1'], [TC19, '宁夏 企事业 #2']),
      nature: 'organisation',
      natures: { only: ['企业'] },
      expect: 'legal-representative',
    }),
    investorRule(meta, {
      ...cite([TC17, '宁夏 企事业 #1'], [TC19, '宁夏 企事业 #2']),
      id: 'nx.investor-supervisor',
      nature: 'organisation',
      natures: { except: ['企业'] },
      expect: 'not-self',
    }),
    subjectDocumentTypeForNature(meta, {
      ...cite([TC17, '宁夏 企事业 #4'], [TC19, '宁夏 企事业 #1']),
      id: 'nx.enterprise-document-type',
      nature: 'organisation',
      natures: { only: ['企业'] },
      expected: /营业执照/,
      expectedLabel: '工商营业执照（副本）',
    }),
    localIdForIndividuals(meta, {
      ...cite([TC17, '宁夏 个人 #1']),
      id: 'nx.local-id-2017',
      nature: 'individual',
      mode: 'local-only',
    }),
    localIdForIndividuals(meta, {
      id: 'nx.local-id',
      ...cite([HW25, '宁夏 备案管局咨询 (no cross-province personal filings)']),
      nature: 'individual',
      mode: 'local-only',
    }),
    localMobileInfo(meta, { ...cite([TC17, '宁夏 企事业 #3, 个人 #3']), id: 'nx.local-mobile-2017' }),
  ],
};
