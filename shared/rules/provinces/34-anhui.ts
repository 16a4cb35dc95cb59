import { cite, TC19 } from '../data/rule-sources';
import { landlineRemark, localIdForIndividuals } from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '34', name: '安徽省', short: '皖', id: 'ah' } as const;

/** 安徽省 (皖). 个体工商户 无字号 (name = 法人 + remark) cannot be judged from the form. */
export const anhuiPack: ProvincePack = {
  ...meta,
  rules: [
    localIdForIndividuals(meta, {
      id: 'ah.residence-proof',
      ...cite([TC19, '安徽 个人 #1']),
      nature: 'individual',
      mode: 'proof-if-not-local',
    }),
    landlineRemark(meta, {
      id: 'ah.landline-remark',
      ...cite([TC19, '安徽 企事业 #4']),
      nature: 'organisation',
      when: 'blank',
      mentions: /企业无座机/,
      template: '企业无座机',
    }),
  ],
};
