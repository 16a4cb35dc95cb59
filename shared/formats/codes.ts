// Short codes written here, not taken from a library: no library knows MIIT's SMS-check code, the ID tail the bureau asks for, or the filing-number abbreviations (蜀 not 川), and a true/false answer cannot tell the applicant what to fix.

import { defineFormat, type Format, type FormatIssue, formatResult } from './define';
import { GB2260_PROVINCES, provinceByCommonAbbr, provinceByFilingAbbr } from './gb2260-provinces';
import { compactCode, describeChar, firstDisallowed, foldText, toFixpoint, upperAscii } from './input-text';

// ---------------------------------------------------------------------------------------------
// 短信验证码 (spec §6.2): 6 digits

const SMS_CODE_LENGTH = 6;

export const smsCodeFormat: Format = defineFormat<Record<string, unknown>>({
  id: 'sms-code',
  name: { zh: '短信验证码', en: 'SMS-check code' },
  source: 'spec §6.2, §6.4',
  valid: ['123456', '048213'],
  issues: {
    empty: {
      severity: 'error',
      message: { zh: '短信验证码为空。', en: 'The SMS code is empty.' },
      fix: {
        zh: '填写工信部发到联系方式1 手机的 6 位验证码（24 小时内有效）。',
        en: 'Enter the 6-digit code MIIT sent to the contact-1 mobile (valid for 24 hours).',
      },
      fires: [''],
    },
    normalised: {
      severity: 'warning',
      message: {
        zh: '短信验证码含全角数字或空格，应为 {normalized}。',
        en: 'The SMS code contains full-width digits or spaces; it should be {normalized}.',
      },
      fix: { zh: '请填写为 {normalized}。', en: 'Enter {normalized}.' },
      fires: ['１２３４５６', '123 456'],
    },
    charset: {
      severity: 'error',
      message: {
        zh: '短信验证码第 {position} 个字符 {char} 无效：验证码只含数字。',
        en: 'Character {position} of the SMS code, {char}, is not allowed: the code has digits only.',
      },
      fix: { zh: '请对照短信重新输入。', en: 'Re-type it from the message.' },
      fires: ['12345a'],
    },
    length: {
      severity: 'error',
      message: {
        zh: '短信验证码有 {length} 位：工信部的验证码为 6 位数字。',
        en: 'The SMS code has {length} digits: MIIT’s codes have 6.',
      },
      fix: {
        zh: '请对照短信核对；发件号码：电信 106598051001、联通 10655113、移动 106575000130。',
        en: 'Check it against the message; senders: Telecom 106598051001, Unicom 10655113, Mobile 106575000130.',
      },
      fires: ['12345', '1234567'],
    },
  },
  check(value) {
    const issues: FormatIssue[] = [];
    const normalized = compactCode(value);
    const result = () => formatResult<Record<string, unknown>>(smsCodeFormat, normalized, issues);
    if (normalized === '') {
      issues.push({ code: 'empty' });
      return result();
    }
    if (normalized !== value.trim()) issues.push({ code: 'normalised', params: { normalized } });
    const bad = firstDisallowed(normalized, /[0-9]/);
    if (bad) issues.push({ code: 'charset', params: { position: bad.position, char: describeChar(bad.char) } });
    else if (normalized.length !== SMS_CODE_LENGTH)
      issues.push({ code: 'length', params: { length: normalized.length } });
    return result();
  },
});

// ---------------------------------------------------------------------------------------------
// 证件号码后六位 (spec §6.4)

const TAIL_LENGTH = 6;

export const idTailFormat: Format = defineFormat<Record<string, unknown>>({
  id: 'id-tail',
  name: { zh: '证件号码后六位', en: 'Last six characters of the ID number' },
  source: 'spec §6.4; GB 11643-1999',
  valid: ['101512', '10151X'],
  issues: {
    empty: {
      severity: 'error',
      message: { zh: '证件号码后六位为空。', en: 'The last six characters of the ID number are empty.' },
      fix: {
        zh: '填写该负责人证件号码的最后六位。',
        en: 'Enter the last six characters of that principal’s ID number.',
      },
      fires: [''],
    },
    normalised: {
      severity: 'warning',
      message: {
        zh: '证件号码后六位含全角字符、空格或小写 x，应为 {normalized}。',
        en: 'The ID tail contains full-width characters, spaces or a lower-case x; it should be {normalized}.',
      },
      fix: { zh: '请填写为 {normalized}。', en: 'Enter {normalized}.' },
      fires: ['10151x', '１０１５１２'],
    },
    charset: {
      severity: 'error',
      message: {
        zh: '证件号码后六位第 {position} 个字符 {char} 无效：只含数字，末位可为 X。',
        en: 'Character {position} of the ID tail, {char}, is not allowed: it has digits only, with X allowed last.',
      },
      fix: { zh: '请对照证件重新输入。', en: 'Re-type it from the document.' },
      fires: ['1015A2'],
    },
    'x-position': {
      severity: 'error',
      message: {
        zh: '证件号码后六位第 {position} 位是 X：X 只能是最后一位。',
        en: 'Character {position} of the ID tail is X: X can only be the last character.',
      },
      fix: { zh: '请对照证件核对。', en: 'Check it against the document.' },
      fires: ['10X512'],
    },
    'full-number': {
      severity: 'error',
      message: {
        zh: '这里只填证件号码的后六位，而不是完整号码；后六位是 {tail}。',
        en: 'Only the last six characters go here, not the whole number; they are {tail}.',
      },
      fix: { zh: '请填写 {tail}。', en: 'Enter {tail}.' },
      // Made-up numbers (440308 + 1999-01-10 + 151, check character 2 by GB 11643; and its 15-digit form).
      fires: ['440308199901101512', '440308990110151'],
    },
    length: {
      severity: 'error',
      message: {
        zh: '证件号码后六位有 {length} 位：应为 6 位。',
        en: 'The ID tail has {length} characters: it has 6.',
      },
      fix: {
        zh: '请填写证件号码的最后六位；连续输错 5 次短信核验即失败（spec §6.4）。',
        en: 'Enter the last six characters of the ID number; five wrong entries fail the SMS check (spec §6.4).',
      },
      fires: ['1512', '1015123'],
    },
  },
  check(value) {
    const issues: FormatIssue[] = [];
    const normalized = toFixpoint(value, (s) => compactCode(s).replace(/x/g, 'X'));
    const result = () => formatResult<Record<string, unknown>>(idTailFormat, normalized, issues);
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
    const xAt = normalized.indexOf('X');
    if (xAt !== -1 && xAt !== normalized.length - 1) {
      issues.push({ code: 'x-position', params: { position: xAt + 1 } });
      return result();
    }
    if (normalized.length === 18 || normalized.length === 15) {
      issues.push({ code: 'full-number', params: { tail: normalized.slice(-TAIL_LENGTH) } });
    } else if (normalized.length !== TAIL_LENGTH) {
      issues.push({ code: 'length', params: { length: normalized.length } });
    }
    return result();
  },
});

// ---------------------------------------------------------------------------------------------
// ICP 备案号: <province abbr>ICP备<digits>号[-n[A|X|K]] (A: app, X: mini program, K: quick app, since 2023-09)

export type FilingNumberDetails = {
  provinceAbbr: string;
  /** GB/T 2260 code of the province the abbreviation stands for. */
  provinceCode: string;
  /** The digits between ICP备 and 号. */
  number: string;
  /** The `-n` suffix of a website (or of an app, with `serviceKind`); absent for a subject's number. */
  websiteIndex?: number;
  /** The letter after `-n`: the number of an app (A), mini program (X) or quick app (K), not of a website. */
  serviceKind?: 'app' | 'mini-program' | 'quick-app';
  /** `filing` for ICP备 (non-commercial filing), `licence` for ICP证 (commercial licence). */
  kind: 'filing' | 'licence';
};

/**
 * Digit counts seen in real numbers: 6–8 until 2019 (京ICP证030173号 … 京ICP备10046444号), 10 since 2020
 * (year + 6 digits: 豫ICP备2020028892号-1, 京ICP备2026059598号); the old numbers stay valid. Observed,
 * not a published format, hence a warning only.
 */
const USUAL_DIGIT_COUNTS: ReadonlySet<number> = new Set([6, 7, 8, 10]);

/** The suffix letter of a service other than a website (MIIT app filing, 2023). */
const SERVICE_SUFFIX: Readonly<Record<string, NonNullable<FilingNumberDetails['serviceKind']>>> = {
  A: 'app',
  X: 'mini-program',
  K: 'quick-app',
};

const FILING_ABBRS = GB2260_PROVINCES.filter((p) => p.filingAbbr !== undefined)
  .map((p) => p.filingAbbr)
  .join('');

function normaliseFilingNumber(value: string): string {
  return toFixpoint(value, (s) => upperAscii(foldText(s).replace(/\s/g, '')).replace(/[\u2010-\u2015\u2212]/g, '-'));
}

const FILING_PATTERN = /^(.)ICP([备证])(\d+)号(?:-(\d+)([AXK])?)?$/u;

export const filingNumberFormat: Format<FilingNumberDetails> = defineFormat<FilingNumberDetails>({
  id: 'filing-number',
  name: { zh: 'ICP 备案号', en: 'ICP filing number' },
  source: 'spec §1, §4.4',
  // Made-up numbers of each form, on a filing of today: a year + 6 digits number (since 2020), an older
  // 8-digit one (still valid), an app's (-nA), and a subject's (no -n).
  valid: [
    { value: '浙ICP备2026012345号-1', today: '2026-12-07', note: '"浙ICP备2026012345号-1" (since 2020)' },
    { value: '浙ICP备18012345号-1', today: '2026-12-07', note: '"浙ICP备18012345号-1" (before 2020)' },
    { value: '浙ICP备2026012345号-1A', today: '2026-12-07', note: '"浙ICP备2026012345号-1A" (app)' },
    '京ICP备18012345号',
  ],
  issues: {
    empty: {
      severity: 'error',
      message: { zh: '备案号为空。', en: 'The filing number is empty.' },
      fix: {
        zh: '按工信部备案信息填写，如 浙ICP备12345678号。',
        en: 'Enter it as in the MIIT record, e.g. 浙ICP备12345678号.',
      },
      fires: [''],
    },
    normalised: {
      severity: 'warning',
      message: {
        zh: '备案号含全角字符、空格或小写字母，规范写法为 {normalized}。',
        en: 'The filing number contains full-width characters, spaces or lower-case letters; written plainly it is {normalized}.',
      },
      fix: { zh: '请填写为 {normalized}。', en: 'Enter it as {normalized}.' },
      fires: ['浙ICP备 2026012345号-1', '浙icp备2026012345号－1'],
    },
    pattern: {
      severity: 'error',
      message: {
        zh: '备案号 {normalized} 格式不对：应为 省份简称 + ICP备 + 数字 + 号，网站备案号另加 -序号（如 浙ICP备2024071295号-1），APP、小程序、快应用再加 A、X、K（如 浙ICP备2024071295号-2A）。',
        en: 'The filing number {normalized} has the wrong form: province abbreviation + ICP备 + digits + 号, -n for a website (e.g. 浙ICP备2024071295号-1), and A, X or K after it for an app, mini program or quick app (e.g. 浙ICP备2024071295号-2A).',
      },
      fix: { zh: '请对照工信部备案信息填写。', en: 'Copy it from the MIIT record.' },
      fires: ['浙ICP2026012345', '浙ICP备2026012345-1', '浙ICP备2026012345号-1B'],
      passes: ['蜀ICP备2026012345号-1X'],
    },
    'province-abbr': {
      severity: 'error',
      message: {
        zh: '备案号开头的“{abbr}”不是省份简称。',
        en: 'The filing number starts with “{abbr}”, which is not a province abbreviation.',
      },
      fix: {
        zh: `备案号以省份简称开头（${FILING_ABBRS}）。`,
        en: `Filing numbers start with a province abbreviation (${FILING_ABBRS}).`,
      },
      fires: ['杭ICP备2026012345号-1'],
    },
    'province-abbr-variant': {
      severity: 'error',
      message: {
        zh: '{province}的备案号以“{expected}”开头，而不是“{abbr}”。',
        en: 'Filing numbers of {provinceEn} start with “{expected}”, not “{abbr}”.',
      },
      fix: { zh: '请填写为 {suggestion}。', en: 'Enter {suggestion}.' },
      fires: ['川ICP备2026012345号-1'],
    },
    'commercial-licence': {
      severity: 'info',
      message: {
        zh: '{normalized} 是 ICP 经营许可证号（ICP证），不是 ICP 备案号（ICP备）。',
        en: '{normalized} is an ICP commercial licence number (ICP证), not an ICP filing number (ICP备).',
      },
      fix: {
        zh: '若此处要求的是备案号，请填写 ICP备…号。',
        en: 'If the field asks for the filing number, enter the ICP备…号 one.',
      },
      source: 'spec §3 (经营性备案 is separate from the non-commercial filing)',
      fires: ['浙ICP证260123号'],
    },
    'digits-unusual': {
      severity: 'warning',
      message: {
        zh: '备案号中的数字 {number} 有 {length} 位：2020 年起的备案号为 10 位（年份 + 6 位），更早的为 6–8 位。',
        en: 'The number {number} in the filing number has {length} digits: numbers since 2020 have 10 (the year + 6 digits), older ones 6–8.',
      },
      fix: { zh: '请对照工信部备案信息核对。', en: 'Check it against the MIIT record.' },
      fires: ['浙ICP备202601234号-1', '浙ICP备123号'],
    },
    'website-index': {
      severity: 'error',
      message: {
        zh: '网站序号“-{index}”无效：序号从 1 开始，不以 0 开头。',
        en: 'The website suffix “-{index}” is not valid: suffixes start at 1 and have no leading 0.',
      },
      fix: { zh: '请对照工信部备案信息核对网站序号。', en: 'Check the website suffix against the MIIT record.' },
      fires: ['浙ICP备2026012345号-0', '浙ICP备2026012345号-01'],
      passes: ['浙ICP备2026012345号-10'],
    },
  },
  check(value) {
    const issues: FormatIssue[] = [];
    const normalized = normaliseFilingNumber(value);
    const result = (details?: FilingNumberDetails) => formatResult(filingNumberFormat, normalized, issues, details);
    if (normalized === '') {
      issues.push({ code: 'empty' });
      return result();
    }
    if (normalized !== value.trim()) issues.push({ code: 'normalised', params: { normalized } });
    const m = FILING_PATTERN.exec(normalized);
    if (!m) {
      issues.push({ code: 'pattern', params: { normalized } });
      return result();
    }
    const abbr = m[1] ?? '';
    const kind = m[2] === '证' ? 'licence' : 'filing';
    const number = m[3] ?? '';
    const indexText = m[4];
    const serviceKind = m[5] ? SERVICE_SUFFIX[m[5]] : undefined;
    const province = provinceByFilingAbbr(abbr);
    if (!province) {
      const variant = provinceByCommonAbbr(abbr);
      if (variant?.filingAbbr) {
        issues.push({
          code: 'province-abbr-variant',
          params: {
            abbr,
            expected: variant.filingAbbr,
            province: variant.name,
            provinceEn: variant.nameEn,
            suggestion: variant.filingAbbr + normalized.slice(abbr.length),
          },
        });
      } else {
        issues.push({ code: 'province-abbr', params: { abbr } });
      }
    }
    if (kind === 'licence') issues.push({ code: 'commercial-licence', params: { normalized } });
    if (!USUAL_DIGIT_COUNTS.has(number.length)) {
      issues.push({ code: 'digits-unusual', params: { number, length: number.length } });
    }
    if (indexText !== undefined && (indexText.startsWith('0') || indexText.length > 4)) {
      issues.push({ code: 'website-index', params: { index: indexText } });
    }
    if (!province) return result();
    return result({
      provinceAbbr: abbr,
      provinceCode: province.code,
      number,
      kind,
      ...(indexText !== undefined ? { websiteIndex: Number(indexText) } : {}),
      ...(serviceKind ? { serviceKind } : {}),
    });
  },
});

// ---------------------------------------------------------------------------------------------
// ICP备案密码 (spec §2, §4.4): MIIT does not publish its format, so only length and characters are checked.

const PASSWORD_MAX = 64;

export const filingPasswordFormat: Format = defineFormat<Record<string, unknown>>({
  id: 'filing-password',
  name: { zh: 'ICP 备案密码', en: 'ICP filing password' },
  source: 'spec §2, §4.4 (format not published: only length and characters are checked)',
  valid: ['Abc12345', 'icp#2026Pass'],
  issues: {
    empty: {
      severity: 'error',
      message: { zh: 'ICP 备案密码为空。', en: 'The ICP filing password is empty.' },
      fix: {
        zh: '填写工信部发放的备案密码；忘记时可在管局或工信部网站找回。',
        en: 'Enter the filing password MIIT issued; a forgotten one can be retrieved from the bureau or MIIT site.',
      },
      fires: [''],
    },
    'control-chars': {
      severity: 'error',
      message: {
        zh: 'ICP 备案密码含不可见的控制字符（位置 {position}），通常是复制粘贴带入的。',
        en: 'The ICP filing password contains an invisible control character (position {position}), usually brought in by copy-paste.',
      },
      fix: { zh: '请手动重新输入密码。', en: 'Type the password again by hand.' },
      fires: ['Abc12345\u200b', 'Abc\u000012345'],
    },
    'edge-whitespace': {
      severity: 'warning',
      message: {
        zh: 'ICP 备案密码首尾有空格。密码错误会导致管局驳回（spec §2）。',
        en: 'The ICP filing password starts or ends with a space. A wrong password gets the application rejected by the bureau (spec §2).',
      },
      fix: {
        zh: '除非密码本身含空格，请删去首尾空格。',
        en: 'Remove the leading or trailing spaces unless they are part of the password.',
      },
      fires: [' Abc12345', 'Abc12345 '],
    },
    'full-width': {
      severity: 'warning',
      message: {
        zh: 'ICP 备案密码含全角字符，可能是输入法处于全角或中文状态。',
        en: 'The ICP filing password contains full-width characters; the input method may be in full-width or Chinese mode.',
      },
      fix: { zh: '请切换到半角英文输入后重新输入。', en: 'Switch to half-width Latin input and type it again.' },
      fires: ['Ａｂｃ１２３４５'],
    },
    length: {
      severity: 'warning',
      message: {
        zh: `ICP 备案密码有 {length} 个字符，异常地长（备案密码格式未公开，这里只检查长度和字符）。`,
        en: `The ICP filing password has {length} characters, which is unusually long (the password format is not published; only length and characters are checked).`,
      },
      fix: { zh: '请确认没有粘贴进多余的文字。', en: 'Make sure no extra text was pasted in.' },
      fires: ['Abc12345'.repeat(9)], // 72 characters: text pasted in with the password
    },
  },
  check(value) {
    // The password is compared verbatim by MIIT: it is never altered, and never echoed in a message.
    const issues: FormatIssue[] = [];
    const result = () => formatResult<Record<string, unknown>>(filingPasswordFormat, value, issues);
    if (value === '') {
      issues.push({ code: 'empty' });
      return result();
    }
    const control = firstDisallowed(value, /[^\p{Cc}\p{Cf}]/u);
    if (control) issues.push({ code: 'control-chars', params: { position: control.position } });
    if (value.trim() === '') {
      issues.push({ code: 'empty' });
      return result();
    }
    if (value !== value.trim()) issues.push({ code: 'edge-whitespace' });
    if (/[\u3000\uff01-\uff5e]/.test(value)) issues.push({ code: 'full-width' });
    if (value.length > PASSWORD_MAX) issues.push({ code: 'length', params: { length: value.length } });
    return result();
  },
});
