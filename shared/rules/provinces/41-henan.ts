import type { ProvincePack } from '../types';

/** 河南省 (豫): rules of the 河南省 bureau beyond the national pack. */
export const henanPack: ProvincePack = {
  code: '41',
  name: '河南省',
  short: '豫',
  id: 'ha',
  rules: [],
};
