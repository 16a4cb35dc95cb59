// Text helpers shared by the field formats: width folding, invisible-character removal, separator
// stripping and calendar checks. Every function here is total: it never throws on any string.

/**
 * Invisible characters that arrive with copy-paste from PDFs, chat apps and office documents:
 * zero-width space/joiners, bidi marks and embeddings (RTL overrides), word joiner, BOM, soft hyphen.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Hyphen-like separators people type inside numbers (ASCII, Unicode hyphens and dashes, minus). */
const HYPHENS = /[-\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63]/g;

const WHITESPACE = /\s/g;

const MAX_ROUNDS = 4;

/** Applies `step` until the value stops changing, so a normaliser built from several steps is idempotent. */
export function toFixpoint(value: string, step: (s: string) => string): string {
  let current = value;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const next = step(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * NFKC (full-width digits and letters → half-width, ＠ → @, ideographic space → space) and removal of
 * invisible characters, repeated until stable so that the result is idempotent even when removing a
 * character lets NFKC compose its neighbours.
 */
export function foldText(value: string): string {
  return toFixpoint(value, (s) => s.normalize('NFKC').replace(INVISIBLE, ''));
}

/** foldText, then trim. */
export function foldAndTrim(value: string): string {
  return toFixpoint(value, (s) => foldText(s).trim());
}

/** foldText, then every whitespace and hyphen-like separator removed: `4403 0819-9901` → `440308199901`. */
export function compactCode(value: string): string {
  return toFixpoint(value, (s) => foldText(s).replace(WHITESPACE, '').replace(HYPHENS, ''));
}

/** Upper-cases ASCII letters only, so no Unicode case mapping can change the string's length. */
export function upperAscii(value: string): string {
  return value.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

/** The first character (code point) of `value` that does not match `allowed`, with its 1-based position. */
export function firstDisallowed(value: string, allowed: RegExp): { char: string; position: number } | undefined {
  let position = 0;
  for (const ch of value) {
    position += 1;
    if (!allowed.test(ch)) return { char: ch, position };
  }
  return undefined;
}

/** A character as a message can show it: `“O” (U+004F)`; control and invisible characters by code only. */
export function describeChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const printable = !/[\p{C}\p{Z}]/u.test(ch);
  return printable ? `“${ch}” (${code})` : code;
}

/** Number of code points (not UTF-16 units), bounded so that huge inputs cost nothing extra. */
export function codePointLength(value: string): number {
  let n = 0;
  for (const _ of value) n += 1;
  return n;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** true for a real Gregorian calendar day (29 February only in leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= days;
}

/** `YYYY-MM-DD` when `value` is a real date in that form, else undefined (bad options are ignored). */
export function isoDateOrUndefined(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) ? value : undefined;
}
