import type { ProvincePack } from '../types';

/** 青海省 (青): rules of the 青海省 bureau beyond the national pack. */
export const qinghaiPack: ProvincePack = {
  code: '63',
  name: '青海省',
  short: '青',
  id: 'qh',
  rules: [],
};
