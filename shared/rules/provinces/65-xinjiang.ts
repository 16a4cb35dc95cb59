import type { ProvincePack } from '../types';

/** 新疆维吾尔自治区 (新): rules of the 新疆维吾尔自治区 bureau beyond the national pack. */
export const xinjiangPack: ProvincePack = {
  code: '65',
  name: '新疆维吾尔自治区',
  short: '新',
  id: 'xj',
  rules: [],
};
