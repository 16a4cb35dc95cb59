import { cite, TC17, TC19 } from '../data/rule-sources';
import { investorRule, localIdForIndividuals } from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '35', name: '福建省', short: '闽', id: 'fj' } as const;

/** 福建省 (闽). 投资人或主管单位: 企业 → 企业全称, other units → 上级主管单位全称. */
export const fujianPack: ProvincePack = {
  ...meta,
  rules: [
    localIdForIndividuals(meta, {
      id: 'fj.residence-proof',
      ...cite([TC17, '福建 个人 #1'], [TC19, '福建 个人 #1']),
      nature: 'individual',
      mode: 'proof-if-not-local',
    }),
    investorRule(meta, {
      id: 'fj.investor',
      ...cite([TC17, '福建 企事业 #4'], [TC19, '福建 企事业 #1']),
      nature: 'organisation',
      natures: { only: ['企业'] },
      expect: 'subject-name',
    }),
    investorRule(meta, {
      ...cite([TC17, '福建 企事业 #4'], [TC19, '福建 企事业 #1']),
      id: 'fj.investor-supervisor',
      nature: 'organisation',
      natures: { except: ['企业'] },
      expect: 'not-self',
    }),
  ],
};
