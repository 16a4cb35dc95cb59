// Checksums written here, not taken from a library: the libraries return only true/false (no reason, no expected character to show), and none knows the early pilot codes that fail their own checksum or the registration-authority codes added after GB 32100-2015.
// The codes it replaced have their own files: the organisation code (organization-code.ts, its characters 9–17) and the 15-digit licence number (business-licence-15.ts).

import type { Bilingual } from '../domain/bilingual';
import { divisionProvinceOk, licenceNumberCheckDigit } from './business-licence-15';
import { defineFormat, type Format, type FormatIssue, formatResult } from './define';
import { describeChar, firstDisallowed } from './input-text';
import { normaliseCode } from './organization-code';

// ---------------------------------------------------------------------------------------------
// Check character

/** GB 32100-2015 character set: digits and capital letters without I, O, Z, S, V (31 characters). */
const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights W_i = 3^(i−1) mod 31, i = 1…17 (GB 32100-2015 §4.5). */
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of the first 17 characters of a credit code (GB 32100-2015 §4.5, GB/T 17710 MOD 31-3). */
export function creditCodeCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += CREDIT_CODE_CHARS.indexOf(body[i] ?? '') * (CREDIT_CODE_WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31] ?? '?';
}

// ---------------------------------------------------------------------------------------------
// Registration authorities (position 1) and organisation types (position 2)

export interface AuthorityEntry {
  code: string;
  name: Bilingual;
  types: Record<string, Bilingual>;
}

/**
 * GB 32100-2015 Table 1 defined 1 机构编制, 5 民政, 9 工商, Y 其他; the code administration later added
 * 2 外交, 3 司法行政, 4 文化, 6 旅游, 7 宗教, 8 工会, A 中央军委改革和编制办公室, N 农业. Real codes exist
 * under the added ones (law firms `31…`, village collectives `N2…`), so the table is data and a value
 * outside it is a warning, not an error: a typo in position 1 already fails the checksum.
 */
export const CREDIT_CODE_AUTHORITIES: readonly AuthorityEntry[] = [
  {
    code: '1',
    name: { zh: '机构编制', en: 'institutional establishment' },
    types: {
      '1': { zh: '机关', en: 'government body' },
      '2': { zh: '事业单位', en: 'public institution' },
      '3': { zh: '中央编办直接管理机构编制的群众团体', en: 'mass organisation under the central establishment office' },
      '9': { zh: '其他', en: 'other' },
    },
  },
  {
    code: '2',
    name: { zh: '外交', en: 'foreign affairs' },
    types: { '1': { zh: '外国常驻新闻机构', en: 'resident foreign news agency' }, '9': { zh: '其他', en: 'other' } },
  },
  {
    code: '3',
    name: { zh: '司法行政', en: 'judicial administration' },
    types: {
      '1': { zh: '律师执业机构', en: 'law firm' },
      '2': { zh: '公证处', en: 'notary office' },
      '3': { zh: '基层法律服务所', en: 'grassroots legal service office' },
      '4': { zh: '司法鉴定机构', en: 'forensic appraisal institution' },
      '5': { zh: '仲裁委员会', en: 'arbitration commission' },
      '9': { zh: '其他', en: 'other' },
    },
  },
  {
    code: '4',
    name: { zh: '文化', en: 'culture' },
    types: {
      '1': { zh: '外国在华文化中心', en: 'foreign cultural centre in China' },
      '9': { zh: '其他', en: 'other' },
    },
  },
  {
    code: '5',
    name: { zh: '民政', en: 'civil affairs' },
    types: {
      '1': { zh: '社会团体', en: 'social organisation' },
      '2': { zh: '民办非企业单位', en: 'private non-enterprise unit' },
      '3': { zh: '基金会', en: 'foundation' },
      '9': { zh: '其他', en: 'other' },
    },
  },
  {
    code: '6',
    name: { zh: '旅游', en: 'tourism' },
    types: {
      '1': { zh: '外国旅游部门常驻代表机构', en: 'representative office of a foreign tourism authority' },
      '2': {
        zh: '港澳台地区旅游部门常驻内地（大陆）代表机构',
        en: 'representative office of a Hong Kong, Macao or Taiwan tourism authority',
      },
      '9': { zh: '其他', en: 'other' },
    },
  },
  {
    code: '7',
    name: { zh: '宗教', en: 'religious affairs' },
    types: {
      '1': { zh: '宗教活动场所', en: 'place of religious activity' },
      '2': { zh: '宗教院校', en: 'religious college' },
      '9': { zh: '其他', en: 'other' },
    },
  },
  {
    code: '8',
    name: { zh: '工会', en: 'trade unions' },
    types: { '1': { zh: '基层工会', en: 'grassroots trade union' }, '9': { zh: '其他', en: 'other' } },
  },
  {
    code: '9',
    name: { zh: '工商', en: 'industry and commerce (market regulation)' },
    types: {
      '1': { zh: '企业', en: 'enterprise' },
      '2': { zh: '个体工商户', en: 'individual business' },
      '3': { zh: '农民专业合作社', en: 'farmers’ cooperative' },
    },
  },
  {
    code: 'A',
    name: { zh: '中央军委改革和编制办公室', en: 'Central Military Commission reform and establishment office' },
    types: { '1': { zh: '军队事业单位', en: 'military public institution' }, '9': { zh: '其他', en: 'other' } },
  },
  {
    code: 'N',
    name: { zh: '农业', en: 'agriculture' },
    types: {
      '1': { zh: '组级集体经济组织', en: 'group-level collective economic organisation' },
      '2': { zh: '村级集体经济组织', en: 'village-level collective economic organisation' },
      '3': { zh: '乡镇级集体经济组织', en: 'township-level collective economic organisation' },
      '9': { zh: '其他', en: 'other' },
    },
  },
  {
    code: 'Y',
    name: { zh: '其他', en: 'other' },
    types: { '1': { zh: '其他', en: 'other' } },
  },
];

const AUTHORITY_SOURCE = 'GB 32100-2015 Table 1; osuse 登记管理部门代码';
const AUTHORITY_SOURCE_URL = 'https://osuse.cn/post/10002590.html';

const AUTHORITY_BY_CODE = new Map(CREDIT_CODE_AUTHORITIES.map((a) => [a.code, a]));

// ---------------------------------------------------------------------------------------------
// 统一社会信用代码 (GB 32100-2015)

export type CreditCodeDetails = {
  /** Position 1, the registration-authority code: `9`. */
  authority: string;
  authorityName?: Bilingual;
  /** Position 2, the organisation type within that authority: `1`. */
  type: string;
  typeName?: Bilingual;
  /** Positions 3–8: GB/T 2260 code of the registering authority (`100000`: national level). */
  divisionCode: string;
  /** First two digits of the division code. */
  provinceCode: string;
  /** Positions 9–17 written as on the old certificate: `77255161-1`. */
  organizationCode: string;
};

/** Letters the code never uses, and the digit they are usually mistaken for. */
const CONFUSABLE: Record<string, string> = { O: '0', I: '1', Z: '2', S: '5' };

/**
 * Early pilot codes (2015) whose subject identifier is `M` + digits (M0001TGQX), issued before the
 * checksum was enforced. At least four digits and a later letter are required so that one mistyped
 * character in an ordinary code (772551611 → M72551611, MA1BUFLT4 → M51BUFLT4) is never taken for one.
 */
const PILOT_SUBJECT = /^M\d{4}[0-9A-Z]*[A-Z]/;

const CREDIT_SOURCE = 'GB 32100-2015; spec §4.1';

export const creditCodeFormat: Format<CreditCodeDetails> = defineFormat<CreditCodeDetails>({
  id: 'credit-code',
  name: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  source: CREDIT_SOURCE,
  // Made-up codes (an enterprise, a public institution, an individual business); check characters from creditCodeCheckChar.
  valid: ['91330106MA2B3C4D5D', '123301004700123455', '92440300MA5F6G7H88'],
  issues: {
    empty: {
      severity: 'error',
      message: { zh: '统一社会信用代码为空。', en: 'The unified social credit code is empty.' },
      fix: {
        zh: '按营业执照或登记证书填写 18 位代码。',
        en: 'Enter the 18-character code printed on the licence or registration certificate.',
      },
      fires: [''],
    },
    normalised: {
      severity: 'warning',
      message: {
        zh: '统一社会信用代码中含有全角字符、空格、连字符或小写字母，规范写法为 {normalized}。',
        en: 'The credit code contains full-width characters, spaces, hyphens or lower-case letters; written plainly it is {normalized}.',
      },
      fix: { zh: '请填写为 {normalized}。', en: 'Enter it as {normalized}.' },
      fires: ['91330106ma2b3c4d5d', '91330106 MA2B3C4D 5D', '９１３３０１０６ＭＡ２Ｂ３Ｃ４Ｄ５Ｄ'],
    },
    length: {
      severity: 'error',
      message: {
        zh: '统一社会信用代码有 {length} 位：应为 18 位。',
        en: 'The credit code has {length} characters: it has 18.',
      },
      fix: { zh: '请对照营业执照核对。', en: 'Compare it with the licence.' },
      fires: ['91330106MA2B3C4D5', '91330106MA2B3C4D5DD'],
    },
    charset: {
      severity: 'error',
      message: {
        zh: '统一社会信用代码第 {position} 个字符 {char} 无效：只含数字和大写字母（不含 I、O、Z、S、V）。',
        en: 'Character {position} of the credit code, {char}, is not allowed: the code uses digits and capital letters except I, O, Z, S, V.',
      },
      fix: { zh: '请逐位对照营业执照重新输入。', en: 'Re-type it, comparing each character with the licence.' },
      fires: ['91330106MA2B3C4D5V', '91330106MA2B3C4D5D。'],
    },
    confusable: {
      severity: 'error',
      message: {
        zh: '统一社会信用代码含字母 {letters}，代码中从不使用这些字母；改为相应数字后 {suggestion} 的校验位正确。',
        en: 'The credit code contains the letter(s) {letters}, which the code never uses; with the matching digits, {suggestion} has a correct check character.',
      },
      fix: {
        zh: '请对照营业执照确认后填写为 {suggestion}。',
        en: 'Check against the licence, then enter {suggestion}.',
      },
      fires: [
        { value: '9133O106MA2B3C4D5D', note: 'letter O for digit 0' },
        { value: '9I330106MA2B3C4D5D', note: 'letter I for digit 1' },
      ],
    },
    'division-code': {
      severity: 'error',
      message: {
        zh: '统一社会信用代码第 3–8 位 {divisionCode} 应为 6 位数字（登记管理机关行政区划码）。',
        en: 'Characters 3–8 of the credit code, {divisionCode}, should be six digits (the region code of the registering authority).',
      },
      fix: { zh: '请对照营业执照核对。', en: 'Compare them with the licence.' },
      fires: ['9133A106MA2B3C4D59'],
    },
    'province-code': {
      severity: 'error',
      message: {
        zh: '统一社会信用代码第 3–4 位 {provinceCode} 不是大陆省级行政区划代码。',
        en: 'Characters 3–4 of the credit code, {provinceCode}, are not a mainland provincial-level region code.',
      },
      fix: { zh: '请对照营业执照核对第 3–8 位。', en: 'Check characters 3–8 against the licence.' },
      source: 'GB 32100-2015 §4.3; GB/T 2260',
      fires: ['91990106MA2B3C4D5E'],
      passes: [{ value: '51100000MJ0012345W', note: 'national registration, division 100000' }],
    },
    'authority-unknown': {
      severity: 'warning',
      message: {
        zh: '统一社会信用代码第 1 位 {authority} 不是已知的登记管理部门代码（1 机构编制、5 民政、9 工商、Y 其他等）。',
        en: 'Position 1 of the credit code, {authority}, is not a known registration-authority code (1 establishment, 5 civil affairs, 9 market regulation, Y other, …).',
      },
      fix: {
        zh: '请对照营业执照或登记证书核对第 1 位。',
        en: 'Check the first character against the licence or certificate.',
      },
      source: AUTHORITY_SOURCE,
      sourceUrl: AUTHORITY_SOURCE_URL,
      fires: ['B1330106MA2B3C4D5B'],
      passes: [
        { value: '31330000MD0012345E', note: 'law firm, authority 3 added after GB 32100' },
        { value: 'N2330106MA2B00000B', note: 'village collective, authority N' },
      ],
    },
    'type-unknown': {
      severity: 'warning',
      message: {
        zh: '统一社会信用代码第 2 位 {type} 不是登记管理部门“{authorityName}”下已知的机构类别代码。',
        en: 'Position 2 of the credit code, {type}, is not a known organisation type under the registration authority “{authorityNameEn}”.',
      },
      fix: {
        zh: '请对照营业执照或登记证书核对前两位。',
        en: 'Check the first two characters against the licence or certificate.',
      },
      source: AUTHORITY_SOURCE,
      sourceUrl: AUTHORITY_SOURCE_URL,
      fires: ['94330106MA2B3C4D54'],
    },
    checksum: {
      severity: 'error',
      message: {
        zh: '统一社会信用代码校验位不正确：按 GB 32100-2015 计算应为 {expected}，实际为 {actual}。',
        en: 'The check character of the credit code is wrong: by GB 32100-2015 it should be {expected}, not {actual}.',
      },
      fix: {
        zh: '请逐位对照营业执照核对：通常是前 17 位中某一位输错（如 0 与 D、1 与 L、8 与 B）。',
        en: 'Compare each character with the licence: usually one of the first 17 is mistyped (0 and D, 1 and L, 8 and B).',
      },
      source: 'GB 32100-2015 §4.5',
      fires: ['91330106MA2B3C4D5E', '91330106MA2B3C4D6D'],
      passes: [{ value: '91350100M1234ABCDM', note: 'pilot code: checksum-pilot, not checksum' }],
    },
    'checksum-pilot': {
      severity: 'warning',
      message: {
        zh: '统一社会信用代码校验位按 GB 32100-2015 应为 {expected}，但这是 2015 年试点期间以 M 开头主体标识码的代码，此类真实代码存在校验位不符的情况。',
        en: 'By GB 32100-2015 the check character should be {expected}, but this is a 2015 pilot-period code (subject identifier M + digits); such real codes are known to fail the checksum.',
      },
      fix: {
        zh: '请逐字对照营业执照：与执照完全一致则无需修改。',
        en: 'Compare it character by character with the licence: if it matches exactly, leave it as it is.',
      },
      source: 'GB 32100-2015 (early pilot codes such as 91350100M0001TGQXM fail the check digit)',
      fires: ['91350100M1234ABCDM'],
      passes: [{ value: '91330106MA2B3C4D5E', note: 'ordinary code: checksum, not checksum-pilot' }],
    },
    'legacy-licence-15': {
      severity: 'warning',
      message: {
        zh: '这是 15 位的旧营业执照注册号：2015-10-01 “三证合一”后营业执照改载 18 位统一社会信用代码，旧执照过渡期至 2017-12-31。',
        en: 'This is a 15-digit registration number of an old business licence: since the 2015-10-01 “three licences in one” reform licences carry the 18-character credit code; old licences were valid until 2017-12-31.',
      },
      fix: {
        zh: '请填写现行营业执照上的 18 位统一社会信用代码。',
        en: 'Enter the 18-character credit code printed on the current licence.',
      },
      source: '国办发〔2015〕50号 (三证合一 from 2015-10-01, old licences valid to 2017-12-31)',
      fires: ['330106000123458'],
    },
    'licence-15-checksum': {
      severity: 'error',
      message: {
        zh: '15 位营业执照注册号校验位不正确：按 ISO 7064 MOD 11,10 计算应为 {expected}，实际为 {actual}。',
        en: 'The check digit of the 15-digit registration number is wrong: by ISO 7064 MOD 11,10 it should be {expected}, not {actual}.',
      },
      fix: { zh: '请逐位对照营业执照核对。', en: 'Compare each digit with the licence.' },
      source: 'GS15-2006 工商行政管理市场主体注册号编制规则; ISO 7064 MOD 11,10',
      fires: ['330106000123459'],
      passes: ['330106000123458'],
    },
  },
  check(value) {
    const issues: FormatIssue[] = [];
    const normalized = normaliseCode(value);
    const result = (details?: CreditCodeDetails) => formatResult(creditCodeFormat, normalized, issues, details);
    if (normalized === '') {
      issues.push({ code: 'empty' });
      return result();
    }
    if (normalized !== value.trim()) issues.push({ code: 'normalised', params: { normalized } });

    if (/^\d{15}$/.test(normalized)) {
      // A 15-digit licence number in a credit-code field: the form's 营业执照 type accepts both (spec §4.1).
      issues.push({ code: 'legacy-licence-15' });
      const expected = licenceNumberCheckDigit(normalized);
      const actual = normalized[14] ?? '';
      if (expected !== actual) issues.push({ code: 'licence-15-checksum', params: { expected, actual } });
      return result();
    }

    const bad = firstDisallowed(normalized, /[0-9A-Z]/);
    if (bad) {
      issues.push({ code: 'charset', params: { position: bad.position, char: describeChar(bad.char) } });
      return result();
    }
    if (normalized.length !== 18) {
      issues.push({ code: 'length', params: { length: normalized.length } });
      return result();
    }
    const outside = firstDisallowed(normalized, /[0-9A-HJ-NPQRTUWXY]/);
    if (outside) {
      const letters = [...new Set(normalized.replace(/[0-9A-HJ-NPQRTUWXY]/g, ''))];
      const suggestion = normalized.replace(/[OIZS]/g, (c) => CONFUSABLE[c] ?? c);
      const fixable = letters.every((l) => l in CONFUSABLE) && creditCodeCheckChar(suggestion) === suggestion[17];
      if (fixable) issues.push({ code: 'confusable', params: { letters: letters.join('、'), suggestion } });
      else issues.push({ code: 'charset', params: { position: outside.position, char: describeChar(outside.char) } });
      return result();
    }

    const authorityCode = normalized[0] ?? '';
    const typeCode = normalized[1] ?? '';
    const divisionCode = normalized.slice(2, 8);
    const subject = normalized.slice(8, 17);
    const provinceCode = divisionCode.slice(0, 2);
    const authority = AUTHORITY_BY_CODE.get(authorityCode);
    const typeName = authority?.types[typeCode];
    if (!authority) issues.push({ code: 'authority-unknown', params: { authority: authorityCode } });
    else if (!typeName) {
      issues.push({
        code: 'type-unknown',
        params: { type: typeCode, authorityName: authority.name.zh, authorityNameEn: authority.name.en },
      });
    }
    if (!/^\d{6}$/.test(divisionCode)) issues.push({ code: 'division-code', params: { divisionCode } });
    else if (!divisionProvinceOk(divisionCode)) issues.push({ code: 'province-code', params: { provinceCode } });

    const expected = creditCodeCheckChar(normalized);
    const actual = normalized[17] ?? '';
    if (expected !== actual) {
      issues.push({ code: PILOT_SUBJECT.test(subject) ? 'checksum-pilot' : 'checksum', params: { expected, actual } });
    }
    return result({
      authority: authorityCode,
      ...(authority ? { authorityName: authority.name } : {}),
      type: typeCode,
      ...(typeName ? { typeName } : {}),
      divisionCode,
      provinceCode,
      organizationCode: `${subject.slice(0, 8)}-${subject.slice(8)}`,
    });
  },
});
