// 组织机构代码 (GB 11714-1997). Checksum written here, not taken from a library: the libraries return only true/false (no reason, no expected character to show). Since 2015 the code lives on as characters 9–17 of the unified social credit code (credit-code.ts).

import { defineFormat, type Format, type FormatIssue, formatResult } from './define';
import { compactCode, describeChar, firstDisallowed, toFixpoint, upperAscii } from './input-text';

/** GB 11714-1997 weights for the eight body characters of an organisation code. */
const ORGANIZATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function organizationCharValue(ch: string): number {
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57 ? c - 48 : c - 55; // 0–9, A=10 … Z=35
}

/** The check character of an eight-character organisation code body (GB 11714-1997: 11 − S mod 11; 10 → X, 11 → 0). */
export function organizationCodeCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += organizationCharValue(body[i] ?? '0') * (ORGANIZATION_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Half-width, no spaces or hyphens, upper-case ASCII: how organisation codes and credit codes are compared. */
export function normaliseCode(value: string): string {
  return toFixpoint(value, (s) => upperAscii(compactCode(s)));
}

export type OrganizationCodeDetails = { body: string; checkChar: string };

/**
 * Well-formed codes (made up; check characters from organizationCodeCheckChar, 33012345 has check
 * value 10, written X). Not the format's `valid`: every well-formed code raises the `superseded` info,
 * so they are the other issues' near misses instead.
 */
const WELL_FORMED = ['MA2B3C4D-1', '33012345-X'] as const;

export const organizationCodeFormat: Format<OrganizationCodeDetails> = defineFormat<OrganizationCodeDetails>({
  id: 'organization-code',
  name: { zh: '组织机构代码', en: 'Organisation code' },
  source: 'GB 11714-1997; spec §4.1',
  issues: {
    empty: {
      severity: 'error',
      message: { zh: '组织机构代码为空。', en: 'The organisation code is empty.' },
      fix: { zh: '按组织机构代码证填写，如 77255161-1。', en: 'Enter it as on the certificate, e.g. 77255161-1.' },
      fires: [''],
    },
    normalised: {
      severity: 'info',
      message: {
        zh: '组织机构代码的规范写法为 {normalized}（8 位本体码、连字符、1 位校验码）。',
        en: 'The organisation code is conventionally written {normalized} (eight characters, hyphen, check character).',
      },
      fix: { zh: '可填写为 {normalized}。', en: 'You may enter it as {normalized}.' },
      fires: ['MA2B3C4D1', 'ma2b3c4d-1', 'MA2B3C4D 1'],
      passes: WELL_FORMED,
    },
    charset: {
      severity: 'error',
      message: {
        zh: '组织机构代码第 {position} 个字符 {char} 无效：只含数字和大写字母，校验码为数字或 X。',
        en: 'Character {position} of the organisation code, {char}, is not allowed: it has digits and capital letters, and a digit or X as check character.',
      },
      fix: { zh: '请对照证书重新输入。', en: 'Re-type it from the certificate.' },
      fires: ['3301234!-5', { value: '33012345-A', note: 'check character A' }],
      passes: WELL_FORMED,
    },
    length: {
      severity: 'error',
      message: {
        zh: '组织机构代码有 {length} 位（不计连字符）：应为 9 位。',
        en: 'The organisation code has {length} characters (not counting the hyphen): it has 9.',
      },
      fix: {
        zh: '请对照证书核对，格式如 77255161-1。',
        en: 'Compare it with the certificate; the form is like 77255161-1.',
      },
      fires: ['3301234-5', '330123456-X'],
      passes: WELL_FORMED,
    },
    checksum: {
      severity: 'error',
      message: {
        zh: '组织机构代码校验码不正确：按 GB 11714-1997 计算应为 {expected}，实际为 {actual}。',
        en: 'The check character of the organisation code is wrong: by GB 11714-1997 it should be {expected}, not {actual}.',
      },
      fix: { zh: '请逐位对照证书核对前 8 位。', en: 'Compare the first eight characters with the certificate.' },
      fires: ['MA2B3C4D-2', '33012345-0'],
      passes: WELL_FORMED,
    },
    superseded: {
      severity: 'info',
      message: {
        zh: '“三证合一”（2015-10-01）后组织机构代码已并入 18 位统一社会信用代码（第 9–17 位）。',
        en: 'Since the 2015-10-01 “three licences in one” reform the organisation code is part of the 18-character credit code (characters 9–17).',
      },
      fix: {
        zh: '若单位已有统一社会信用代码，证件类型可选“统一社会信用代码证书”或“营业执照”。',
        en: 'If the organisation has a credit code, choose the credit-code certificate or business licence as document type.',
      },
      source: '国办发〔2015〕50号',
      fires: ['MA2B3C4D-1', '33012345-X'],
      passes: [{ value: '3301234-5', note: 'a malformed code is not told it was superseded' }],
    },
  },
  check(value) {
    const issues: FormatIssue[] = [];
    const compact = normaliseCode(value);
    const body = compact.slice(0, 8);
    const structured = /^[0-9A-Z]{8}[0-9X]$/.test(compact);
    const normalized = structured ? `${body}-${compact.slice(8)}` : compact;
    const result = (details?: OrganizationCodeDetails) =>
      formatResult(organizationCodeFormat, normalized, issues, details);
    if (compact === '') {
      issues.push({ code: 'empty' });
      return result();
    }
    if (structured && normalized !== value.trim()) issues.push({ code: 'normalised', params: { normalized } });
    const bad = firstDisallowed(compact, /[0-9A-Z]/);
    if (bad) {
      issues.push({ code: 'charset', params: { position: bad.position, char: describeChar(bad.char) } });
      return result();
    }
    if (compact.length !== 9) {
      issues.push({ code: 'length', params: { length: compact.length } });
      return result();
    }
    if (!structured) {
      issues.push({ code: 'charset', params: { position: 9, char: describeChar(compact.slice(8)) } });
      return result();
    }
    const expected = organizationCodeCheckChar(body);
    const actual = compact[8] ?? '';
    if (expected !== actual) issues.push({ code: 'checksum', params: { expected, actual } });
    issues.push({ code: 'superseded' });
    return result({ body, checkChar: actual });
  },
});
