import type { ProvincePack } from '../types';

/** 陕西省 (陕): rules of the 陕西省 bureau beyond the national pack. */
export const shaanxiPack: ProvincePack = {
  code: '61',
  name: '陕西省',
  short: '陕',
  id: 'sn',
  rules: [],
};
