import { describe, expect, it } from 'vitest';
import { findRegion } from '../../../shared/regions';

describe('findRegion: 主办单位所属区域 province / city / district (spec §4.1)', () => {
  it('浙江省 杭州市 西湖区 is valid', () => {
    const r = findRegion('浙江省', '杭州市', '西湖区');
    expect(r.ok).toBe(true);
    if (r.ok) expect([r.province.code, r.city?.code, r.district?.code]).toEqual(['33', '330100', '330106']);
  });

  it('西湖区 under 宁波市 is wrong at the district level, lists 宁波市 districts and where 西湖区 is', () => {
    const r = findRegion('浙江省', '宁波市', '西湖区');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.level).toBe('district');
    expect(r.problem).toBe('not-in-parent');
    expect(r.choices).toContain('鄞州区');
    expect(r.choices).not.toContain('西湖区');
    expect(r.elsewhere.map((e) => e.code).sort()).toEqual(['330106', '360103']); // 杭州 and 南昌
  });

  it('a city of another province is wrong at the city level', () => {
    const r = findRegion('浙江省', '南京市');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.level).toBe('city');
      expect(r.choices).toContain('杭州市');
      expect(r.elsewhere.map((e) => e.code)).toEqual(['320100']);
    }
  });

  it('北京市 北京市 朝阳区 and 北京市 市辖区 朝阳区 are both valid', () => {
    for (const city of ['北京市', '市辖区', '北京']) {
      const r = findRegion('北京市', city, '朝阳区');
      expect(r.ok, city).toBe(true);
      if (r.ok) expect(r.district?.code).toBe('110105');
    }
    expect(findRegion('重庆市', '县', '城口县').ok).toBe(true);
  });

  it('朝阳区 under 北京市 is 110105, not 长春 (220104)', () => {
    const r = findRegion('北京', '北京市', '朝阳区');
    expect(r.ok && r.district?.code).toBe('110105');
  });

  it('names without suffix are accepted when unique (浙江 杭州 西湖)', () => {
    const r = findRegion('浙江', '杭州', '西湖');
    expect(r.ok && r.district?.code).toBe('330106');
  });

  it('partial triples: province only, or province and city, are valid so far', () => {
    expect(findRegion('浙江省').ok).toBe(true);
    expect(findRegion('浙江省', '杭州市').ok).toBe(true);
  });

  it('an empty or unknown province is wrong at the province level, with the 31 choices', () => {
    const empty = findRegion('');
    expect(empty.ok === false && empty.problem).toBe('missing');
    const unknown = findRegion('火星省');
    expect(unknown.ok === false && unknown.problem).toBe('unknown');
    if (!unknown.ok) expect(unknown.choices).toHaveLength(31);
  });

  it('香港 is not a filing province', () => {
    const r = findRegion('香港特别行政区', '中西区');
    expect(r.ok === false && r.problem).toBe('not-a-filing-province');
  });

  it('仙桃市 at the city level (province-governed county) is accepted', () => {
    const r = findRegion('湖北省', '仙桃市');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.district?.code).toBe('429004');
  });

  it('cities without a district list (东莞市) accept any district but say it was not checked', () => {
    const r = findRegion('广东省', '东莞市', '松山湖');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.districtUnchecked).toBe(true);
  });
});
