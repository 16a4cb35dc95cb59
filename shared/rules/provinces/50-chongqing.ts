import type { ProvincePack } from '../types';

/** 重庆市 (渝): rules of the 重庆市 bureau beyond the national pack. */
export const chongqingPack: ProvincePack = {
  code: '50',
  name: '重庆市',
  short: '渝',
  id: 'cq',
  rules: [],
};
