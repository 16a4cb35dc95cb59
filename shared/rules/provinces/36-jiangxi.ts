import { cite, citeFrom, citeUntil, HW25, TC19 } from '../data/rule-sources';
import { ADULTS_ONLY, localIdForIndividuals, minimumAge } from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '36', name: '江西省', short: '赣', id: 'jx' } as const;

/**
 * 江西省 (赣). Local ID: TC19 accepts only 江西 IDs; HW25 (2025-12-31) accepts other IDs with a 江西 residence
 * permit. HW25 is the newer restatement, so the TC19 row ends on HW25's date.
 */
export const jiangxiPack: ProvincePack = {
  ...meta,
  rules: [
    localIdForIndividuals(meta, {
      id: 'jx.local-id',
      ...citeUntil(HW25.from, [TC19, '江西 个人 #1']),
      nature: 'individual',
      mode: 'local-only',
    }),
    localIdForIndividuals(meta, {
      id: 'jx.residence-proof',
      ...citeFrom(HW25.from, [HW25, '江西 备案管局咨询']),
      nature: 'individual',
      mode: 'proof-if-not-local',
    }),
    minimumAge(meta, { id: 'jx.minimum-age', ...cite([TC19, '江西 个人 #2, 企事业 #3']), bands: ADULTS_ONLY }),
  ],
};
