import type { ProvincePack } from '../types';

/** 云南省 (滇): rules of the 云南省 bureau beyond the national pack. */
export const yunnanPack: ProvincePack = {
  code: '53',
  name: '云南省',
  short: '滇',
  id: 'yn',
  rules: [],
};
