/**
 * How the serial of a newly issued ICP filing number is made up, by the day it is issued: the year
 * and six digits. Observed on issued numbers (research currency-2026 T4), not a published format:
 * 「渝ICP备19002756号-1」 (2019: two year digits), 「豫ICP备2020028892号-1」, 「京ICP备2026059598号」 (from 2020:
 * four). The first day of 2020 is the boundary the observations allow; older numbers stay valid.
 */
export interface FilingSerialRow {
  /** First day numbers are issued this way; undefined: before every dated row. */
  from?: string;
  yearDigits: 2 | 4;
  serialDigits: number;
  example: string;
}

export const FILING_SERIAL_ROWS: readonly FilingSerialRow[] = [
  { from: '2020-01-01', yearDigits: 4, serialDigits: 6, example: '豫ICP备2020028892号-1' },
  { yearDigits: 2, serialDigits: 6, example: '渝ICP备19002756号-1' },
];

/** The serial shape in force on `day` (`YYYY-MM-DD`, China calendar). */
export function filingSerialRow(day: string): FilingSerialRow {
  return (
    FILING_SERIAL_ROWS.find((r) => r.from !== undefined && r.from <= day) ??
    (FILING_SERIAL_ROWS.find((r) => r.from === undefined) as FilingSerialRow)
  );
}

/** The digits between ICP备 and 号 for a number issued on `day`, with `random` supplying the serial. */
export function filingSerial(day: string, random: (digits: number) => string): string {
  const row = filingSerialRow(day);
  return day.slice(4 - row.yearDigits, 4) + random(row.serialDigits);
}
