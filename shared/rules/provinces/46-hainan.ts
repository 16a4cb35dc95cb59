import type { ProvincePack } from '../types';

/** 海南省 (琼): rules of the 海南省 bureau beyond the national pack. */
export const hainanPack: ProvincePack = {
  code: '46',
  name: '海南省',
  short: '琼',
  id: 'hi',
  rules: [],
};
