import type { ProvincePack } from '../types';

/** 吉林省 (吉): rules of the 吉林省 bureau beyond the national pack. */
export const jilinPack: ProvincePack = {
  code: '22',
  name: '吉林省',
  short: '吉',
  id: 'jl',
  rules: [],
};
