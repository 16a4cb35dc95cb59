import type { ProvincePack } from '../types';

/** 西藏自治区 (藏): rules of the 西藏自治区 bureau beyond the national pack. */
export const xizangPack: ProvincePack = {
  code: '54',
  name: '西藏自治区',
  short: '藏',
  id: 'xz',
  rules: [],
};
