import { describe, expect, it } from 'vitest';
import { FILING_TYPES, type FilingType } from '../../../shared/domain/filing-types';
import { APP_UPLOAD_ROWS, appUploadAvailable, photoCheckMethod } from '../../../shared/process/photo-check';
import { ALL_PROVINCES, codeOf } from './gb2260';

const WITH_PHOTO: FilingType[] = [
  'first',
  'new-website-elsewhere',
  'new-website-here',
  'access-new',
  'access-continue',
  'change-subject',
  'change-website',
];
const WITHOUT_PHOTO: FilingType[] = ['claim', 'cancel-access', 'cancel-subject', 'cancel-website'];

describe('photo-check method (spec §3 step 7, §8, §9)', () => {
  it('every filing type is classified', () => {
    expect([...WITH_PHOTO, ...WITHOUT_PHOTO].sort()).toEqual([...FILING_TYPES].sort());
  });
  for (const type of WITH_PHOTO) {
    it(`${type}: 上海 uses the Shanghai bureau app, 浙江 the backdrop (spec §9: all Shanghai filings)`, () => {
      expect(photoCheckMethod(codeOf('上海'), type, '2018-11-28')).toBe('shanghai-app');
      expect(photoCheckMethod(codeOf('浙江'), type, '2018-11-28')).toBe('backdrop');
    });
  }
  for (const type of WITHOUT_PHOTO) {
    it(`${type}: no photo check, in Shanghai too (spec §2)`, () => {
      expect(photoCheckMethod(codeOf('上海'), type, '2018-11-28')).toBe('none');
      expect(photoCheckMethod(codeOf('北京'), type, '2018-11-28')).toBe('none');
    });
  }
  it('every province but 上海 uses the backdrop; an unknown province too', () => {
    for (const p of ALL_PROVINCES) {
      expect(photoCheckMethod(p.province, 'first', '2018-11-28')).toBe(
        p.name === '上海市' ? 'shanghai-app' : 'backdrop',
      );
    }
    expect(photoCheckMethod(undefined, 'first', '2018-11-28')).toBe('backdrop');
  });
});

describe('app upload (spec §3 step 5)', () => {
  const APP = ['广东', '重庆', '辽宁', '安徽', '福建'];
  it('广东, 重庆, 辽宁, 安徽, 福建 can upload from the app; the rest cannot', () => {
    for (const p of ALL_PROVINCES) {
      expect(appUploadAvailable(p.province, '2018-11-28')).toBe(APP.some((n) => p.name.startsWith(n)));
    }
    expect(appUploadAvailable(undefined, '2018-11-28')).toBe(false);
  });
  it('the row says what date it is known for', () => {
    expect(APP_UPLOAD_ROWS[0]?.asOf).toBe('2018-11-28');
  });
});
