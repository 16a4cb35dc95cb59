import type { ProvincePack } from '../types';

/** 四川省 (蜀): rules of the 四川省 bureau beyond the national pack. */
export const sichuanPack: ProvincePack = {
  code: '51',
  name: '四川省',
  short: '蜀',
  id: 'sc',
  rules: [],
};
