import type { ProvincePack } from '../types';

/** 宁夏回族自治区 (宁): rules of the 宁夏回族自治区 bureau beyond the national pack. */
export const ningxiaPack: ProvincePack = {
  code: '64',
  name: '宁夏回族自治区',
  short: '宁',
  id: 'nx',
  rules: [],
};
