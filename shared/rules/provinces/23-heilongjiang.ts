import type { ProvincePack } from '../types';

/** 黑龙江省 (黑): rules of the 黑龙江省 bureau beyond the national pack. */
export const heilongjiangPack: ProvincePack = {
  code: '23',
  name: '黑龙江省',
  short: '黑',
  id: 'hl',
  rules: [],
};
