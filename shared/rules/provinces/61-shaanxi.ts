import { cite, TC17, TC19 } from '../data/rule-sources';
import { documentsWhenCount, localMobileInfo } from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '61', name: '陕西省', short: '陕', id: 'sn' } as const;

/** 陕西省 (陕). 个体工商户 → 企业 (无字号: register one first) cannot be seen on the form. */
export const shaanxiPack: ProvincePack = {
  ...meta,
  rules: [
    localMobileInfo(meta, {
      id: 'sn.local-mobile',
      ...cite([TC17, '陕西 企事业 #4, 个人 #3'], [TC19, '陕西 个人 #1, 企事业 #3']),
    }),
    documentsWhenCount(meta, {
      ...cite([TC17, '陕西 企事业 #5, 个人 #4'], [TC19, '陕西 个人 #2, 企事业 #4']),
      id: 'sn.domain-certificates',
      count: 'domains',
      over: 4,
      documents: {
        zh: '域名证书（主体下有五个或以上域名）',
        en: 'domain certificates (five or more domains under the subject)',
      },
    }),
  ],
};
