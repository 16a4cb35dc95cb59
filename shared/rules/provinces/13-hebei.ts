import type { ProvincePack } from '../types';

/** 河北省 (冀): rules of the 河北省 bureau beyond the national pack. */
export const hebeiPack: ProvincePack = {
  code: '13',
  name: '河北省',
  short: '冀',
  id: 'he',
  rules: [],
};
