import { NATIONAL_PACK } from '../shared/rules/national';
import { PROVINCE_PACKS } from '../shared/rules/provinces';
import { factoryRecord } from '../shared/rules/factories/common';
const all = [...NATIONAL_PACK.rules, ...PROVINCE_PACKS.flatMap((p) => p.rules)];
const missing = all.filter((r) => !r.examples);
console.log('missing', missing.length, 'of', all.length);
const groups = new Map<string, string[]>();
for (const r of missing) { const k = factoryRecord(r)?.factory ?? r.id.split('.')[0]!; groups.set(k, [...(groups.get(k) ?? []), r.id]); }
for (const [k, v] of groups) console.log(k, v.length, v.slice(0, 12).join(' '));
