import { cite, TC17, TC19 } from '../data/rule-sources';
import { ADULTS_ONLY, localIdForIndividuals, minimumAge, serviceContentForbidden } from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '33', name: '浙江省', short: '浙', id: 'zj' } as const;

/** 浙江省 (浙). 个体工商户 无字号 → 「张三（个体工商户）」 cannot be judged: the form does not show 字号. */
export const zhejiangPack: ProvincePack = {
  ...meta,
  rules: [
    serviceContentForbidden(meta, {
      id: 'zj.individual-service-content',
      ...cite([TC19, '浙江 个人 #7']),
      nature: 'individual',
      choices: ['个人空间', '博客'],
    }),
    localIdForIndividuals(meta, {
      id: 'zj.residence-proof',
      ...cite([TC19, '浙江 个人 #1']),
      nature: 'individual',
      mode: 'proof-if-not-local',
    }),
    minimumAge(meta, {
      id: 'zj.minimum-age',
      ...cite([TC17, '浙江 个人 #1'], [TC19, '浙江 个人 #2']),
      nature: 'individual',
      bands: ADULTS_ONLY,
    }),
    minimumAge(meta, {
      ...cite([TC19, '浙江 企事业 #3']),
      id: 'zj.minimum-age-organisation',
      nature: 'organisation',
      bands: ADULTS_ONLY,
    }),
  ],
};
