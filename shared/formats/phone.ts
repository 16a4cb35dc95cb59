// Number rules written here, not taken from a library: libphonenumber and validator return only true/false (no reason to show), know nothing of the SMS-check sender numbers or the data-only segments, and libphonenumber is too heavy for a content script.
//
// The carrier is judged BY SEGMENT: since number portability (2019-12-01) a number may have moved to
// another carrier, so `carrier` and `smsSender` say what the segment was issued to, not a certainty.

import { defineFormat, type Format, type FormatIssue, formatResult } from './define';
import { describeChar, firstDisallowed, foldAndTrim, toFixpoint } from './input-text';

/** Landlines (联系方式2) live in landline.ts; re-exported so `formats/phone` keeps offering both. */
export { AREA_CODES_SOURCE, areaCodeCities, type LandlineDetails, landlineFormat } from './landline';

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

/** Digits with separators removed; `+86` / `0086` / `86` dropped when what follows is a mobile number. */
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
  valid: ['13812345678', '19912345678'],
  issues: {
    empty: {
      severity: 'error',
      message: { zh: '手机号码为空。', en: 'The mobile number is empty.' },
      fix: {
        zh: '填写本人在用的 11 位大陆手机号码。',
        en: 'Enter the 11-digit mainland mobile number the person uses.',
      },
      fires: [''],
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
      fires: ['+86 138 1234 5678', '138-1234-5678', '１３８１２３４５６７８'],
    },
    'not-mainland': {
      severity: 'error',
      message: {
        zh: '手机号码带有国家或地区码 {countryCode}：备案只接受中国大陆手机号码，短信核验验证码只发往大陆手机（联系方式1）。',
        en: 'The mobile number has country or region code {countryCode}: filings accept only mainland China mobile numbers, and SMS-check codes go only to a mainland mobile (contact 1).',
      },
      fix: { zh: '请填写中国大陆的 11 位手机号码。', en: 'Enter an 11-digit mainland China mobile number.' },
      source: 'spec §4.2, §6.2',
      fires: ['+852 9123 4567', '00852 91234567'],
      passes: ['+86 138 1234 5678'],
    },
    charset: {
      severity: 'error',
      message: {
        zh: '手机号码第 {position} 个字符 {char} 无效：手机号码只含数字。',
        en: 'Character {position} of the mobile number, {char}, is not allowed: a mobile number has digits only.',
      },
      fix: { zh: '请只填写 11 位数字。', en: 'Enter the 11 digits only.' },
      fires: ['1381234567a', '138 1234 567O'],
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
      fires: ['057188888888', '88888888'],
    },
    length: {
      severity: 'error',
      message: {
        zh: '手机号码{difference}：有 {length} 位，大陆手机号码为 11 位。',
        en: 'The mobile number is {differenceEn}: it has {length} digits, mainland mobile numbers have 11.',
      },
      fix: { zh: '请核对后填写 11 位号码。', en: 'Check it and enter the 11 digits.' },
      fires: ['1381234567', '138123456789'],
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
      fires: ['1440123456789', '14812345678'],
      passes: ['14912345678'],
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
      fires: ['14512345678', '14712345678'],
    },
    'special-purpose': {
      severity: 'warning',
      message: {
        zh: '号段 {segment} 是海事卫星或应急通信专用号段，不是普通手机号码。',
        en: 'Segment {segment} is reserved for maritime satellite or emergency communications, not ordinary mobile service.',
      },
      fix: { zh: '请填写本人在用的普通手机号码。', en: 'Enter the ordinary mobile number the person uses.' },
      fires: ['17490000000'],
    },
    'service-number-prefix': {
      severity: 'error',
      message: {
        zh: '{normalized} 以 {prefix} 开头，不是手机号码：10、11、12 开头的号码是运营商客服、特服和公共服务号码，手机号码的第二位是 3–9。',
        en: '{normalized} starts with {prefix} and is not a mobile number: numbers starting 10, 11 or 12 are carrier service, special service and public service numbers; a mobile number’s second digit is 3–9.',
      },
      fix: {
        zh: '请核对号码，填写本人在用的 1[3-9] 开头的 11 位手机号码。',
        en: 'Check the number and enter the person’s 11-digit mobile number, which starts 13–19.',
      },
      source: `spec §4.2; ${MOBILE_SEGMENTS_SOURCE}`,
      fires: ['12345678901', '10012345678'],
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
      // 154: not in the segment table (2020-05-03); the check takes no filing date, so neither do these.
      fires: ['15412345678'],
      passes: ['19212345678'],
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
      fires: ['17012345678', '16712345678'],
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
    // 10x/11x/12x were never issued as mobile segments (carrier and special service numbers); 1[3-9]x
    // segments opened after the table's date stay warnings below.
    const servicePrefix = /^1[0-2]/.exec(digits);
    if (servicePrefix) {
      issues.push({ code: 'service-number-prefix', params: { normalized: digits, prefix: servicePrefix[0] } });
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
