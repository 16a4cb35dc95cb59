import type { ProvincePack } from '../types';

/** 辽宁省 (辽): rules of the 辽宁省 bureau beyond the national pack. */
export const liaoningPack: ProvincePack = {
  code: '21',
  name: '辽宁省',
  short: '辽',
  id: 'ln',
  rules: [],
};
