import type { Bilingual } from '../domain/bilingual';

/**
 * Working days for the review deadlines of spec §10 ("1 working day", "3–20 working days").
 *
 * Rule: Monday–Friday are working days, except the statutory holidays in HOLIDAY_ROWS; weekend days
 * that the State Council made working days (调休上班) are working days. Days are counted on the
 * China calendar (UTC+8, no daylight saving), with plain Date arithmetic — no time-zone API.
 */

export type HolidayKind = 'holiday' | 'working-day';

export interface HolidayRow {
  /** First day, `YYYY-MM-DD` (China time). */
  from: string;
  /** Last day, inclusive. */
  to: string;
  kind: HolidayKind;
  name: Bilingual;
  source: string;
}

const NOTICE_2018 = '国务院办公厅关于2018年部分节假日安排的通知 (国办发明电〔2017〕12号, 2017-11-30)';
const NOTICE_2019 = '国务院办公厅关于2019年部分节假日安排的通知 (国办发明电〔2018〕15号, 2018-12-04)';
const NOTICE_2019_MAY = '国务院办公厅关于调整2019年劳动节假期安排的通知 (国办发明电〔2019〕3号, 2019-03-22)';

const NEW_YEAR: Bilingual = { zh: '元旦', en: "New Year's Day" };
const SPRING: Bilingual = { zh: '春节', en: 'Spring Festival' };
const QINGMING: Bilingual = { zh: '清明节', en: 'Qingming Festival' };
const LABOUR: Bilingual = { zh: '劳动节', en: 'Labour Day' };
const DRAGON_BOAT: Bilingual = { zh: '端午节', en: 'Dragon Boat Festival' };
const MID_AUTUMN: Bilingual = { zh: '中秋节', en: 'Mid-Autumn Festival' };
const NATIONAL: Bilingual = { zh: '国庆节', en: 'National Day' };

/**
 * PRC statutory holidays and adjusted working days, from the State Council notices (cited per row).
 * Covers 2018 (the guide's year) and 2019 (a 3–20 working-day bureau review started late in 2018 ends
 * there). Dates outside these years count Monday–Friday only: add the year's notice here to extend.
 */
export const HOLIDAY_ROWS: readonly HolidayRow[] = [
  // 2018
  { from: '2018-01-01', to: '2018-01-01', kind: 'holiday', name: NEW_YEAR, source: NOTICE_2018 },
  { from: '2018-02-11', to: '2018-02-11', kind: 'working-day', name: SPRING, source: NOTICE_2018 },
  { from: '2018-02-15', to: '2018-02-21', kind: 'holiday', name: SPRING, source: NOTICE_2018 },
  { from: '2018-02-24', to: '2018-02-24', kind: 'working-day', name: SPRING, source: NOTICE_2018 },
  { from: '2018-04-05', to: '2018-04-07', kind: 'holiday', name: QINGMING, source: NOTICE_2018 },
  { from: '2018-04-08', to: '2018-04-08', kind: 'working-day', name: QINGMING, source: NOTICE_2018 },
  { from: '2018-04-28', to: '2018-04-28', kind: 'working-day', name: LABOUR, source: NOTICE_2018 },
  { from: '2018-04-29', to: '2018-05-01', kind: 'holiday', name: LABOUR, source: NOTICE_2018 },
  { from: '2018-06-18', to: '2018-06-18', kind: 'holiday', name: DRAGON_BOAT, source: NOTICE_2018 },
  { from: '2018-09-24', to: '2018-09-24', kind: 'holiday', name: MID_AUTUMN, source: NOTICE_2018 },
  { from: '2018-09-29', to: '2018-09-30', kind: 'working-day', name: NATIONAL, source: NOTICE_2018 },
  { from: '2018-10-01', to: '2018-10-07', kind: 'holiday', name: NATIONAL, source: NOTICE_2018 },
  // 2019 (its New Year holiday starts in 2018)
  { from: '2018-12-29', to: '2018-12-29', kind: 'working-day', name: NEW_YEAR, source: NOTICE_2019 },
  { from: '2018-12-30', to: '2019-01-01', kind: 'holiday', name: NEW_YEAR, source: NOTICE_2019 },
  { from: '2019-02-02', to: '2019-02-03', kind: 'working-day', name: SPRING, source: NOTICE_2019 },
  { from: '2019-02-04', to: '2019-02-10', kind: 'holiday', name: SPRING, source: NOTICE_2019 },
  { from: '2019-04-05', to: '2019-04-05', kind: 'holiday', name: QINGMING, source: NOTICE_2019 },
  // Labour Day 2019 was first one day (5月1日放假, 国办发明电〔2018〕15号), then extended to four.
  { from: '2019-04-28', to: '2019-04-28', kind: 'working-day', name: LABOUR, source: NOTICE_2019_MAY },
  { from: '2019-05-01', to: '2019-05-04', kind: 'holiday', name: LABOUR, source: NOTICE_2019_MAY },
  { from: '2019-05-05', to: '2019-05-05', kind: 'working-day', name: LABOUR, source: NOTICE_2019_MAY },
  { from: '2019-06-07', to: '2019-06-07', kind: 'holiday', name: DRAGON_BOAT, source: NOTICE_2019 },
  { from: '2019-09-13', to: '2019-09-13', kind: 'holiday', name: MID_AUTUMN, source: NOTICE_2019 },
  { from: '2019-09-29', to: '2019-09-29', kind: 'working-day', name: NATIONAL, source: NOTICE_2019 },
  { from: '2019-10-01', to: '2019-10-07', kind: 'holiday', name: NATIONAL, source: NOTICE_2019 },
  { from: '2019-10-12', to: '2019-10-12', kind: 'working-day', name: NATIONAL, source: NOTICE_2019 },
];

const DAY_MS = 86_400_000;
/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A point in time from a Date or a string. A bare `YYYY-MM-DD` is midnight of that day in China
 * (not UTC midnight, which would be 08:00 in China); other strings are parsed as ISO date-times.
 */
export function toInstant(input: Date | string): Date {
  if (input instanceof Date) return new Date(input.getTime());
  const m = DATE_ONLY.exec(input);
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - CHINA_OFFSET_MS);
  const d = new Date(input);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a date: ${input}`);
  return d;
}

/** The China calendar day (`YYYY-MM-DD`) a point in time falls on. */
export function chinaDate(input: Date | string): string {
  if (typeof input === 'string' && DATE_ONLY.test(input)) return input;
  return new Date(toInstant(input).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Day number (days since 1970-01-01) of a China calendar day. */
function dayNumber(day: string): number {
  const m = DATE_ONLY.exec(day);
  if (!m) throw new RangeError(`not a date: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

function dayString(dayNo: number): string {
  return new Date(dayNo * DAY_MS).toISOString().slice(0, 10);
}

/** Per-day overrides of the Monday–Friday rule, built once from HOLIDAY_ROWS. */
const OVERRIDES: ReadonlyMap<number, boolean> = (() => {
  const map = new Map<number, boolean>();
  for (const row of HOLIDAY_ROWS) {
    for (let d = dayNumber(row.from); d <= dayNumber(row.to); d++) map.set(d, row.kind === 'working-day');
  }
  return map;
})();

function isWorkingDayNumber(dayNo: number): boolean {
  const override = OVERRIDES.get(dayNo);
  if (override !== undefined) return override;
  // 1970-01-01 was a Thursday: weekday 0 = Sunday … 6 = Saturday.
  const weekday = (((dayNo + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
}

/** Whether the China calendar day of `date` is a working day. */
export function isWorkingDay(date: Date | string): boolean {
  return isWorkingDayNumber(dayNumber(chinaDate(date)));
}

/**
 * The same China clock time on the n-th working day after `start` (before it, for negative n).
 * The start day itself never counts: Friday + 1 → Monday; Saturday + 1 → Monday; n = 0 → start.
 */
export function addWorkingDays(start: Date | string, n: number): Date {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number: ${n}`);
  const instant = toInstant(start);
  const step = n < 0 ? -1 : 1;
  let dayNo = dayNumber(chinaDate(instant));
  let shifted = 0;
  for (let left = Math.abs(n); left > 0; ) {
    dayNo += step;
    shifted += step;
    if (isWorkingDayNumber(dayNo)) left--;
  }
  return new Date(instant.getTime() + shifted * DAY_MS);
}

/**
 * Working days from the China day of `a` to that of `b`: those after `a` up to and including `b`
 * (negative when b is before a). The inverse of addWorkingDays: between(a, add(a, n)) = n.
 */
export function workingDaysBetween(a: Date | string, b: Date | string): number {
  const from = dayNumber(chinaDate(a));
  const to = dayNumber(chinaDate(b));
  const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let d = lo + 1; d <= hi; d++) if (isWorkingDayNumber(d)) count++;
  return sign * count;
}

/** The China calendar day `n` calendar days after `day` (`YYYY-MM-DD`). */
export function addCalendarDays(day: string, n: number): string {
  return dayString(dayNumber(chinaDate(day)) + n);
}
