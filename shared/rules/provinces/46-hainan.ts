import { cite, TC17, TC19 } from '../data/rule-sources';
import { documentTypeForbidden, maxDomainsPerOrder, placeNamesInWebsiteName } from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '46', name: '海南省', short: '琼', id: 'hi' } as const;

/** 海南省 (琼). 「国字号」 names are website-name.national-words (national). */
export const hainanPack: ProvincePack = {
  ...meta,
  rules: [
    placeNamesInWebsiteName(meta, {
      id: 'hi.website-name-place-name',
      ...cite([TC19, '海南 个人 #2']),
      nature: 'individual',
    }),
    maxDomainsPerOrder(meta, {
      id: 'hi.domains-per-order',
      ...cite([TC19, '海南 个人 #4']),
      nature: 'individual',
      filingTypes: ['first'],
      max: 1,
    }),
    documentTypeForbidden(meta, {
      ...cite([TC17, '海南 个人 #1']),
      id: 'hi.temporary-id-card-2017',
      nature: 'individual',
      who: 'subject-and-principals',
      pattern: /临时/,
      label: { zh: '临时身份证', en: 'temporary ID cards' },
    }),
  ],
};
