import { cite, HW25, TC17, TC19 } from '../data/rule-sources';
import {
  ADULTS_ONLY,
  documentsWhenCount,
  localMobileInfo,
  maxDomainsPerOrder,
  maxWebsitesPerOrder,
  minimumAge,
  serviceContentForbidden,
} from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '43', name: '湖南省', short: '湘', id: 'hn' } as const;

const NETWORK_PLAN = {
  zh: '组网方案或解释说明（可参考《网站建设方案书》）',
  en: 'a network plan or an explanation (see the 《网站建设方案书》 template)',
};

/** 湖南省 (湘). Local mobiles: TC17 and HW25 say so, TC19 does not — two dated rows. */
export const hunanPack: ProvincePack = {
  ...meta,
  rules: [
    minimumAge(meta, {
      id: 'hn.minimum-age',
      ...cite([TC17, '湖南 企事业 #4, 个人 #1'], [TC19, '湖南 个人 #1, 企事业 #4']),
      bands: ADULTS_ONLY,
    }),
    localMobileInfo(meta, { ...cite([TC17, '湖南 企事业 #5, 个人 #2']), id: 'hn.local-mobile-2017' }),
    localMobileInfo(meta, { id: 'hn.local-mobile', ...cite([HW25, '湖南 备案管局咨询']) }),
    documentsWhenCount(meta, {
      ...cite([TC17, '湖南 个人 #3'], [TC19, '湖南 个人 #6, 企事业 #8']),
      id: 'hn.domain-certificates',
      severity: 'info',
      count: 'domains',
      over: 0,
      documents: { zh: '每个域名的域名证书', en: 'a domain certificate for every domain' },
    }),
    documentsWhenCount(meta, {
      ...cite([TC19, '湖南 个人 #8, 企事业 #10']),
      id: 'hn.network-plan-domains',
      count: 'domains-per-website',
      over: 5,
      documents: NETWORK_PLAN,
    }),
    documentsWhenCount(meta, {
      ...cite([TC19, '湖南 个人 #8, 企事业 #10']),
      id: 'hn.network-plan-websites',
      count: 'websites',
      over: 5,
      documents: NETWORK_PLAN,
    }),
    serviceContentForbidden(meta, {
      id: 'hn.individual-service-content',
      ...cite([TC19, '湖南 个人 #10']),
      nature: 'individual',
      choices: ['个人空间', '博客'],
    }),
    maxWebsitesPerOrder(meta, {
      id: 'hn.websites-per-order',
      ...cite([HW25, '湖南 备案管局咨询 (1 site per order)']),
      max: 1,
    }),
    maxDomainsPerOrder(meta, {
      id: 'hn.domains-per-order',
      ...cite([HW25, '湖南 备案管局咨询 (1 domain per order)']),
      max: 1,
    }),
  ],
};
