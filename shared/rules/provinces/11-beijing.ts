import type { ProvincePack } from '../types';

/** 北京市 (京): rules of the 北京市 bureau beyond the national pack. */
export const beijingPack: ProvincePack = {
  code: '11',
  name: '北京市',
  short: '京',
  id: 'bj',
  rules: [],
};
