import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  chinaDate,
  HOLIDAY_ROWS,
  isWorkingDay,
  workingDaysBetween,
} from '../../../shared/process/working-days';

describe('working days (spec §10; China time, Monday–Friday plus the State Council calendar)', () => {
  it('Friday + 1 working day is Monday, at the same China clock time', () => {
    // 2018-11-30 was a Friday.
    const due = addWorkingDays('2018-11-30T10:00:00+08:00', 1);
    expect(due.toISOString()).toBe('2018-12-03T02:00:00.000Z');
    expect(chinaDate(due)).toBe('2018-12-03');
  });
  it('Saturday + 1 and Sunday + 1 are Monday; the start day never counts', () => {
    expect(chinaDate(addWorkingDays('2018-12-01', 1))).toBe('2018-12-03');
    expect(chinaDate(addWorkingDays('2018-12-02', 1))).toBe('2018-12-03');
    expect(chinaDate(addWorkingDays('2018-11-28', 0))).toBe('2018-11-28');
  });
  it('a bare date is China midnight, not UTC midnight', () => {
    expect(addWorkingDays('2018-11-28', 0).toISOString()).toBe('2018-11-27T16:00:00.000Z');
  });
  it('the day boundary is UTC+8: 2018-11-30T17:00Z is Saturday 01:00 in China', () => {
    expect(isWorkingDay('2018-11-30T15:59:00Z')).toBe(true);
    expect(isWorkingDay('2018-11-30T17:00:00Z')).toBe(false);
    expect(isWorkingDay(new Date('2018-12-02T16:00:00Z'))).toBe(true); // Monday 00:00 in China
  });
  it('3–20 working days from Wednesday 2018-11-28 end on 2018-12-03 and 2018-12-26', () => {
    expect(chinaDate(addWorkingDays('2018-11-28', 3))).toBe('2018-12-03');
    expect(chinaDate(addWorkingDays('2018-11-28', 20))).toBe('2018-12-26');
  });
  it('workingDaysBetween counts the working days over a weekend, and undoes addWorkingDays', () => {
    expect(workingDaysBetween('2018-11-30', '2018-12-03')).toBe(1);
    expect(workingDaysBetween('2018-11-26', '2018-12-03')).toBe(5);
    expect(workingDaysBetween('2018-12-03', '2018-11-26')).toBe(-5);
    expect(workingDaysBetween('2018-12-01', '2018-12-02')).toBe(0);
  });
  it('negative n goes back: Monday − 1 is Friday', () => {
    expect(chinaDate(addWorkingDays('2018-12-03', -1))).toBe('2018-11-30');
  });
});

describe('statutory holidays (国办发明电〔2017〕12号, 〔2018〕15号, 〔2019〕3号)', () => {
  it('National Day 2018: 1–7 October off, Saturday 29 and Sunday 30 September worked', () => {
    expect(isWorkingDay('2018-10-01')).toBe(false);
    expect(isWorkingDay('2018-10-05')).toBe(false);
    expect(isWorkingDay('2018-09-29')).toBe(true);
    expect(isWorkingDay('2018-09-30')).toBe(true);
    // Friday 28 September + 3 working days: 29, 30 September, then 8 October.
    expect(chinaDate(addWorkingDays('2018-09-28', 3))).toBe('2018-10-08');
  });
  it('Spring Festival 2018: 15–21 February off, Sunday 11 and Saturday 24 February worked', () => {
    expect(isWorkingDay('2018-02-15')).toBe(false);
    expect(isWorkingDay('2018-02-21')).toBe(false);
    expect(isWorkingDay('2018-02-11')).toBe(true);
    expect(isWorkingDay('2018-02-24')).toBe(true);
  });
  it('New Year 2019: Saturday 29 December 2018 worked, 31 December and 1 January off', () => {
    expect(isWorkingDay('2018-12-29')).toBe(true);
    expect(isWorkingDay('2018-12-31')).toBe(false);
    expect(isWorkingDay('2019-01-01')).toBe(false);
    // 20 working days from Monday 2018-12-10 skip the New Year holiday.
    expect(chinaDate(addWorkingDays('2018-12-10', 20))).toBe('2019-01-08'); // 11–28 Dec: 14, Sat 29 Dec: 15, 2–4 Jan: 18, 7–8 Jan: 20
  });
  it('Labour Day 2019 as extended: 1–4 May off, Sunday 28 April and Sunday 5 May worked', () => {
    expect(isWorkingDay('2019-05-02')).toBe(false);
    expect(isWorkingDay('2019-04-28')).toBe(true);
    expect(isWorkingDay('2019-05-05')).toBe(true);
  });
  it('every row cites its notice and has from ≤ to', () => {
    for (const row of HOLIDAY_ROWS) {
      expect(row.source).toMatch(/国办发明电/);
      expect(row.from <= row.to).toBe(true);
    }
  });
  it('years without data count Monday–Friday only', () => {
    expect(isWorkingDay('2017-10-02')).toBe(true); // a 2017 holiday, not modelled
    expect(isWorkingDay('2017-10-01')).toBe(false); // Sunday
  });
});

describe('properties', () => {
  const instant = fc.date({
    min: new Date('2017-06-01T00:00:00Z'),
    max: new Date('2020-06-01T00:00:00Z'),
    noInvalidDate: true,
  });
  it('addWorkingDays lands on a working day, keeps the clock time, and workingDaysBetween gives n back', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const end = addWorkingDays(start, n);
        expect(isWorkingDay(end)).toBe(true);
        expect((end.getTime() - start.getTime()) % 86_400_000).toBe(0);
        expect(workingDaysBetween(start, end)).toBe(n);
      }),
    );
  });
});
