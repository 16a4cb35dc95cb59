import type { ProvincePack } from '../types';

/** 江苏省 (苏): rules of the 江苏省 bureau beyond the national pack. */
export const jiangsuPack: ProvincePack = {
  code: '32',
  name: '江苏省',
  short: '苏',
  id: 'js',
  rules: [],
};
