import { provinceByName } from '../../regions';

/** A province by code, name, short name or filing-number abbreviation (`浙`, also `川` for 蜀). */
export function findProvincePackLite(q: string): { code: string; name: string } | undefined {
  const p = /^\d{2}/.test(q.trim()) ? undefined : provinceByName(q);
  return p ? { code: p.code, name: p.name } : undefined;
}
