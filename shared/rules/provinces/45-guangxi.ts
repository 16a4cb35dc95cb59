import type { ProvincePack } from '../types';

/** 广西壮族自治区 (桂): rules of the 广西壮族自治区 bureau beyond the national pack. */
export const guangxiPack: ProvincePack = {
  code: '45',
  name: '广西壮族自治区',
  short: '桂',
  id: 'gx',
  rules: [],
};
