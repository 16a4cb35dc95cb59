/**
 * Address helpers for 主办单位证件住所 and 主办单位通讯地址 (spec §4.1; research N1–N4):
 * which province or city an address names, whether the street part repeats the pre-filled
 * province/city/district, whether it reaches a house number, and Beijing's "words, not symbols" rule.
 * Pure functions of strings; they never throw.
 *
 * How an address is read: Chinese addresses go from large to small (省 → 市 → 区/县 → street), so the
 * region names are read from the start of the text, one level after another. Full names (浙江省, 杭州市,
 * 西湖区) always count. Names without their suffix (浙江, 杭州) count only where they cannot be a street
 * name: a province's or city's short name must not be followed by a road word (北京路, 南京东路, 中山路
 * are streets in other cities), and a city's short name needs the province before it or one of its
 * districts after it. District names count only in full (西湖文化广场 is a place, not 西湖区). When the
 * start names nothing, full province and city names anywhere in the text are used, then district names
 * of three or more characters; a name shared by several provinces (朝阳区: 北京 and 长春) gives no answer.
 */
import {
  citiesOf,
  districtsOf,
  NON_FILING_REGIONS,
  normaliseRegionName,
  PROVINCES,
  type ProvinceInfo,
  provinceByCode,
  provinceByName,
  type Region,
  type RegionLevel,
  regionByCode,
  shortRegionName,
} from './index';

/** After a place name, these make it a street: 北京路, 南京东路, 中山北二路, 长安街, 人民大道, 上海里弄. */
const ROAD_AFTER = /^[东西南北中]{0,2}[一二三四五六七八九十\d]{0,2}(?:路|街|大街|大道|道|巷|弄|里|胡同|桥|环)/;

interface Token {
  text: string;
  level: RegionLevel;
  /** A full official name, as opposed to a name without its suffix. */
  full: boolean;
  provinceCode: string;
  region?: Region;
}

interface Tables {
  provinceTokens: Token[];
  /** City tokens, including county-level units governed by the province (仙桃市), which addresses write at the city level. */
  cityTokens: Token[];
  districtTokens: Token[];
}

let tables: Tables | undefined;

function byLengthDesc(a: Token, b: Token) {
  return b.text.length - a.text.length;
}

function getTables(): Tables {
  if (tables) return tables;
  const provinceTokens: Token[] = [];
  const cityTokens: Token[] = [];
  const districtTokens: Token[] = [];
  for (const p of PROVINCES) {
    provinceTokens.push({ text: p.name, level: 'province', full: true, provinceCode: p.code });
    for (const s of p.shortNames)
      provinceTokens.push({ text: s, level: 'province', full: false, provinceCode: p.code });
    for (const city of citiesOf(p.code)) {
      const districts = districtsOf(city.code);
      if (p.municipality) {
        // The municipality's name is read at the province level; only its districts are tokens.
      } else if (city.name.endsWith('直辖县级行政区划')) {
        for (const county of districts) {
          cityTokens.push({ text: county.name, level: 'city', full: true, provinceCode: p.code, region: county });
        }
      } else {
        cityTokens.push({ text: city.name, level: 'city', full: true, provinceCode: p.code, region: city });
        const short = shortRegionName(city.name);
        if (short) cityTokens.push({ text: short, level: 'city', full: false, provinceCode: p.code, region: city });
      }
      for (const d of districts) {
        districtTokens.push({ text: d.name, level: 'district', full: true, provinceCode: p.code, region: d });
      }
    }
  }
  provinceTokens.sort(byLengthDesc);
  cityTokens.sort(byLengthDesc);
  districtTokens.sort(byLengthDesc);
  tables = { provinceTokens, cityTokens, districtTokens };
  return tables;
}

/** Address text as compared: NFKC, no spaces or zero-width characters. */
function normaliseAddress(address: unknown): string {
  return typeof address === 'string' ? normaliseRegionName(address.slice(0, 2000)) : '';
}

/** `中国`, `中华人民共和国` and leading punctuation before the region names. */
const COUNTRY_PREFIX = /^[\p{P}\p{S}]*(?:中华人民共和国|中国)?[\p{P}\p{S}]*/u;

export interface AddressRegions {
  /** Provinces the address may be in, judging by the region names it starts with (or names at all). */
  provinceCodes: string[];
  /** The province, when only one is possible. */
  province?: ProvinceInfo;
  /** The city (for 仙桃市 and the like: the county-level unit), when only one is possible. */
  city?: Region;
  /** The district, when only one is possible. */
  district?: Region;
  /** Region names read at the start of the address, in order. */
  parts: { level: RegionLevel; text: string }[];
  /** The rest of the address after those names (the street part). */
  street: string;
}

interface Candidate {
  provinceCode: string;
  city?: Region;
  district?: Region;
}

/** The longest tokens matching at `pos`, filtered by `allowed`; all tokens of that text. */
/** Tokens by their first character, each list still longest first: a lookup scans a few, not thousands. */
const BY_FIRST_CHAR = new WeakMap<Token[], Map<string, Token[]>>();
function tokensStartingWith(tokens: Token[], char: string): Token[] {
  let index = BY_FIRST_CHAR.get(tokens);
  if (!index) {
    index = new Map();
    for (const t of tokens) {
      const list = index.get(t.text.charAt(0));
      if (list) list.push(t);
      else index.set(t.text.charAt(0), [t]);
    }
    BY_FIRST_CHAR.set(tokens, index);
  }
  return index.get(char) ?? [];
}

function longestAt(text: string, pos: number, tokens: Token[], allowed: (t: Token) => boolean): Token[] {
  let best: Token[] = [];
  for (const t of tokensStartingWith(tokens, text.charAt(pos))) {
    if (best.length && t.text.length < (best[0]?.text.length ?? 0)) break;
    if (text.startsWith(t.text, pos) && allowed(t)) best = [...best, t];
  }
  return best;
}

/** Read region names at the start of an address (see the module header). */
export function regionsNamedIn(address: string): AddressRegions {
  const text = normaliseAddress(address);
  const { provinceTokens, cityTokens, districtTokens } = getTables();
  let pos = COUNTRY_PREFIX.exec(text)?.[0].length ?? 0;
  const parts: AddressRegions['parts'] = [];
  let candidates: Candidate[] | undefined;
  const inProvinces = (t: Token) => !candidates || candidates.some((c) => c.provinceCode === t.provinceCode);
  const roadFollows = (t: Token, at: number) => ROAD_AFTER.test(text.slice(at + t.text.length));
  const districtFollows = (t: Token, at: number) => {
    const next = at + t.text.length;
    return districtTokens.some((d) => d.region?.parentCode === t.region?.code && text.startsWith(d.text, next));
  };
  const cityOrDistrictFollows = (t: Token, at: number) => {
    const next = at + t.text.length;
    return [...cityTokens, ...districtTokens].some(
      (x) => x.provinceCode === t.provinceCode && text.startsWith(x.text, next),
    );
  };

  // Province.
  const provinceMatch = longestAt(
    text,
    pos,
    provinceTokens,
    (t) => t.full || !roadFollows(t, pos) || cityOrDistrictFollows(t, pos),
  );
  if (provinceMatch[0]) {
    candidates = provinceMatch.map((t) => ({ provinceCode: t.provinceCode }));
    parts.push({ level: 'province', text: provinceMatch[0].text });
    pos += provinceMatch[0].text.length;
    const province = provinceByCode(provinceMatch[0].provinceCode);
    if (province?.municipality) {
      // 北京市 (北京市) 朝阳区: the city level is the municipality itself; a repeated name or 市辖区 is skipped.
      const city = citiesOf(province.code)[0];
      if (city) candidates = [{ provinceCode: province.code, city }];
      const repeat = [province.name, ...province.shortNames, '市辖区'].find((n) => text.startsWith(n, pos));
      if (repeat) {
        parts.push({ level: 'city', text: repeat });
        pos += repeat.length;
      }
    }
  }

  // City (not for municipalities, whose city is already known).
  if (!candidates?.every((c) => c.city)) {
    const at = pos;
    const cityMatch = longestAt(
      text,
      at,
      cityTokens,
      (t) =>
        inProvinces(t) && (t.full || (!roadFollows(t, at) && (candidates !== undefined || districtFollows(t, at)))),
    );
    if (cityMatch[0]) {
      candidates = cityMatch.map((t) => ({ provinceCode: t.provinceCode, ...(t.region ? { city: t.region } : {}) }));
      parts.push({ level: 'city', text: cityMatch[0].text });
      pos += cityMatch[0].text.length;
    }
  }

  // District: full names only.
  {
    const at = pos;
    const inCandidates = (t: Token) =>
      !candidates ||
      candidates.some(
        (c) =>
          c.provinceCode === t.provinceCode &&
          (!c.city || t.region?.parentCode === c.city.code || t.region?.code === c.city.code),
      );
    const districtMatch = longestAt(text, at, districtTokens, (t) => inCandidates(t) && t.region?.code !== undefined);
    // A county-level unit already read as the city (仙桃市) is not read again as its district.
    if (
      districtMatch[0] &&
      !(candidates?.length === 1 && candidates[0]?.city?.code === districtMatch[0].region?.code)
    ) {
      const next: Candidate[] = [];
      for (const t of districtMatch) {
        const city = t.region?.parentCode ? regionByCode(t.region.parentCode) : undefined;
        const keep = candidates?.find(
          (c) => c.provinceCode === t.provinceCode && (!c.city || c.city.code === city?.code),
        );
        next.push({
          provinceCode: t.provinceCode,
          ...((keep?.city ?? city) ? { city: keep?.city ?? city } : {}),
          ...(t.region ? { district: t.region } : {}),
        });
      }
      candidates = next;
      parts.push({ level: 'district', text: districtMatch[0].text });
      pos += districtMatch[0].text.length;
    }
  }

  if (!candidates) candidates = anywhere(text);
  return summarise(candidates, parts, text.slice(pos));
}

/** Full province and city names anywhere in the text, then district names of 3+ characters (module header). */
function anywhere(text: string): Candidate[] {
  const { provinceTokens, cityTokens, districtTokens } = getTables();
  const sets: [Token[], boolean][] = [
    [provinceTokens.filter((t) => t.full), false],
    [cityTokens.filter((t) => t.full), true],
    [districtTokens.filter((t) => t.text.length >= 3), true],
  ];
  for (const [tokens, keepRegion] of sets) {
    const found = tokens.filter((t) => text.includes(t.text));
    if (found.length) {
      return found.map((t) => ({
        provinceCode: t.provinceCode,
        ...(keepRegion && t.level === 'city' && t.region ? { city: t.region } : {}),
      }));
    }
  }
  return [];
}

function summarise(candidates: Candidate[], parts: AddressRegions['parts'], street: string): AddressRegions {
  const provinceCodes = [...new Set(candidates.map((c) => c.provinceCode))];
  const result: AddressRegions = { provinceCodes, parts, street };
  if (provinceCodes.length === 1 && provinceCodes[0]) {
    const province = provinceByCode(provinceCodes[0]);
    if (province) result.province = province;
  }
  const cities = [...new Set(candidates.map((c) => c.city?.code))];
  if (cities.length === 1 && candidates[0]?.city) result.city = candidates[0].city;
  const districts = [...new Set(candidates.map((c) => c.district?.code))];
  if (districts.length === 1 && candidates[0]?.district) result.district = candidates[0].district;
  return result;
}

/**
 * The filing province an address names (spec §4.1: 证件住所 and 通讯地址 must be in one province; research
 * N1, N2). Undefined when it names none, or a name shared by several provinces (朝阳区 alone).
 */
export function provinceNamedIn(address: string): ProvinceInfo | undefined {
  try {
    return regionsNamedIn(address).province;
  } catch {
    return undefined;
  }
}

/** 香港 / 澳门 / 台湾 when the address starts with one of them: not a filing province. */
export function nonFilingRegionNamedIn(address: string): { code: string; name: string } | undefined {
  const text = normaliseAddress(address);
  const start = text.slice(COUNTRY_PREFIX.exec(text)?.[0].length ?? 0);
  const found = NON_FILING_REGIONS.find((r) =>
    [r.name, ...r.shortNames].some((n) => start.startsWith(n) && !ROAD_AFTER.test(start.slice(n.length))),
  );
  return found ? { code: found.code, name: found.name } : undefined;
}

/**
 * The city an address names (for a municipality: the municipality's single city). With `provinceCode`,
 * only cities of that province count (the page's province is known, the address may leave it out).
 */
export function cityNamedIn(address: string, provinceCode?: string): Region | undefined {
  try {
    const province = provinceCode ? provinceByCode(provinceCode) : undefined;
    const found = regionsNamedIn(address);
    if (province) {
      if (found.province && found.province.code !== province.code) return undefined;
      if (province.municipality && found.province?.code === province.code) return citiesOf(province.code)[0];
      if (found.city?.provinceCode === province.code) return found.city;
      if (found.provinceCodes.length > 1 || !found.province) {
        // 杭州文三路 with 浙江 known: the short city name counts once the province is given.
        const withProvince = regionsNamedIn(`${province.name}${normaliseAddress(address)}`);
        if (withProvince.city?.provinceCode === province.code) return withProvince.city;
      }
      return undefined;
    }
    return found.city;
  } catch {
    return undefined;
  }
}

export interface RegionRepeat {
  /** Pre-filled levels the street part repeats at its start, in order. */
  repeated: RegionLevel[];
  /** The repeated text, e.g. `杭州市西湖区`. */
  text: string;
  /** The address without it: what the applicant should type. */
  rest: string;
}

/**
 * Which of the pre-filled 省/市/区 the 通讯地址 street part repeats at its start (spec §4.1; research N4:
 * 「请填写街道地址, 不要重复填写省市区」). Full names always count; a name without its suffix (杭州)
 * counts only when another level follows it (杭州西湖区…); district names count only in full.
 */
export function repeatsRegion(
  mailAddress: string,
  prefilled: { province?: string; city?: string; district?: string },
): RegionRepeat {
  const original = typeof mailAddress === 'string' ? mailAddress.slice(0, 2000) : '';
  const none: RegionRepeat = { repeated: [], text: '', rest: original };
  try {
    const text = normaliseAddress(original);
    const levels: { level: RegionLevel; full: string[]; short: string[] }[] = [];
    const province = typeof prefilled?.province === 'string' ? provinceByName(prefilled.province) : undefined;
    const provinceName =
      province?.name ?? (typeof prefilled?.province === 'string' ? normaliseRegionName(prefilled.province) : '');
    if (provinceName) levels.push({ level: 'province', full: [provinceName], short: province?.shortNames ?? [] });
    const cityName = typeof prefilled?.city === 'string' ? normaliseRegionName(prefilled.city) : '';
    if (cityName) {
      const names =
        province?.municipality && (cityName === province.name || cityName === '市辖区') ? [province.name] : [cityName];
      const short = shortRegionName(names[0] ?? '');
      levels.push({ level: 'city', full: names, short: short ? [short] : [] });
    }
    const districtName = typeof prefilled?.district === 'string' ? normaliseRegionName(prefilled.district) : '';
    if (districtName) levels.push({ level: 'district', full: [districtName], short: [] });

    const start = COUNTRY_PREFIX.exec(text)?.[0].length ?? 0;
    let pos = start;
    const steps: { level: RegionLevel; length: number; full: boolean }[] = [];
    for (const level of levels) {
      // A municipality's city is the province again: 北京市朝阳区 repeats both (北京市北京市… too).
      if (
        level.level === 'city' &&
        steps.some((s) => s.level === 'province') &&
        province?.municipality &&
        level.full.includes(province.name)
      ) {
        const again = [province.name, ...province.shortNames].find((n) => text.startsWith(n, pos));
        const provinceStep = steps.find((s) => s.level === 'province');
        steps.push({
          level: 'city',
          length: again?.length ?? 0,
          full: again ? again === province.name : !!provinceStep?.full,
        });
        pos += again?.length ?? 0;
        continue;
      }
      const full = level.full
        .filter(Boolean)
        .sort((a, b) => b.length - a.length)
        .find((n) => text.startsWith(n, pos));
      const short = full ? undefined : level.short.find((n) => text.startsWith(n, pos));
      const name = full ?? short;
      if (name) {
        steps.push({ level: level.level, length: name.length, full: !!full });
        pos += name.length;
      }
    }
    // A name without its suffix counts only when another level follows it: 杭州 in 杭州大厦 is not a repeat.
    const last = steps.at(-1);
    if (last && !last.full) {
      steps.pop();
      pos -= last.length;
      // 北京大厦: the municipality's implied city (nothing typed) after a short province name.
      const previous = steps.at(-1);
      if (last.length === 0 && previous && !previous.full) {
        steps.pop();
        pos -= previous.length;
      }
    }
    const repeated = steps.map((s) => s.level);
    if (!repeated.length || pos === start) return none;
    const repeatedText = text.slice(start, pos);
    return { repeated, text: repeatedText, rest: stripPrefixLoose(original, text.slice(0, pos)) };
  } catch {
    return none;
  }
}

/** Remove from `original` the characters that normalise to `prefix` (spaces and full-width forms kept out). */
function stripPrefixLoose(original: string, prefix: string): string {
  let consumed = '';
  let i = 0;
  while (i < original.length && consumed.length < prefix.length) {
    const ch = original[i] ?? '';
    consumed += normaliseRegionName(ch);
    i++;
  }
  return original.slice(i).trim();
}

// ---- house numbers (research N3) ----

const NUM = '(?:\\d+|[零〇一二三四五六七八九十百千两]+)';
/** A number with a unit word: 90号, 3号楼, 5栋, 2幢, A座, 1单元, 501室, 12弄, 3组, 2户. */
const NUMBERED_UNIT = new RegExp(`(?:${NUM}|[A-Za-z])\\s*(?:号楼|号院|号(?!线)|栋|幢|座|单元|室|弄|组|户|#)`);
/** A named village, as the last element or followed by its group/number: 桃源村, 桃源村3组, 桃源村委会. */
const VILLAGE = /[\p{Script=Han}]村(?=$|[\s,，。;；(（]|委|[\d零〇一二三四五六七八九十]|组)/u;
/** Digits at the very end: 文三路90, 某大厦1808 (a house or room number without its unit word). */
const TRAILING_NUMBER = /\d+[A-Za-z]?\s*[)）]?\s*$/;
/** Symbolic unit numbers: 1-2-3, 5-101 (see unitSymbolsIn). */
const SYMBOLIC = /\d+(?:\s*[-－—–/]\s*\d+)+/;

/**
 * Whether an address reaches the house number (spec §4.1, research N3: 「如果地址无详细门牌号，需在备注中说明」).
 * Heuristic — true when the address has any of:
 * - a number with a unit word: 号, 号楼, 号院, 栋, 幢, 座, 单元, 室, 弄, 组, 户, `#` (Arabic or Chinese numerals; 2号线 excluded);
 * - a named village (…村) at the end or followed by 委, a number or 组 — rural addresses often have no door number;
 * - a number at the very end (文三路90, …大厦1808);
 * - unit numbers written with symbols (1-2-3): they do name a door, Beijing only asks for words (usesSymbolsForUnits).
 * Roads with numerals in their name (经三路, 二环路, 中关村大街) are not house numbers.
 */
export function hasHouseNumber(address: string): boolean {
  const text = normaliseAddress(address);
  if (!text) return false;
  return NUMBERED_UNIT.test(text) || VILLAGE.test(text) || TRAILING_NUMBER.test(text) || SYMBOLIC.test(text);
}

/**
 * Unit numbers written with symbols instead of words (Beijing, TC19: 「1单元2层3号」, not 「1-2-3」):
 * runs like `1-2-3`, `5-101`, `3/2/501`, and `5#`. Left out: a door-number range such as `90-92号` (two
 * numbers of equal length, the second larger, followed by 号) and telephone numbers (a part of 5+ digits).
 */
export function unitSymbolsIn(address: string): string[] {
  const text = normaliseAddress(address);
  const found: string[] = [];
  for (const m of text.matchAll(/\d+(?:[-－—–/]\d+)+(号)?/g)) {
    const numbers = m[0].replace(/号$/, '').split(/[-－—–/]/);
    const [a, b] = numbers;
    const isRange = numbers.length === 2 && m[1] === '号' && a && b && a.length === b.length && Number(b) > Number(a);
    // Parts of five or more digits are telephone numbers (010-12345678), not building/unit/room numbers.
    const isPhone = numbers.some((n) => n.length >= 5);
    if (!isRange && !isPhone) found.push(m[0]);
  }
  for (const m of text.matchAll(/(?:\d+|[A-Za-z])#/g)) found.push(m[0]);
  return found;
}

/** True when unitSymbolsIn finds any (Beijing: write 「1单元2层3号」, not 「1-2-3」). */
export function usesSymbolsForUnits(address: string): boolean {
  return unitSymbolsIn(address).length > 0;
}
