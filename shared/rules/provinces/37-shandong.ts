import type { ProvincePack } from '../types';

/** 山东省 (鲁): rules of the 山东省 bureau beyond the national pack. */
export const shandongPack: ProvincePack = {
  code: '37',
  name: '山东省',
  short: '鲁',
  id: 'sd',
  rules: [],
};
