import type { ProvincePack } from '../types';

/** 福建省 (闽): rules of the 福建省 bureau beyond the national pack. */
export const fujianPack: ProvincePack = {
  code: '35',
  name: '福建省',
  short: '闽',
  id: 'fj',
  rules: [],
};
