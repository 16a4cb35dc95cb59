import type { ProvincePack } from '../types';

/** 广东省 (粤): rules of the 广东省 bureau beyond the national pack. */
export const guangdongPack: ProvincePack = {
  code: '44',
  name: '广东省',
  short: '粤',
  id: 'gd',
  rules: [],
};
