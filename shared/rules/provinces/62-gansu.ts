import type { ProvincePack } from '../types';

/** 甘肃省 (陇): rules of the 甘肃省 bureau beyond the national pack. */
export const gansuPack: ProvincePack = {
  code: '62',
  name: '甘肃省',
  short: '陇',
  id: 'gs',
  rules: [],
};
