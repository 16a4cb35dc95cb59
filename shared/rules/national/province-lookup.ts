import { PROVINCE_PACKS } from '../provinces';

/** A province by code, name, short name or filing-number abbreviation (`浙`), from the pack list. */
export function findProvincePackLite(q: string): { code: string; name: string } | undefined {
  const s = q.normalize('NFKC').replace(/\s/g, '');
  if (!s) return undefined;
  return PROVINCE_PACKS.find((p) => p.code === s || p.short === s || p.name === s || p.name.startsWith(s));
}
