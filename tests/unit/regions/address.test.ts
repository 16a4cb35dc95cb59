import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRegion } from '../../../shared/regions';
import {
  cityNamedIn,
  hasHouseNumber,
  nonFilingRegionNamedIn,
  provinceNamedIn,
  regionsNamedIn,
  repeatsRegion,
  unitSymbolsIn,
  usesSymbolsForUnits,
} from '../../../shared/regions/address';

describe('provinceNamedIn: the province an address names (spec §4.1; research N1, N2)', () => {
  it('「浙江省杭州市西湖区文三路90号」 names 浙江 (33)', () => {
    expect(provinceNamedIn('浙江省杭州市西湖区文三路90号')?.code).toBe('33');
  });

  it('「文三路90号」 names no province', () => {
    expect(provinceNamedIn('文三路90号')).toBeUndefined();
  });

  it('朝阳区 alone is ambiguous (北京 and 长春): no answer', () => {
    expect(provinceNamedIn('朝阳区建国路1号')).toBeUndefined();
    expect(regionsNamedIn('朝阳区建国路1号').provinceCodes.sort()).toEqual(['11', '22']);
  });

  it('西湖区 alone is ambiguous (杭州 and 南昌); with its city it is not', () => {
    expect(provinceNamedIn('西湖区文三路')).toBeUndefined();
    expect(provinceNamedIn('南昌市西湖区')?.code).toBe('36');
    expect(provinceNamedIn('长春市朝阳区')?.code).toBe('22');
  });

  it('a city name unique to one province is enough (杭州市…, 仙桃市…)', () => {
    expect(provinceNamedIn('杭州市文三路90号')?.code).toBe('33');
    expect(provinceNamedIn('仙桃市沔阳大道1号')?.code).toBe('42');
  });

  it('names without suffix at the start: 浙江杭州…, 北京朝阳区…, 上海南京东路…', () => {
    expect(provinceNamedIn('浙江杭州西湖区文三路')?.code).toBe('33');
    expect(provinceNamedIn('北京朝阳区建国路')?.code).toBe('11');
    expect(provinceNamedIn('上海南京东路1号')?.code).toBe('31');
    expect(provinceNamedIn('杭州西湖区文三路')?.code).toBe('33');
  });

  it('street names after other cities are not regions: 北京路, 南京东路, 中山路', () => {
    expect(provinceNamedIn('北京路100号')).toBeUndefined();
    expect(provinceNamedIn('南京东路1号')).toBeUndefined();
    expect(provinceNamedIn('中山路1号')).toBeUndefined();
    expect(provinceNamedIn('广州市越秀区北京路1号')?.code).toBe('44');
  });

  it('full-width spaces, a leading 中国 and a region named later in the text', () => {
    expect(provinceNamedIn('中国 浙江省　杭州市')?.code).toBe('33');
    expect(provinceNamedIn('文三路90号（杭州市西湖区）')?.code).toBe('33');
  });

  it('municipalities: 北京市朝阳区 → 11, 重庆市城口县 → 50', () => {
    expect(provinceNamedIn('北京市朝阳区建国路')?.code).toBe('11');
    expect(regionsNamedIn('北京市朝阳区建国路').district?.code).toBe('110105');
    expect(regionsNamedIn('重庆市城口县').district?.code).toBe('500229');
  });

  it('香港 / 澳门 / 台湾 addresses are recognised as non-filing regions', () => {
    expect(nonFilingRegionNamedIn('香港特别行政区中西区')?.code).toBe('81');
    expect(nonFilingRegionNamedIn('台湾路1号')).toBeUndefined();
    expect(provinceNamedIn('香港中西区')).toBeUndefined();
  });
});

describe('cityNamedIn', () => {
  it('finds the city, also when the province is given separately', () => {
    expect(cityNamedIn('浙江省杭州市西湖区文三路')?.code).toBe('330100');
    expect(cityNamedIn('杭州文三路90号', '33')?.code).toBe('330100');
    expect(cityNamedIn('北京市朝阳区', '11')?.code).toBe('110100');
  });
  it('undefined when the address names none, or a city of another province', () => {
    expect(cityNamedIn('文三路90号')).toBeUndefined();
    expect(cityNamedIn('南京市鼓楼区', '33')).toBeUndefined();
  });
});

describe('repeatsRegion: 通讯地址 must not repeat the pre-filled 省市区 (spec §4.1; research N4)', () => {
  const hz = { province: '浙江省', city: '杭州市', district: '西湖区' };

  it('detects 「杭州市西湖区文三路」 when 杭州市/西湖区 are pre-filled', () => {
    expect(repeatsRegion('杭州市西湖区文三路90号', hz)).toEqual({
      repeated: ['city', 'district'],
      text: '杭州市西湖区',
      rest: '文三路90号',
    });
  });

  it('detects all three, also written without suffixes or with spaces', () => {
    expect(repeatsRegion('浙江省杭州市西湖区文三路', hz).repeated).toEqual(['province', 'city', 'district']);
    expect(repeatsRegion('杭州西湖区文三路', hz).repeated).toEqual(['city', 'district']);
    expect(repeatsRegion('浙江 杭州市 西湖区 文三路', hz)).toMatchObject({
      repeated: ['province', 'city', 'district'],
      rest: '文三路',
    });
  });

  it('a street part alone repeats nothing', () => {
    expect(repeatsRegion('文三路90号', hz)).toEqual({ repeated: [], text: '', rest: '文三路90号' });
  });

  it('place names that start like the region are not repeats (杭州大厦, 西湖文化广场)', () => {
    expect(repeatsRegion('杭州大厦501室', hz).repeated).toEqual([]);
    expect(repeatsRegion('西湖文化广场1号', hz).repeated).toEqual([]);
  });

  it('municipalities: 「北京市朝阳区建国路」 repeats province, city and district; 北京大厦 does not', () => {
    const bj = { province: '北京市', city: '北京市', district: '朝阳区' };
    expect(repeatsRegion('北京市朝阳区建国路1号', bj)).toMatchObject({
      repeated: ['province', 'city', 'district'],
      rest: '建国路1号',
    });
    expect(repeatsRegion('北京大厦', bj).repeated).toEqual([]);
    expect(repeatsRegion('朝阳区建国路1号', bj).repeated).toEqual(['district']);
  });
});

describe('hasHouseNumber (spec §4.1; research N3: no house number → say so in 备注)', () => {
  it.each([
    '文三路90号',
    '文三路90-92号',
    '某小区3号楼2单元501室',
    '某花园5栋',
    '某园2幢',
    '某大厦A座',
    '某路12弄',
    '某镇桃源村3组',
    '某镇桃源村',
    '某镇五组',
    '建国路甲1号',
    '某大厦1808',
    '3-2-501',
  ])('true: %s', (address) => expect(hasHouseNumber(address)).toBe(true));

  it.each(['文三路', '某某小区', '中关村大街', '经三路', '二环路', '地铁2号线某站旁', '', '某工业园区'])(
    'false: %s',
    (address) => expect(hasHouseNumber(address)).toBe(false),
  );
});

describe('usesSymbolsForUnits (TC19 北京: 「1单元2层3号」, not 「1-2-3」)', () => {
  it('flags 1-2-3, 5-101, 3/2/501 and 5#', () => {
    expect(unitSymbolsIn('某小区1-2-3')).toEqual(['1-2-3']);
    expect(usesSymbolsForUnits('某小区5-101')).toBe(true);
    expect(usesSymbolsForUnits('某小区3/2/501')).toBe(true);
    expect(usesSymbolsForUnits('某小区5#楼')).toBe(true);
  });
  it('accepts words, door-number ranges and telephone numbers', () => {
    expect(usesSymbolsForUnits('某小区1单元2层3号')).toBe(false);
    expect(usesSymbolsForUnits('文三路90-92号')).toBe(false);
    expect(usesSymbolsForUnits('文三路90号 电话010-12345678')).toBe(false);
  });
});

describe('never throws; pure (fast-check)', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.constantFrom('浙江省杭州市西湖区文三路90号', '北京市朝阳区', '\u202e北京', '１－２－３', '😀村3组', '\u0000'),
  );
  it('every helper returns for any string', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        provinceNamedIn(a);
        cityNamedIn(a, '33');
        regionsNamedIn(a);
        repeatsRegion(a, { province: b, city: b, district: b });
        hasHouseNumber(a);
        usesSymbolsForUnits(a);
        nonFilingRegionNamedIn(a);
        findRegion(a, b, a);
      }),
      { numRuns: 300 },
    );
  });
  it('non-string input (from untyped JSON) does not throw', () => {
    const bad = [undefined, null, 42, {}] as unknown as string[];
    for (const v of bad) {
      expect(() => [
        provinceNamedIn(v),
        repeatsRegion(v, {}),
        hasHouseNumber(v),
        usesSymbolsForUnits(v),
        findRegion(v, v, v),
      ]).not.toThrow();
    }
  });
  it('a repeat is always a prefix: text + rest rebuild the address (spaces aside)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('浙江省', '杭州市', '西湖区', '杭州', '浙江', ''),
        fc.constantFrom('杭州市', '西湖区', '文三路90号', '大厦'),
        fc.string({ maxLength: 10 }),
        (a, b, c) => {
          const address = `${a}${b}${c}`;
          const r = repeatsRegion(address, { province: '浙江省', city: '杭州市', district: '西湖区' });
          expect((r.text + r.rest).replace(/\s/g, '')).toBe(address.normalize('NFKC').replace(/\s/g, ''));
        },
      ),
    );
  });
});
