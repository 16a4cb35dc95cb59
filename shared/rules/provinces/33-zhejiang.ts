import type { ProvincePack } from '../types';

/** 浙江省 (浙): rules of the 浙江省 bureau beyond the national pack. */
export const zhejiangPack: ProvincePack = {
  code: '33',
  name: '浙江省',
  short: '浙',
  id: 'zj',
  rules: [],
};
