import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ID_NUMBER_PROVINCE_CODES,
  idNumberCheckChar,
  idNumberFormat,
  idNumberTail,
} from '../../../shared/formats/id-number';

const codes = (value: string, today?: string) =>
  idNumberFormat.check(value, today === undefined ? undefined : { today }).issues.map((i) => i.code);

/** A number with the given region and birth date and a correct check character. */
const build = (region: string, yyyymmdd: string, seq = '151') => {
  const body = region + yyyymmdd + seq;
  return body + idNumberCheckChar(body);
};

describe('id-number: public vectors (research domain-rules §5; GB 11643-1999)', () => {
  it.each([
    ['440308199901101512', 'resident', '44', '1999-01-10', 'male'],
    ['810000199408230021', 'hk-macau-resident-permit', '81', '1994-08-23', 'female'],
    ['830000199201300022', 'taiwan-resident-permit', '83', '1992-01-30', 'female'],
  ])('%s passes with its details', (value, kind, provinceCode, birthDate, sex) => {
    const r = idNumberFormat.check(value, { today: '2026-11-28' });
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.details).toEqual({ kind, provinceCode, birthDate, sex });
  });

  it('the Taiwan residence permit (83…) is accepted: libraries without 83 reject real permits', () => {
    expect(idNumberFormat.check('830000199201300022').valid).toBe(true);
  });

  it('one changed check character fails and names the expected one', () => {
    const r = idNumberFormat.check('440308199901101513');
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual([{ code: 'checksum', params: { expected: '2', actual: '3' } }]);
  });

  it('a check value of 10 is written X (ISO 7064 MOD 11-2)', () => {
    let found = '';
    for (let seq = 100; seq < 200 && !found; seq += 1) {
      const b = `11010119900307${seq}`;
      if (idNumberCheckChar(b) === 'X') found = `${b}X`;
    }
    expect(found).not.toBe('');
    expect(idNumberFormat.check(found).valid).toBe(true);
    expect(codes(found.replace(/X$/, '0'))).toEqual(['checksum']);
  });

  it('any single changed character of a valid number is caught (MOD 11-2 detects all substitutions)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ID_NUMBER_PROVINCE_CODES.filter((c) => !['81', '82', '83'].includes(c))),
        fc.integer({ min: 0, max: 9999 }),
        fc.date({ min: new Date('1930-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 9 }),
        (province, area, date, seq, position, delta) => {
          const ymd = date.toISOString().slice(0, 10).replace(/-/g, '');
          const value = build(province + String(area).padStart(4, '0'), ymd, String(seq).padStart(3, '0'));
          expect(idNumberFormat.check(value).valid).toBe(true);
          const chars = [...value];
          const old = chars[position] ?? '0';
          const alphabet = position === 17 ? '0123456789X' : '0123456789';
          const idx = alphabet.indexOf(old);
          chars[position] = alphabet[(idx + delta) % alphabet.length] ?? '0';
          expect(idNumberFormat.check(chars.join('')).valid).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('id-number: birth date (GB 11643-1999 §4.2)', () => {
  it('29 February is a real date in leap years only (2000, 2020 yes; 1900, 2019 no)', () => {
    expect(codes(build('440308', '20000229'))).toEqual([]);
    expect(codes(build('440308', '20200229'))).toEqual([]);
    expect(codes(build('440308', '19000229'))).toEqual(['birth-date']);
    expect(codes(build('440308', '20190229'))).toEqual(['birth-date']);
  });

  it('month 13, day 00 and 31 April are not real dates', () => {
    expect(codes(build('440308', '19991301'))).toEqual(['birth-date']);
    expect(codes(build('440308', '19990100'))).toEqual(['birth-date']);
    expect(codes(build('440308', '19990431'))).toEqual(['birth-date']);
  });

  it('a birth date after the filing date is an error; on the filing date it is fine', () => {
    const value = build('440308', '20181128');
    expect(codes(value, '2018-11-28')).toEqual([]);
    expect(codes(value, '2018-11-27')).toEqual(['birth-date-future']);
    const r = idNumberFormat.check(value, { today: '2018-11-27' });
    expect(r.issues[0]?.params).toEqual({ birthDate: '2018-11-28', today: '2018-11-27' });
  });

  it('1900-01-01 is the earliest accepted birth date', () => {
    expect(codes(build('440308', '19000101'))).toEqual([]);
    expect(codes(build('440308', '18991231'))).toEqual(['birth-date-too-early']);
  });

  it('an invalid `today` option is ignored rather than trusted', () => {
    expect(codes(build('440308', '20300101'), 'tomorrow')).toEqual([]);
  });
});

describe('id-number: region codes', () => {
  it('an unknown first two digits is an error', () => {
    expect(codes(build('990308', '19990110'))).toEqual(['province-code']);
    expect(codes(build('000308', '19990110'))).toEqual(['province-code']);
  });

  it('an unknown 6-digit region with a real province is NOT an error (retired codes stay on cards)', () => {
    // 320219 (江苏 无锡 锡山 before 1995) and 430419 are retired codes seen on valid cards.
    expect(idNumberFormat.check(build('320219', '19700101')).valid).toBe(true);
    expect(codes(build('430419', '19700101'))).toEqual([]);
  });

  it('residence permits must use 810000 / 820000 / 830000 exactly (warning otherwise)', () => {
    expect(codes(build('820000', '19900101'))).toEqual([]);
    expect(codes(build('830100', '19900101'))).toEqual(['permit-region']);
  });

  it('71 (Taiwan province) gives a warning, not an error', () => {
    const r = idNumberFormat.check(build('710000', '19900101'));
    expect(r.valid).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(['province-71']);
  });
});

describe('id-number: normalisation (lower-case x, full width, spaces, hyphens)', () => {
  const withX = (() => {
    for (let seq = 100; seq < 999; seq += 1) {
      const b = `44030819990110${seq}`;
      if (idNumberCheckChar(b) === 'X') return `${b}X`;
    }
    return '';
  })();

  it('lower-case x is normalised to X with a warning that gives the value', () => {
    const r = idNumberFormat.check(withX.toLowerCase());
    expect(r.valid).toBe(true);
    expect(r.normalized).toBe(withX);
    expect(r.issues).toEqual([{ code: 'normalised', params: { normalized: withX } }]);
  });

  it('full-width digits, spaces, hyphens and zero-width characters are removed', () => {
    for (const input of [
      '４４０３０８１９９９０１１０１５１２',
      '440308 19990110 1512',
      '440308-19990110-1512',
      '4403081999\u200b01101512',
    ]) {
      const r = idNumberFormat.check(input);
      expect(r.normalized).toBe('440308199901101512');
      expect(r.valid).toBe(true);
      expect(r.issues.map((i) => i.code)).toEqual(['normalised']);
    }
  });

  it('leading and trailing spaces are trimmed silently', () => {
    expect(idNumberFormat.check('  440308199901101512 ').issues).toEqual([]);
  });
});

describe('id-number: legacy 15-digit numbers', () => {
  it('gives a warning with the 18-digit upgrade in params and details', () => {
    const r = idNumberFormat.check('440308990110151');
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([{ code: 'legacy-15', params: { upgraded: '440308199901101512' } }]);
    expect(r.details).toMatchObject({ upgraded: '440308199901101512', birthDate: '1999-01-10', sex: 'male' });
  });

  it('still checks the date of a 15-digit number', () => {
    expect(codes('440308990230151')).toEqual(['birth-date', 'legacy-15']);
  });

  it('X is not allowed in a 15-digit number', () => {
    expect(codes('44030899011015X')).toEqual(['x-position']);
  });
});

describe('id-number: structure errors stop the check early', () => {
  it('reports the position and the character', () => {
    const r = idNumberFormat.check('4403081999O1101512');
    expect(r.issues).toEqual([{ code: 'charset', params: { position: 11, char: '“O” (U+004F)' } }]);
  });
  it('length other than 15 or 18', () => {
    expect(idNumberFormat.check('44030819990110151').issues).toEqual([{ code: 'length', params: { length: 17 } }]);
  });
  it('sex from the 17th digit: even is female', () => {
    expect(idNumberFormat.check(build('440308', '19990110', '152')).details?.sex).toBe('female');
  });
});

describe('idNumberTail (spec §6.4)', () => {
  it('is the last six characters after normalisation', () => {
    expect(idNumberTail('440308199901101512')).toBe('101512');
    expect(idNumberTail(' 4403 0819 9901 1015 1x ')).toBe('10151X');
    expect(idNumberTail('１２３')).toBe('123');
    expect(idNumberTail('')).toBe('');
  });
});
