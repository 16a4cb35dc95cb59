import { cite, HW25, TC17, TC19 } from '../data/rule-sources';
import { localIdForIndividuals, maxDomainsPerOrder } from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '14', name: '山西省', short: '晋', id: 'sx' } as const;

/** 山西省 (晋). 个体工商户 有字号→企业 (TC19) cannot be seen on the form. */
export const shanxiPack: ProvincePack = {
  ...meta,
  rules: [
    localIdForIndividuals(meta, {
      id: 'sx.local-id',
      ...cite([TC17, '山西 个人 #1'], [TC19, '山西 个人 #2']),
      nature: 'individual',
      mode: 'local-only',
    }),
    maxDomainsPerOrder(meta, {
      id: 'sx.domains-per-order',
      ...cite([HW25, '山西 备案域名咨询 (≤3 new domains per order)']),
      max: 3,
    }),
  ],
};
