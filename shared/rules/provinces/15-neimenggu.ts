import type { ProvincePack } from '../types';

/** 内蒙古自治区 (蒙): rules of the 内蒙古自治区 bureau beyond the national pack. */
export const neimengguPack: ProvincePack = {
  code: '15',
  name: '内蒙古自治区',
  short: '蒙',
  id: 'nm',
  rules: [],
};
