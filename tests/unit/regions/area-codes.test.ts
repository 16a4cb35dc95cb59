import { describe, expect, it } from 'vitest';
import {
  areaCodesOfProvince,
  areaCodesOfRegion,
  normaliseAreaCode,
  PROVINCES,
  provinceOfAreaCode,
} from '../../../shared/regions';

describe('landline area codes (spec §4.2 联系方式2: 086-<area code>-<number>)', () => {
  it('浙江 uses 0570–0580; 0571 is 杭州', () => {
    expect(areaCodesOfProvince('33')).toEqual([
      '0570',
      '0571',
      '0572',
      '0573',
      '0574',
      '0575',
      '0576',
      '0577',
      '0578',
      '0579',
      '0580',
    ]);
    expect(areaCodesOfRegion('330100')).toEqual(['0571']);
    expect(areaCodesOfRegion('330106')).toEqual(['0571']);
  });

  it('provinceOfAreaCode: 010 北京, 0571 浙江, 023 重庆, with or without the leading 0, full-width too', () => {
    expect(provinceOfAreaCode('010')?.code).toBe('11');
    expect(provinceOfAreaCode('571')?.code).toBe('33');
    expect(provinceOfAreaCode('０５７１')?.code).toBe('33');
    expect(provinceOfAreaCode('023')?.code).toBe('50');
    expect(provinceOfAreaCode('0999')?.code).toBe('65');
    expect(provinceOfAreaCode('0001')).toBeUndefined();
    expect(provinceOfAreaCode('abc')).toBeUndefined();
    expect(normaliseAreaCode('12345')).toBeUndefined();
  });

  it('renamed prefectures keep their codes (襄樊 → 襄阳 0710, 毕节地区 → 毕节市 0857)', () => {
    expect(areaCodesOfRegion('420600')).toEqual(['0710']);
    expect(areaCodesOfRegion('520500')).toEqual(['0857']);
  });

  it('county-level units with their own code: 仙桃 0728; 济源 shares 0391 with 焦作', () => {
    expect(areaCodesOfRegion('429004')).toEqual(['0728']);
    expect(areaCodesOfRegion('419001')).toEqual(['0391']);
    expect(provinceOfAreaCode('0391')?.code).toBe('41');
  });

  it('every filing province has at least one area code, and no code belongs to two provinces', () => {
    const seen = new Map<string, string>();
    for (const p of PROVINCES) {
      const codes = areaCodesOfProvince(p.code);
      expect(codes.length, p.name).toBeGreaterThan(0);
      for (const c of codes) {
        expect(seen.get(c), `${c} in ${p.name} and ${seen.get(c)}`).toBeUndefined();
        seen.set(c, p.name);
      }
    }
  });
});
