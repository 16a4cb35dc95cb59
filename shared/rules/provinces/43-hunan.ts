import type { ProvincePack } from '../types';

/** 湖南省 (湘): rules of the 湖南省 bureau beyond the national pack. */
export const hunanPack: ProvincePack = {
  code: '43',
  name: '湖南省',
  short: '湘',
  id: 'hn',
  rules: [],
};
