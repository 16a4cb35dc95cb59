import type { ProvincePack } from '../types';

/** 上海市 (沪): rules of the 上海市 bureau beyond the national pack. */
export const shanghaiPack: ProvincePack = {
  code: '31',
  name: '上海市',
  short: '沪',
  id: 'sh',
  rules: [],
};
