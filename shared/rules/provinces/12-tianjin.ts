import type { ProvincePack } from '../types';

/** 天津市 (津): rules of the 天津市 bureau beyond the national pack. */
export const tianjinPack: ProvincePack = {
  code: '12',
  name: '天津市',
  short: '津',
  id: 'tj',
  rules: [],
};
