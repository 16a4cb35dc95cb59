/**
 * Which domain suffixes (top-level domains) may be filed, as dated public lists (spec §5.2; research §4).
 *
 * The authoritative list is MIIT's 域名行业管理信息公示 (https://domain.miit.gov.cn): approved TLDs and
 * approved registrars. No dated full copy of it is public, so this module keeps the lists providers and
 * users published, each with its date and source, and `suffixStatus` picks the one in force on a date.
 * A fileable suffix is necessary, not sufficient: the registrar must be MIIT-approved too (research N12).
 *
 * Precedence (`suffixStatus`):
 * 1. Rows are ordered by the date they speak for: `asOf`, or for an undated row `usedFrom` (the date of
 *    the newest dated list it evidently postdates). On equal dates an undated row ranks after a dated one.
 * 2. For a filing date D, the newest row dated ≤ D that MENTIONS the suffix decides (fileable or not).
 *    So the spec's list (2018-11-28) governs from its date until a later row mentions the suffix.
 * 3. Before 2018-11-28 nothing dated applies; the spec's list is used anyway, labelled `beforeItsDate`.
 * 4. When no row mentions the suffix, a row that names a whole class ("all ccTLDs", TC19) decides for
 *    ccTLDs; otherwise the status is `unknown` (check domain.miit.gov.cn).
 * A multi-label suffix (`com.cn`) not mentioned itself takes the status of its parent (`cn`).
 *
 * Most lists are Beijing's (the only province whose list providers published); they are used for every
 * province, as the spec does, and `scope` says so.
 */
import { toUnicodeDomain } from '../../formats/domain-name';

/** `'a b c'` → `['a', 'b', 'c']`: long lists of names, one string. */
const words = (list: string): string[] => list.split(' ');

export interface SuffixListRow {
  id: string;
  /** Date the list speaks for (`YYYY-MM-DD`); undefined for an undated list. */
  asOf: string | undefined;
  /** Undated lists only: the date from which the list is used (see the module header). */
  usedFrom?: string;
  /** What the source is and where it applies, citable: `spec §5.2 (SEED Beijing list)`. */
  source: string;
  sourceUrl?: string;
  /** Where the source says the list applies. */
  scope: 'beijing' | 'national';
  /** Suffixes without the leading dot, Unicode form for Chinese suffixes. */
  fileable: readonly string[];
  notFileable: readonly string[];
  /** The source also says every ccTLD (two-letter country suffix) is not fileable. */
  allCcTldsNotFileable?: boolean;
  note?: string;
}

const CHINESE_IDN_SEED = ['中国', '网络', '公司', '我爱你'];

export const SUFFIX_LISTS: readonly SuffixListRow[] = [
  {
    id: 'seed-2018-beijing',
    asOf: '2018-11-28',
    source: 'spec §5.2 北京',
    scope: 'beijing',
    fileable: [
      ...words('xin top citic mobi tel wang ren com cn net cc tv gov org shop vip ltd biz club site'),
      ...CHINESE_IDN_SEED,
    ],
    // The guide writes "aisa" for .asia.
    notFileable: ['hk', 'tw', 'asia', 'jp', 'co', 'so', 'me', 'xyz'],
    note: 'The guide lists Chinese IDN suffixes as ".中国 .网络 .公司 .我爱你 …"; the rest come from the Chinese-operated TLD list.',
  },
  {
    id: 'tcfaq-2019-02-not-recorded',
    asOf: '2019-02-18',
    source: 'TCDOMFAQ 「工信部暂未收录」的后缀',
    scope: 'national',
    fileable: [],
    notFileable: words(
      'pub rocks band market software social lawyer engineer link click help gift pics photo news video win party date trade science online tech website space press wiki design live studio red loan bid mom lol work game store ltd',
    ),
    note: 'Date: first git date of the TCFAQ pages (research §0).',
  },
  {
    id: 'tc19-beijing',
    asOf: '2019-08-15',
    source: 'TC19 北京',
    scope: 'beijing',
    fileable: ['com', 'net'],
    notFileable: ['hk', 'tw', 'asia', 'jp', 'co', 'io', 'me', 'win', 'org'],
    allCcTldsNotFileable: true,
    note: 'Also: foreign-registered domains are not fileable.',
  },
  {
    id: 'tcfaq-2019-08-beijing',
    asOf: '2019-08-16',
    source: 'TCDOMFAQ 北京',
    scope: 'beijing',
    fileable: words('com cn cc gov net 商城 网址 中信 中国 网络 公司 我爱你 citic mobi ren tel top tv wang xin'),
    notFileable: ['hk', 'tw', 'asia', 'jp', 'co', 'so', 'me', 'info', 'org'],
  },
  {
    id: 'qc-2022-beijing',
    asOf: '2022-11-03',
    source: 'QC 北京 可备案域名后缀',
    scope: 'beijing',
    fileable: words(
      'cloud pro zone yoga world wiki video team today show social run plus live life info ink group gold fit fashion fund email design cool company city chat center beer auto xin top mobi wang ren com cn net gov shop vip ltd biz club site xyz fun online tech store citic sohu link luxe love co law work art cc tv 中国 公司 网络 政务 公益 网址 商城 网店 中信 商标 信息 广东 佛山 集团 我爱你 手机 购物 在线 中文网 游戏 企业 娱乐 商店',
    ),
    notFileable: [],
    note: 'The page also lists ".furu" and ".bee" (typos, left out). It does not list .org, .me or .io.',
  },
  {
    id: 'goplus-2024-org-dev',
    asOf: '2024-05-31',
    source: 'goplus/builder issue #468 (.org and .dev 「无法在国内备案」, user reports)',
    sourceUrl: 'https://github.com/goplus/builder/issues/468',
    scope: 'national',
    fileable: [],
    notFileable: ['org', 'dev'],
  },
  {
    id: 'cn-operated-tlds',
    asOf: undefined,
    usedFrom: '2018-11-28',
    source: 'v2fly tld-cn',
    sourceUrl: 'https://github.com/v2fly/domain-list-community/blob/master/data/tld-cn',
    scope: 'national',
    fileable: words(
      'cn 中国 中國 政务 公益 公司 网络 网址 商城 网店 中信 商标 广东 佛山 信息 手机 在线 中文网 集团 我爱你 商店 企业 娱乐 游戏 购物 餐厅 招聘 时尚 移动 网站 联通 世界 健康 citic baidu unicom sohu',
    ),
    notFileable: [],
    note: 'Used from the spec’s date: it spells out the spec’s "Chinese IDN suffixes (.中国 .网络 .公司 .我爱你 …)".',
  },
  {
    id: 'miit-gist',
    asOf: undefined,
    usedFrom: '2022-11-03',
    source: 'gist yueim 域名后缀',
    sourceUrl: 'https://gist.github.com/yueim/70dcbaa5ec5a13f2841893dfcf60a826',
    scope: 'national',
    fileable: words(
      'archi art asia auto baby baidu band beer bio biz black blue bond cab cafe cash cc center chase chat citic city cloud club co college com company cool cyou design email fan fans fashion fit fun fund fyi games gold green group guru host icu info ink jpmorgan kim law life link live lotto love ltd luxe market mba media mobi monster net news online organic pet pink plus poker press pro promo protection pub red ren rent run sale school security shop shopping show site ski social sohu space storage store studio tax team tech technology theatre today top tv unicom uno video vin vip vote voto wang website wiki work world xin xyz yoga zone gov.cn org.cn ac.cn mil.cn net.cn edu.cn com.cn',
    ),
    notFileable: [],
    note:
      'Undated; it agrees with and extends QC (≈2022-11-03), so it is used from that date and ranks after QC. ' +
      'The stored excerpt starts at .archi: suffixes sorting before it are unseen. It lists no .org, .me, .io or .dev.',
  },
];

/** Two-letter ASCII TLDs are country codes; these are the Chinese-script country-code IDN TLDs. */
const IDN_CCTLDS = new Set(['中国', '中國', '香港', '台湾', '台灣', '澳门', '澳門']);

/** Suffix as compared: no leading dot, lower-case, Unicode form (`xn--fiqs8s` → `中国`). */
export function normaliseSuffix(suffix: string): string {
  if (typeof suffix !== 'string') return '';
  const s = suffix
    .normalize('NFKC')
    .trim()
    .replace(/^[.。]+/, '')
    .toLowerCase();
  return s ? toUnicodeDomain(s) : '';
}

/** Whether a suffix's top-level label is a country code (`hk`, `io`, `cn`, `com.cn`, `中国`). */
export function isCcTld(suffix: string): boolean {
  const tld = normaliseSuffix(suffix).split('.').at(-1) ?? '';
  return /^[a-z]{2}$/.test(tld) || IDN_CCTLDS.has(tld);
}

export type SuffixStatus = 'fileable' | 'not-fileable' | 'unknown';

export interface SuffixStatusResult {
  status: SuffixStatus;
  /** The deciding row's source; for `unknown`, says that no list mentions the suffix. */
  source: string;
  sourceUrl?: string;
  /** The row's date (undefined for an undated row or `unknown`). */
  asOf?: string;
  /** The row that decided. */
  listId?: string;
  /** The filing date is before the row's date (only for the spec's list, precedence rule 3). */
  beforeItsDate?: boolean;
  /** The suffix looked up, normalised; may be the parent of the one asked (`cn` for `com.cn`). */
  suffix: string;
}

const SPEC_LIST_ID = 'seed-2018-beijing';
const UNKNOWN_SOURCE = 'MIIT domain list';
const rowDate = (row: SuffixListRow) => row.asOf ?? row.usedFrom ?? '9999-12-31';
/** Newest first; on equal dates an undated row first (it ranks after the dated one, i.e. is newer). */
const ROWS_NEWEST_FIRST = [...SUFFIX_LISTS].sort((a, b) => {
  const d = rowDate(b).localeCompare(rowDate(a));
  return d !== 0 ? d : Number(b.asOf === undefined) - Number(a.asOf === undefined);
});

function validDate(date: string | undefined): string {
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '9999-12-31';
}

function statusFrom(
  row: SuffixListRow,
  status: SuffixStatus,
  suffix: string,
  beforeItsDate = false,
): SuffixStatusResult {
  const result: SuffixStatusResult = { status, source: row.source, listId: row.id, suffix };
  if (row.sourceUrl) result.sourceUrl = row.sourceUrl;
  if (row.asOf) result.asOf = row.asOf;
  if (beforeItsDate) result.beforeItsDate = true;
  return result;
}

function mention(row: SuffixListRow, suffix: string): SuffixStatus | undefined {
  if (row.notFileable.includes(suffix)) return 'not-fileable';
  if (row.fileable.includes(suffix)) return 'fileable';
  return undefined;
}

/**
 * Whether a suffix (`xyz`, `.com.cn`, `中国`, `xn--fiqs8s`) may be filed on a date (`YYYY-MM-DD`; invalid
 * or missing: the newest lists). See the module header for the precedence. Never throws.
 */
export function suffixStatus(suffix: string, date?: string): SuffixStatusResult {
  const asked = normaliseSuffix(suffix);
  const day = validDate(date);
  const labels = asked.split('.');
  // com.cn, then cn.
  for (let i = 0; i < labels.length && asked; i++) {
    const s = labels.slice(i).join('.');
    for (const row of ROWS_NEWEST_FIRST) {
      if (rowDate(row) > day) continue;
      const status = mention(row, s);
      if (status) return statusFrom(row, status, s);
    }
    const spec = SUFFIX_LISTS.find((r) => r.id === SPEC_LIST_ID);
    if (spec && rowDate(spec) > day) {
      const status = mention(spec, s);
      if (status) return statusFrom(spec, status, s, true);
    }
  }
  if (asked && isCcTld(asked)) {
    const blanket = ROWS_NEWEST_FIRST.find((row) => row.allCcTldsNotFileable && rowDate(row) <= day);
    if (blanket) return statusFrom(blanket, 'not-fileable', asked.split('.').at(-1) ?? asked);
  }
  return { status: 'unknown', source: UNKNOWN_SOURCE, suffix: asked };
}

// ---- restrictions by subject nature and province ----

export interface SuffixRestrictionRow {
  id: string;
  /** 主办单位性质 values (as the form shows them) the row is about. */
  natures: readonly string[];
  /** Two-digit province codes; undefined: every province. */
  provinceCodes?: readonly string[];
  /** `only`: these natures may file only these suffixes. `not`: they may not file these suffixes. */
  rule: 'only' | 'not';
  suffixes: readonly string[];
  /** In force from (`YYYY-MM-DD`). */
  asOf: string;
  /** Overrides the rule's severity (a restriction only providers restate stays a warning). */
  severity?: 'error' | 'warning';
  source: string;
  sourceUrl?: string;
  note?: string;
}

export const SUFFIX_RESTRICTIONS: readonly SuffixRestrictionRow[] = [
  {
    id: 'public-institution-cn-gongyi',
    natures: ['事业单位'],
    rule: 'only',
    suffixes: ['cn', '公益'],
    asOf: '2024-07-01',
    severity: 'warning',
    source: '《互联网政务应用安全管理规定》; HW25 备案管局咨询 江苏, 湖北, 内蒙古',
    note:
      'In force 2024-07-01 (announced 2024-05-15). Huawei applies it for 江苏, 湖北 and 内蒙古; the regulation is ' +
      'national but speaks of 政务应用, so a 事业单位 site outside it is only warned. Non-administrative 事业单位 may ' +
      'not use .gov.cn (国办函〔2018〕55号).',
  },
  {
    id: 'government-gov-cn-zhengwu',
    natures: ['政府机关', '党政机关', '党群机关'],
    rule: 'only',
    suffixes: ['gov.cn', '政务'],
    asOf: '2018-09-06',
    source: '国办函〔2018〕55号; HW25 备案管局咨询',
    note: 'Government websites use .gov.cn (English) and .政务 (Chinese) domains only.',
  },
  {
    id: 'sh-individual-no-tv',
    natures: ['个人'],
    provinceCodes: ['31'],
    rule: 'not',
    suffixes: ['tv'],
    asOf: '2019-08-15',
    source: 'TC19 上海 个人 (no .tv domains)',
  },
  {
    id: 'cq-individual-no-org',
    natures: ['个人'],
    provinceCodes: ['50'],
    rule: 'not',
    suffixes: ['org'],
    asOf: '2017-06-05',
    source: 'TC17 重庆 个人 (no .org domains)',
  },
];

function suffixUnder(suffix: string, allowed: string): boolean {
  return suffix === allowed || suffix.endsWith(`.${allowed}`);
}

/**
 * Restriction rows a domain suffix breaks for a subject nature, province and date (rows in force:
 * `asOf` ≤ date). `suffix` is the public suffix (`com.cn`, `gov.cn`, `中国`). Never throws.
 */
export function suffixRestrictionsBroken(
  suffix: string,
  subject: { nature?: string; provinceCode?: string; date?: string },
): SuffixRestrictionRow[] {
  const s = normaliseSuffix(suffix);
  const nature = typeof subject?.nature === 'string' ? subject.nature.normalize('NFKC').replace(/\s/g, '') : '';
  if (!s || !nature) return [];
  const day = validDate(subject.date);
  return SUFFIX_RESTRICTIONS.filter((row) => {
    if (row.asOf > day || !row.natures.includes(nature)) return false;
    if (row.provinceCodes && !(subject.provinceCode && row.provinceCodes.includes(subject.provinceCode.slice(0, 2))))
      return false;
    const matches = row.suffixes.some((allowed) => suffixUnder(s, allowed));
    return row.rule === 'only' ? !matches : matches;
  });
}
