// 15-digit business-licence registration number (GS15-2006), replaced by the credit code. Checksum written here, not taken from a library: the libraries return only true/false (no reason, no expected character to show).

import { defineFormat, type Format, type FormatIssue, formatResult } from './define';
import { isMainlandProvinceCode } from './gb2260-provinces';
import { compactCode, describeChar, firstDisallowed } from './input-text';

/** ISO 7064 MOD 11,10 check digit of the first 14 digits of a 15-digit registration number (GS15-2006). */
export function licenceNumberCheckDigit(body: string): string {
  let p = 10;
  for (let i = 0; i < 14; i += 1) {
    const s = (p + Number(body[i])) % 10 || 10;
    p = (2 * s) % 11;
  }
  return String((11 - p) % 10);
}

/**
 * Division code of registrations made at national level (e.g. national social organisations registered
 * with the Ministry of Civil Affairs: 51100000500009247D).
 */
const NATIONAL_DIVISION_CODE = '100000';

/**
 * true when the division code of a registering authority (credit code positions 3–8, licence number
 * digits 1–6) is national (100000) or in a mainland province.
 */
export function divisionProvinceOk(divisionCode: string): boolean {
  return divisionCode === NATIONAL_DIVISION_CODE || isMainlandProvinceCode(divisionCode.slice(0, 2));
}

export type LicenceNumberDetails = { divisionCode: string; provinceCode: string };

/**
 * Well-formed numbers (made up; check digits from licenceNumberCheckDigit). Not the format's `valid`:
 * every well-formed number raises the `legacy` warning, so they are the other issues' near misses instead.
 */
const WELL_FORMED = ['330106000123458', '440300000987654'] as const;

export const businessLicence15Format: Format<LicenceNumberDetails> = defineFormat<LicenceNumberDetails>({
  id: 'business-licence-15',
  name: {
    zh: '营业执照注册号（15 位，2015 年前）',
    en: 'Business-licence registration number (15 digits, before 2015)',
  },
  source: 'GS15-2006 工商行政管理市场主体注册号编制规则; ISO 7064 MOD 11,10',
  issues: {
    empty: {
      severity: 'error',
      message: { zh: '营业执照注册号为空。', en: 'The licence registration number is empty.' },
      fix: { zh: '按营业执照填写。', en: 'Enter it as printed on the licence.' },
      fires: [''],
    },
    normalised: {
      severity: 'warning',
      message: {
        zh: '营业执照注册号中含有全角数字、空格或连字符，规范写法为 {normalized}。',
        en: 'The registration number contains full-width digits, spaces or hyphens; written plainly it is {normalized}.',
      },
      fix: { zh: '请填写为 {normalized}。', en: 'Enter it as {normalized}.' },
      fires: ['3301 0600 0123 458', '３３０１０６０００１２３４５８', '330106-000123458'],
      passes: WELL_FORMED,
    },
    charset: {
      severity: 'error',
      message: {
        zh: '营业执照注册号第 {position} 个字符 {char} 无效：注册号只含数字。',
        en: 'Character {position} of the registration number, {char}, is not allowed: the number has digits only.',
      },
      fix: { zh: '请对照营业执照重新输入。', en: 'Re-type it from the licence.' },
      fires: ['33010600012345A', '3301060OO123458'],
      passes: WELL_FORMED,
    },
    length: {
      severity: 'error',
      message: {
        zh: '营业执照注册号有 {length} 位：应为 15 位。',
        en: 'The registration number has {length} digits: it has 15.',
      },
      fix: { zh: '请对照营业执照核对。', en: 'Compare it with the licence.' },
      fires: ['33010600012345', '3301060001234580'],
      passes: WELL_FORMED,
    },
    'province-code': {
      severity: 'error',
      message: {
        zh: '营业执照注册号前两位 {provinceCode} 不是大陆省级行政区划代码。',
        en: 'The first two digits of the registration number, {provinceCode}, are not a mainland provincial-level region code.',
      },
      fix: { zh: '请对照营业执照核对前 6 位。', en: 'Check the first six digits against the licence.' },
      fires: ['990106000123457'],
      passes: WELL_FORMED,
    },
    checksum: {
      severity: 'error',
      message: {
        zh: '营业执照注册号校验位不正确：按 ISO 7064 MOD 11,10 计算应为 {expected}，实际为 {actual}。',
        en: 'The check digit of the registration number is wrong: by ISO 7064 MOD 11,10 it should be {expected}, not {actual}.',
      },
      fix: { zh: '请逐位对照营业执照核对。', en: 'Compare each digit with the licence.' },
      fires: ['330106000123459'],
      passes: WELL_FORMED,
    },
    legacy: {
      severity: 'warning',
      message: {
        zh: '15 位注册号是“三证合一”（2015-10-01）前的旧号码，旧版营业执照过渡期至 2017-12-31。',
        en: 'The 15-digit registration number predates the 2015-10-01 “three licences in one” reform; old licences were valid until 2017-12-31.',
      },
      fix: {
        zh: '请填写现行营业执照上的 18 位统一社会信用代码。',
        en: 'Enter the 18-character unified social credit code printed on the current licence.',
      },
      source: '国办发〔2015〕50号 (三证合一 from 2015-10-01, old licences valid to 2017-12-31)',
      fires: ['330106000123458', '440300000987654'],
      passes: [{ value: '33010600012345', note: 'a malformed number is not called legacy' }],
    },
  },
  check(value) {
    const issues: FormatIssue[] = [];
    const normalized = compactCode(value);
    const result = (details?: LicenceNumberDetails) =>
      formatResult(businessLicence15Format, normalized, issues, details);
    if (normalized === '') {
      issues.push({ code: 'empty' });
      return result();
    }
    if (normalized !== value.trim()) issues.push({ code: 'normalised', params: { normalized } });
    const bad = firstDisallowed(normalized, /[0-9]/);
    if (bad) {
      issues.push({ code: 'charset', params: { position: bad.position, char: describeChar(bad.char) } });
      return result();
    }
    if (normalized.length !== 15) {
      issues.push({ code: 'length', params: { length: normalized.length } });
      return result();
    }
    const divisionCode = normalized.slice(0, 6);
    const provinceCode = normalized.slice(0, 2);
    if (!divisionProvinceOk(divisionCode)) issues.push({ code: 'province-code', params: { provinceCode } });
    const expected = licenceNumberCheckDigit(normalized);
    const actual = normalized[14] ?? '';
    if (expected !== actual) issues.push({ code: 'checksum', params: { expected, actual } });
    issues.push({ code: 'legacy' });
    return result({ divisionCode, provinceCode });
  },
});
