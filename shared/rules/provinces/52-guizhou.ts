import type { ProvincePack } from '../types';

/** 贵州省 (黔): rules of the 贵州省 bureau beyond the national pack. */
export const guizhouPack: ProvincePack = {
  code: '52',
  name: '贵州省',
  short: '黔',
  id: 'gz',
  rules: [],
};
