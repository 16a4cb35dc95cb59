import type { ProvincePack } from '../types';

/** 安徽省 (皖): rules of the 安徽省 bureau beyond the national pack. */
export const anhuiPack: ProvincePack = {
  code: '34',
  name: '安徽省',
  short: '皖',
  id: 'ah',
  rules: [],
};
