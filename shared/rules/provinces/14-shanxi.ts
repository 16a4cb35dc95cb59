import type { ProvincePack } from '../types';

/** 山西省 (晋): rules of the 山西省 bureau beyond the national pack. */
export const shanxiPack: ProvincePack = {
  code: '14',
  name: '山西省',
  short: '晋',
  id: 'sx',
  rules: [],
};
