import type { ProvincePack } from '../types';

/** 江西省 (赣): rules of the 江西省 bureau beyond the national pack. */
export const jiangxiPack: ProvincePack = {
  code: '36',
  name: '江西省',
  short: '赣',
  id: 'jx',
  rules: [],
};
