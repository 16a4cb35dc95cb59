import type { ProvincePack } from '../types';

/** 湖北省 (鄂): rules of the 湖北省 bureau beyond the national pack. */
export const hubeiPack: ProvincePack = {
  code: '42',
  name: '湖北省',
  short: '鄂',
  id: 'hb',
  rules: [],
};
