import { cite, TC17, TC19 } from '../data/rule-sources';
import { individualContentRemark, localIdForIndividuals } from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '63', name: '青海省', short: '青', id: 'qh' } as const;

/** 青海省 (青). */
export const qinghaiPack: ProvincePack = {
  ...meta,
  rules: [
    localIdForIndividuals(meta, {
      id: 'qh.local-id',
      ...cite([TC17, '青海 个人 #1'], [TC19, '青海 个人 #1']),
      nature: 'individual',
      mode: 'local-only',
    }),
    individualContentRemark(meta, {
      id: 'qh.individual-content-remark',
      ...cite([TC17, '青海 个人 #4'], [TC19, '青海 个人 #4']),
      nature: 'individual',
    }),
  ],
};
