// 外国人永久居留身份证 (foreign permanent residence ID card). Two number formats are valid at once:
// cards issued from 2023-12-01 carry 18 characters (17 digits and an ISO 7064 MOD 11-2 check character,
// the first digit 9); earlier cards carry 15 (3 Latin letters and 12 digits) and stay valid until they expire.

import { defineFormat, type Format, type FormatIssue, formatResult } from './define';
import { idNumberCheckChar } from './id-number';
import { compactCode, describeChar, firstDisallowed, toFixpoint, upperAscii } from './input-text';

/** The 2023 card: first day, as the 国家移民管理局 rules reprinted on 2023-10-20 give it (research F27/PR-2023). */
export const PERMANENT_RESIDENCE_2023 = {
  from: '2023-12-01',
  source: '新版外国人永久居留身份证 「由 15 位（3 位拉丁字母+12 位数字）调整为 18 位」',
} as const;

export type PermanentResidenceDetails = { edition: '2023' | '2017' };

const NAME = { zh: '外国人永久居留身份证号码', en: 'foreign permanent residence ID number' };

export const permanentResidenceFormat: Format<PermanentResidenceDetails> = defineFormat<PermanentResidenceDetails>({
  id: 'permanent-residence',
  name: { zh: '外国人永久居留身份证', en: 'Foreign permanent residence ID card' },
  source: `${PERMANENT_RESIDENCE_2023.source}; ISO 7064`,
  // Made-up 2023 cards; check characters from idNumberCheckChar. The old 15-character cards always raise the `edition-2017` info.
  valid: ['931156199001010014', '944250198503150022'],
  issues: {
    empty: {
      severity: 'error',
      message: { zh: `${NAME.zh}为空。`, en: `The ${NAME.en} is empty.` },
      fix: { zh: `请按证件填写${NAME.zh}。`, en: `Enter the ${NAME.en} as printed on the card.` },
      fires: [''],
    },
    normalised: {
      severity: 'warning',
      message: {
        zh: `${NAME.zh}中含有全角字符、空格或小写字母，规范写法为 {normalized}。`,
        en: `The ${NAME.en} contains full-width characters, spaces or lower-case letters; written plainly it is {normalized}.`,
      },
      fix: { zh: '请填写为 {normalized}。', en: 'Enter it as {normalized}.' },
      fires: ['931156 199001010014', 'usa310012345678'],
    },
    charset: {
      severity: 'error',
      message: {
        zh: `${NAME.zh}第 {position} 个字符 {char} 无效：只含数字和拉丁字母。`,
        en: `Character {position} of the ${NAME.en}, {char}, is not allowed: it has digits and Latin letters only.`,
      },
      fix: { zh: '请对照证件重新输入。', en: 'Re-type it from the card.' },
      fires: ['93115619900101001#', '931156199001010014。'],
    },
    length: {
      severity: 'error',
      message: {
        zh: `${NAME.zh}有 {length} 位：2023-12-01 起签发的新证为 18 位，此前的旧证为 15 位。`,
        en: `The ${NAME.en} has {length} characters: cards issued from 2023-12-01 have 18, earlier cards 15.`,
      },
      fix: { zh: '请对照证件核对号码位数。', en: 'Count the characters on the card again.' },
      fires: ['9311561990010100', '9311561990010100145'],
      passes: [{ value: 'USA310012345678', note: 'old 15-character card' }],
    },
    'leading-digit': {
      severity: 'error',
      message: {
        zh: '18 位的外国人永久居留身份证号码以 9 开头，{normalized} 以 {digit} 开头。',
        en: '18-character foreign permanent residence ID numbers start with 9; {normalized} starts with {digit}.',
      },
      fix: {
        zh: '请核对号码；若这是居民身份证号码，请把证件类型改为身份证。',
        en: 'Check the number; if it is a resident ID number, choose 身份证 as the document type.',
      },
      fires: [{ value: '11010519491231002X', note: 'a resident ID number' }, '131156199001010015'],
    },
    pattern: {
      severity: 'error',
      message: {
        zh: '{normalized} 不符合外国人永久居留身份证的格式：新证为 17 位数字加 1 位校验码（数字或 X），旧证为 3 位字母加 12 位数字。',
        en: '{normalized} does not match a foreign permanent residence ID: new cards have 17 digits and a check character (digit or X), old cards 3 letters and 12 digits.',
      },
      fix: { zh: '请对照证件核对。', en: 'Compare it with the card.' },
      fires: ['9311561990010100AB', 'USA31001234567X'],
    },
    checksum: {
      severity: 'error',
      message: {
        zh: '{normalized} 的校验码不对：按 MOD 11-2 算法最后一位应为 {expected}。',
        en: 'The check character of {normalized} is wrong: by MOD 11-2 the last character should be {expected}.',
      },
      fix: {
        zh: '号码有输错的位，请对照证件逐位核对。',
        en: 'A character is mistyped; compare it digit by digit with the card.',
      },
      fires: ['931156199001010015'],
    },
    'before-2023-edition': {
      severity: 'warning',
      message: {
        zh: '18 位的外国人永久居留身份证自 2023-12-01 起签发，备案日期 {date} 时还没有这种证件。',
        en: '18-character foreign permanent residence ID cards are issued from 2023-12-01; on the filing date {date} they did not exist yet.',
      },
      fix: { zh: '请核对备案日期和证件号码。', en: 'Check the filing date and the number.' },
      fires: [{ value: '931156199001010014', today: '2023-11-30' }],
      passes: [{ value: '931156199001010014', today: '2023-12-01', note: 'on the first day of the 2023 card' }],
    },
    'edition-2017': {
      severity: 'info',
      message: {
        zh: '这是 2023-12-01 前签发的 15 位旧版外国人永久居留身份证号码：旧证在有效期内继续有效。',
        en: 'This is a 15-character card issued before 2023-12-01: old cards stay valid until they expire.',
      },
      fix: {
        zh: '请确认证件仍在有效期内；已换领新证的，请填写新证的 18 位号码。',
        en: 'Make sure the card has not expired; if it has been replaced, enter the new card’s 18 characters.',
      },
      fires: ['USA310012345678', 'FRA440012345678'],
    },
  },
  check(value, options) {
    const issues: FormatIssue[] = [];
    const normalized = toFixpoint(value, (s) => upperAscii(compactCode(s)));
    const result = (details?: PermanentResidenceDetails) =>
      formatResult(permanentResidenceFormat, normalized, issues, details);
    if (normalized === '') {
      issues.push({ code: 'empty' });
      return result();
    }
    if (normalized !== value.trim()) issues.push({ code: 'normalised', params: { normalized } });
    const bad = firstDisallowed(normalized, /[0-9A-Z]/);
    if (bad) {
      issues.push({ code: 'charset', params: { position: bad.position, char: describeChar(bad.char) } });
      return result();
    }
    if (normalized.length === 15) {
      if (!/^[A-Z]{3}\d{12}$/.test(normalized)) {
        issues.push({ code: 'pattern', params: { normalized } });
        return result();
      }
      issues.push({ code: 'edition-2017' });
      return result({ edition: '2017' });
    }
    if (normalized.length !== 18) {
      issues.push({ code: 'length', params: { length: normalized.length } });
      return result();
    }
    if (!/^\d{17}[\dX]$/.test(normalized)) {
      issues.push({ code: 'pattern', params: { normalized } });
      return result();
    }
    if (!normalized.startsWith('9')) {
      issues.push({ code: 'leading-digit', params: { normalized, digit: normalized[0] ?? '' } });
      return result();
    }
    const expected = idNumberCheckChar(normalized.slice(0, 17));
    if (normalized[17] !== expected) {
      issues.push({ code: 'checksum', params: { normalized, expected } });
      return result();
    }
    const date = options?.today;
    if (date !== undefined && date < PERMANENT_RESIDENCE_2023.from)
      issues.push({ code: 'before-2023-edition', params: { date } });
    return result({ edition: '2023' });
  },
});
