// Document-number patterns written here, not taken from a library: the libraries return only true/false (no reason to show), and none maps the filing forms' document-type labels to a format.
//
// Only Chinese passports and the two travel permits have public number patterns; foreign passports
// and military/police documents are checked for length and characters only, and their messages say so.

import { businessLicence15Format } from './business-licence-15';
import { creditCodeFormat } from './credit-code';
import type { Format } from './define';
import { defineFormat, type FormatIssue, type FormatIssueSpec, formatResult } from './define';
import { idNumberFormat } from './id-number';
import {
  codePointLength,
  compactCode,
  describeChar,
  firstDisallowed,
  foldAndTrim,
  toFixpoint,
  upperAscii,
} from './input-text';
import { organizationCodeFormat } from './organization-code';
import { permanentResidenceFormat } from './permanent-residence';

function normaliseDocumentNumber(value: string): string {
  return toFixpoint(value, (s) => upperAscii(compactCode(s)));
}

/** The example values of an issue (`fires`, and near misses that must not raise it). */
type IssueExamples = Pick<FormatIssueSpec, 'fires' | 'passes'>;

function emptySpec(what: { zh: string; en: string }): FormatIssueSpec {
  return {
    severity: 'error',
    message: { zh: `${what.zh}为空。`, en: `The ${what.en} is empty.` },
    fix: { zh: `请按证件填写${what.zh}。`, en: `Enter the ${what.en} as printed on the document.` },
    fires: [''],
  };
}

function normalisedSpec(what: { zh: string; en: string }, examples: IssueExamples): FormatIssueSpec {
  return {
    severity: 'warning',
    message: {
      zh: `${what.zh}中含有全角字符、空格、连字符或小写字母，规范写法为 {normalized}。`,
      en: `The ${what.en} contains full-width characters, spaces, hyphens or lower-case letters; written plainly it is {normalized}.`,
    },
    fix: { zh: '请填写为 {normalized}。', en: 'Enter it as {normalized}.' },
    ...examples,
  };
}

function charsetSpec(
  what: { zh: string; en: string },
  allowed: { zh: string; en: string },
  examples: IssueExamples,
): FormatIssueSpec {
  return {
    severity: 'error',
    message: {
      zh: `${what.zh}第 {position} 个字符 {char} 无效：${allowed.zh}。`,
      en: `Character {position} of the ${what.en}, {char}, is not allowed: ${allowed.en}.`,
    },
    fix: { zh: '请对照证件重新输入。', en: 'Re-type it from the document.' },
    ...examples,
  };
}

/** Common first steps: empty, normalisation finding, charset. Returns false when the check should stop. */
function startCheck(value: string, normalized: string, issues: FormatIssue[], allowed: RegExp): boolean {
  if (normalized === '') {
    issues.push({ code: 'empty' });
    return false;
  }
  if (normalized !== value.trim()) issues.push({ code: 'normalised', params: { normalized } });
  const bad = firstDisallowed(normalized, allowed);
  if (bad) {
    issues.push({ code: 'charset', params: { position: bad.position, char: describeChar(bad.char) } });
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Chinese passport

export type ChinesePassportDetails = { series: 'G' | 'E' | 'official' };

const CN_PASSPORT = { zh: '中国护照号码', en: 'Chinese passport number' };

/**
 * G + 8 digits: ordinary passports before e-passports; E + digit or letter (not I, O) + 7 digits:
 * e-passports since 2012-05-15; DE/SE/PE + 7 digits: diplomatic, service and public-affairs passports.
 */
const CN_PASSPORT_PATTERNS: readonly { pattern: RegExp; series: ChinesePassportDetails['series'] }[] = [
  { pattern: /^G\d{8}$/, series: 'G' },
  { pattern: /^E[0-9A-HJ-NP-Z]\d{7}$/, series: 'E' },
  { pattern: /^[DSP]E\d{7}$/, series: 'official' },
];

function matchChinesePassport(normalized: string): ChinesePassportDetails['series'] | undefined {
  return CN_PASSPORT_PATTERNS.find((p) => p.pattern.test(normalized))?.series;
}

export const chinesePassportFormat: Format<ChinesePassportDetails> = defineFormat<ChinesePassportDetails>({
  id: 'passport-cn',
  name: { zh: '中华人民共和国护照', en: 'Passport of the People’s Republic of China' },
  source: 'validator.js isPassportNumber(CN); util-helpers isPassport',
  valid: ['E12345678', 'EA1234567', 'DE1234567'],
  issues: {
    empty: emptySpec(CN_PASSPORT),
    normalised: normalisedSpec(CN_PASSPORT, { fires: ['e12345678', 'E1234 5678'] }),
    charset: charsetSpec(
      CN_PASSPORT,
      { zh: '护照号码只含数字和大写字母', en: 'a passport number has digits and capital letters only' },
      { fires: ['E12345678.', 'E1234567/'] },
    ),
    pattern: {
      severity: 'error',
      message: {
        zh: '中国护照号码 {normalized} 不符合已知格式：普通护照为 E 加 8 位（第 2 位可为字母，不含 I、O）或 G 加 8 位数字。',
        en: 'The Chinese passport number {normalized} matches no known form: ordinary passports are E + 8 characters (the second may be a letter other than I, O) or G + 8 digits.',
      },
      fix: { zh: '请对照护照资料页核对。', en: 'Compare it with the passport’s data page.' },
      fires: ['A12345678', 'E1234567', { value: 'EO1234567', note: 'E followed by the letter O' }],
    },
    'g-series': {
      severity: 'info',
      message: {
        zh: 'G 开头的是 2012-05-15 启用电子护照前签发的护照，成人护照有效期 10 年，可能已过期。',
        en: 'G-numbers belong to passports issued before e-passports (2012-05-15); adult passports are valid for 10 years, so it may have expired.',
      },
      fix: {
        zh: '请确认护照在有效期内，且剩余有效期超过 3 个月。',
        en: 'Make sure the passport is still valid, with more than 3 months left.',
      },
      source: 'TC17 上海 (documents valid > 3 months); HW25 备案驳回 「有效期需大于三个月」',
      fires: ['G12345678'],
    },
  },
  check(value) {
    const issues: FormatIssue[] = [];
    const normalized = normaliseDocumentNumber(value);
    const result = (details?: ChinesePassportDetails) =>
      formatResult(chinesePassportFormat, normalized, issues, details);
    if (!startCheck(value, normalized, issues, /[0-9A-Z]/)) return result();
    const series = matchChinesePassport(normalized);
    if (!series) {
      issues.push({ code: 'pattern', params: { normalized } });
      return result();
    }
    if (series === 'G') issues.push({ code: 'g-series' });
    return result({ series });
  },
});

// ---------------------------------------------------------------------------------------------
// Passport of any country (the forms' 护照)

export type PassportDetails = { issuer: 'CN' | 'unknown' };

const PASSPORT = { zh: '护照号码', en: 'passport number' };
const PASSPORT_MIN = 5;
const PASSPORT_MAX = 20;

export const passportFormat: Format<PassportDetails> = defineFormat<PassportDetails>({
  id: 'passport',
  name: { zh: '护照（中国或外国）', en: 'Passport (Chinese or foreign)' },
  source: 'ICAO Doc 9303 (document number: letters and digits)',
  // Chinese passport numbers; a foreign number always raises the `foreign-unverified` info.
  valid: ['E12345678', 'G12345678'],
  issues: {
    empty: emptySpec(PASSPORT),
    normalised: normalisedSpec(PASSPORT, { fires: ['e12345678', 'x1234567'] }),
    charset: charsetSpec(
      PASSPORT,
      { zh: '护照号码只含数字和英文字母', en: 'a passport number has digits and Latin letters only' },
      { fires: ['AB/1234567', 'X1234567#'] },
    ),
    length: {
      severity: 'error',
      message: {
        zh: `护照号码有 {length} 位：各国护照号码一般为 ${PASSPORT_MIN}–${PASSPORT_MAX} 位（外国护照只检查长度和字符）。`,
        en: `The passport number has {length} characters: passport numbers have ${PASSPORT_MIN}–${PASSPORT_MAX} (foreign passports are checked for length and characters only).`,
      },
      fix: { zh: '请对照护照资料页核对。', en: 'Compare it with the passport’s data page.' },
      fires: ['AB12', 'ABCDEFGHJK12345678901'],
      passes: [{ value: 'L898902C3', note: 'ICAO Doc 9303 specimen number' }],
    },
    'cn-pattern': {
      severity: 'warning',
      message: {
        zh: '护照号码 {normalized} 以 G 或 E 开头、长 9 位，像中国护照，但不符合中国护照号码格式。',
        en: 'The passport number {normalized} starts with G or E and has 9 characters like a Chinese passport, but does not match the Chinese passport number form.',
      },
      fix: {
        zh: '中国护照请对照资料页核对（E 加 8 位或 G 加 8 位数字）；外国护照可忽略此提示。',
        en: 'For a Chinese passport, compare it with the data page (E + 8 characters, or G + 8 digits); for a foreign passport ignore this.',
      },
      fires: ['EI1234567', 'GA1234567'],
      passes: [{ value: 'K12345678', note: 'nine characters, not G or E' }],
    },
    'foreign-unverified': {
      severity: 'info',
      message: {
        zh: '外国护照号码没有统一格式，这里只检查了长度和字符。',
        en: 'Foreign passport numbers have no common form; only the length and characters were checked.',
      },
      fix: { zh: '请与护照资料页逐字核对。', en: 'Compare it character by character with the passport’s data page.' },
      fires: [{ value: 'L898902C3', note: 'ICAO Doc 9303 specimen number' }, 'K1234567'],
    },
  },
  check(value) {
    const issues: FormatIssue[] = [];
    const normalized = normaliseDocumentNumber(value);
    const result = (details?: PassportDetails) => formatResult(passportFormat, normalized, issues, details);
    if (!startCheck(value, normalized, issues, /[0-9A-Z]/)) return result();
    if (normalized.length < PASSPORT_MIN || normalized.length > PASSPORT_MAX) {
      issues.push({ code: 'length', params: { length: normalized.length } });
      return result();
    }
    if (matchChinesePassport(normalized)) return result({ issuer: 'CN' });
    if (/^[GE]/.test(normalized) && normalized.length === 9)
      issues.push({ code: 'cn-pattern', params: { normalized } });
    issues.push({ code: 'foreign-unverified' });
    return result({ issuer: 'unknown' });
  },
});

// ---------------------------------------------------------------------------------------------
// 港澳居民来往内地通行证 (回乡证)

export type HkMacauPermitDetails = { region: 'hong-kong' | 'macao'; renewals?: number };

const HK_MO = { zh: '港澳居民来往内地通行证号码', en: 'Mainland Travel Permit number (Hong Kong/Macao residents)' };

export const hkMacauPermitFormat: Format<HkMacauPermitDetails> = defineFormat<HkMacauPermitDetails>({
  id: 'hk-macau-permit',
  name: { zh: '港澳居民来往内地通行证', en: 'Mainland Travel Permit for Hong Kong and Macao Residents' },
  source: 'util-helpers isHMCard',
  valid: ['H12345678', 'M87654321', 'H1234567801'],
  issues: {
    empty: emptySpec(HK_MO),
    normalised: normalisedSpec(HK_MO, { fires: ['h12345678', 'H 1234 5678'] }),
    charset: charsetSpec(
      HK_MO,
      { zh: '号码为 H 或 M 加数字', en: 'the number is H or M followed by digits' },
      { fires: [{ value: 'H12345678(01)', note: 'renewal count in brackets' }, 'H1234567!'] },
    ),
    pattern: {
      severity: 'error',
      message: {
        zh: '港澳居民来往内地通行证号码 {normalized} 格式不对：应为 H（香港）或 M（澳门）加 8 位数字，旧版本式证件后面另有 2 位换证次数。',
        en: 'The permit number {normalized} has the wrong form: it is H (Hong Kong) or M (Macao) followed by 8 digits; old booklets add 2 digits counting renewals.',
      },
      fix: { zh: '请对照通行证核对，如 H12345678。', en: 'Compare it with the permit, e.g. H12345678.' },
      fires: [
        'X12345678',
        'H1234567',
        { value: 'C12345678', note: 'a mainland resident’s permit to Hong Kong and Macao' },
      ],
    },
  },
  check(value) {
    const issues: FormatIssue[] = [];
    const normalized = normaliseDocumentNumber(value);
    const result = (details?: HkMacauPermitDetails) => formatResult(hkMacauPermitFormat, normalized, issues, details);
    if (!startCheck(value, normalized, issues, /[0-9A-Z]/)) return result();
    const m = /^([HM])\d{8}(\d{2})?$/.exec(normalized);
    if (!m) {
      issues.push({ code: 'pattern', params: { normalized } });
      return result();
    }
    return result({
      region: m[1] === 'H' ? 'hong-kong' : 'macao',
      ...(m[2] !== undefined ? { renewals: Number(m[2]) } : {}),
    });
  },
});

// ---------------------------------------------------------------------------------------------
// 台湾居民来往大陆通行证 (台胞证)

export type TaiwanPermitDetails = { kind: 'card' | 'one-time' };

const TW = { zh: '台湾居民来往大陆通行证号码', en: 'Mainland Travel Permit number (Taiwan residents)' };

export const taiwanPermitFormat: Format<TaiwanPermitDetails> = defineFormat<TaiwanPermitDetails>({
  id: 'taiwan-permit',
  name: { zh: '台湾居民来往大陆通行证', en: 'Mainland Travel Permit for Taiwan Residents' },
  source: 'util-helpers isTWCard',
  valid: ['12345678', '87654321'],
  issues: {
    empty: emptySpec(TW),
    normalised: normalisedSpec(TW, { fires: ['1234 5678', '１２３４５６７８'] }),
    charset: charsetSpec(
      TW,
      { zh: '号码只含数字和大写字母', en: 'the number has digits and capital letters only' },
      { fires: ['12345678(01)', '1234567!'] },
    ),
    pattern: {
      severity: 'error',
      message: {
        zh: '台湾居民来往大陆通行证号码 {normalized} 格式不对：卡式证件（2015 年起）为 8 位数字，一次有效证件为 10–12 位数字或字母。',
        en: 'The permit number {normalized} has the wrong form: card permits (since 2015) have 8 digits, one-time permits 10–12 digits or letters.',
      },
      fix: { zh: '请对照通行证核对。', en: 'Compare it with the permit.' },
      fires: ['1234567', '123456789'],
    },
    'one-time': {
      severity: 'warning',
      message: {
        zh: '这像是一次有效的台湾居民来往大陆通行证：有效期短，备案要求证件剩余有效期超过 3 个月。',
        en: 'This looks like a one-time permit: it is valid only briefly, and filings need documents with more than 3 months of validity left.',
      },
      fix: {
        zh: '请改用 8 位号码的卡式通行证或台湾居民居住证。',
        en: 'Use the 8-digit card permit or the Taiwan residents’ residence permit instead.',
      },
      source: 'TC17 上海 (documents valid > 3 months); HW25 备案驳回 「有效期需大于三个月」',
      fires: ['1234567890', '1234567890AB'],
    },
  },
  check(value) {
    const issues: FormatIssue[] = [];
    const normalized = normaliseDocumentNumber(value);
    const result = (details?: TaiwanPermitDetails) => formatResult(taiwanPermitFormat, normalized, issues, details);
    if (!startCheck(value, normalized, issues, /[0-9A-Z]/)) return result();
    if (/^\d{8}$/.test(normalized)) return result({ kind: 'card' });
    if (/^[0-9A-Z]{10,12}$/.test(normalized)) {
      issues.push({ code: 'one-time' });
      return result({ kind: 'one-time' });
    }
    issues.push({ code: 'pattern', params: { normalized } });
    return result();
  },
});

// ---------------------------------------------------------------------------------------------
// Documents without a public number pattern (军官证, 武警警官证, 士兵证 …)

const OTHER = { zh: '证件号码', en: 'document number' };
const OTHER_MIN = 4;
const OTHER_MAX = 32;

/** Military documents carry numbers like 南字第2019001号, so CJK characters and brackets are allowed. */
const OTHER_ALLOWED = /[0-9A-Z\u3400-\u4dbf\u4e00-\u9fff()·/]/;

/**
 * Well-formed numbers (made up). Not the format's `valid`: every well-formed number raises the
 * `unverified` info, so they are the other issues' near misses instead.
 */
const WELL_FORMED_OTHER = ['南字第2019001号', '军字第12345678号'] as const;

export const documentNumberFormat: Format = defineFormat<Record<string, unknown>>({
  id: 'document-number',
  name: { zh: '其他证件号码（军官证等）', en: 'Other document number (officer’s ID etc.)' },
  source: 'spec §4.1 (number must match the document type)',
  issues: {
    empty: emptySpec(OTHER),
    normalised: normalisedSpec(OTHER, {
      fires: ['南字第２０１９００１号', '南字第 2019001号'],
      passes: WELL_FORMED_OTHER,
    }),
    charset: charsetSpec(
      OTHER,
      {
        zh: '只检查字符：允许数字、字母、汉字和括号',
        en: 'only the characters are checked: digits, letters, Chinese characters and brackets are allowed',
      },
      { fires: ['南字第2019001号😀', '南字第2019001号。'], passes: WELL_FORMED_OTHER },
    ),
    length: {
      severity: 'error',
      message: {
        zh: `证件号码有 {length} 个字符：应为 ${OTHER_MIN}–${OTHER_MAX} 个（此类证件只检查长度和字符）。`,
        en: `The document number has {length} characters: it should have ${OTHER_MIN}–${OTHER_MAX} (this document type is checked for length and characters only).`,
      },
      fix: { zh: '请对照证件核对。', en: 'Compare it with the document.' },
      fires: ['12', '南字第2019001号南字第2019001号南字第2019001号南'],
      passes: WELL_FORMED_OTHER,
    },
    unverified: {
      severity: 'info',
      message: {
        zh: '此类证件没有公开的号码规则，这里只检查了长度和字符。',
        en: 'This document type has no public number rule; only the length and characters were checked.',
      },
      fix: { zh: '请与证件逐字核对。', en: 'Compare it character by character with the document.' },
      fires: ['南字第2019001号', '军字第12345678号'],
      passes: [{ value: '12', note: 'too short: length, not unverified' }],
    },
  },
  check(value) {
    const issues: FormatIssue[] = [];
    const normalized = normaliseDocumentNumber(value);
    const result = () => formatResult<Record<string, unknown>>(documentNumberFormat, normalized, issues);
    if (!startCheck(value, normalized, issues, OTHER_ALLOWED)) return result();
    const length = codePointLength(normalized);
    if (length < OTHER_MIN || length > OTHER_MAX) {
      issues.push({ code: 'length', params: { length } });
      return result();
    }
    issues.push({ code: 'unverified' });
    return result();
  },
});

// ---------------------------------------------------------------------------------------------
// Document-type labels of the forms → format

// biome-ignore lint/suspicious/noExplicitAny: formats differ only in their details type
type AnyFormat = Format<any>;

interface DocumentTypeEntry {
  labels: readonly string[];
  format: AnyFormat;
  personal: boolean;
}

/**
 * Labels as the filing sites' 证件类型 selects show them (spec §4.1, research §3 per-province lists).
 * 营业执照 carries the credit code since 2015 (the 15-digit licence number still gets a warning there).
 */
export const DOCUMENT_TYPES: readonly DocumentTypeEntry[] = [
  {
    labels: ['身份证', '居民身份证', '二代身份证', '中华人民共和国居民身份证', '临时居民身份证'],
    format: idNumberFormat,
    personal: true,
  },
  { labels: ['港澳台居民居住证', '港澳居民居住证', '台湾居民居住证'], format: idNumberFormat, personal: true },
  { labels: ['护照', '外国护照', '外籍护照'], format: passportFormat, personal: true },
  { labels: ['中国护照', '中华人民共和国护照'], format: chinesePassportFormat, personal: true },
  {
    labels: ['港澳居民来往内地通行证', '回乡证', '港澳居民往来内地通行证'],
    format: hkMacauPermitFormat,
    personal: true,
  },
  { labels: ['台湾居民来往大陆通行证', '台胞证'], format: taiwanPermitFormat, personal: true },
  {
    labels: ['军官证', '武警警官证', '士兵证', '文职干部证', '军队离退休干部证'],
    format: documentNumberFormat,
    personal: true,
  },
  {
    labels: ['外国人永久居留身份证', '外国人永久居留证', '永久居留身份证', '中国绿卡'],
    format: permanentResidenceFormat,
    personal: true,
  },
  {
    labels: [
      '营业执照',
      '工商营业执照',
      '营业执照(个人或企业)',
      '营业执照(企业)',
      '营业执照(个体工商户)',
      '统一社会信用代码证书',
      '统一社会信用代码',
      '事业单位法人证书',
      '社会团体法人登记证书',
      '民办非企业单位登记证书',
      '基金会法人登记证书',
      '律师事务所执业许可证',
      '宗教活动场所登记证',
      '基层群众性自治组织特别法人统一社会信用代码证',
      '农村集体经济组织登记证',
    ],
    format: creditCodeFormat,
    personal: false,
  },
  { labels: ['组织机构代码证', '组织机构代码'], format: organizationCodeFormat, personal: false },
  { labels: ['营业执照注册号'], format: businessLicence15Format, personal: false },
  { labels: ['军队单位对外有偿服务许可证', '军队代号'], format: documentNumberFormat, personal: false },
];

/** Label as compared: NFKC (full-width brackets → ASCII), no spaces, stars or colons. */
function normaliseDocumentLabel(label: string): string {
  return foldAndTrim(label).replace(/[\s*:]/g, '');
}

const BY_LABEL = new Map<string, DocumentTypeEntry>();
for (const entry of DOCUMENT_TYPES)
  for (const label of entry.labels) BY_LABEL.set(normaliseDocumentLabel(label), entry);

/** Keyword fallback for labels not listed verbatim; order matters (居住证 before 港澳, 外国人 before 身份证). */
const KEYWORDS: readonly { test: RegExp; entry: DocumentTypeEntry | undefined }[] = [
  { test: /居住证/, entry: BY_LABEL.get('港澳台居民居住证') },
  { test: /永久居留/, entry: BY_LABEL.get('外国人永久居留身份证') },
  { test: /身份证/, entry: BY_LABEL.get('身份证') },
  { test: /港澳.*(来往|往来)内地|回乡/, entry: BY_LABEL.get('回乡证') },
  { test: /台湾.*(来往|往来)大陆|台胞/, entry: BY_LABEL.get('台胞证') },
  { test: /护照/, entry: BY_LABEL.get('护照') },
  { test: /组织机构代码/, entry: BY_LABEL.get('组织机构代码证') },
  { test: /营业执照|信用代码|法人证书|登记证书|执业许可证/, entry: BY_LABEL.get('营业执照') },
  { test: /军官|警官|士兵|军人/, entry: BY_LABEL.get('军官证') },
];

function documentTypeEntry(idType: string): DocumentTypeEntry | undefined {
  const label = normaliseDocumentLabel(idType);
  if (label === '') return undefined;
  return BY_LABEL.get(label) ?? KEYWORDS.find((k) => k.test.test(label))?.entry;
}

/** The format a 证件号码 must match for the chosen 证件类型 label, or undefined for an unknown label. */
export function documentFormatFor(idType: string): Format | undefined {
  return documentTypeEntry(idType)?.format;
}

/** true for document types of natural persons (ID card, passport, permits …), false for organisations' documents and unknown labels. */
export function isPersonalDocumentType(idType: string): boolean {
  return documentTypeEntry(idType)?.personal ?? false;
}
