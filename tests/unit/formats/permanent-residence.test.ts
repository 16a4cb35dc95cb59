import { describe, expect, it } from 'vitest';
import { documentFormatFor } from '../../../shared/formats/documents';
import { idNumberCheckChar } from '../../../shared/formats/id-number';
import { PERMANENT_RESIDENCE_2023, permanentResidenceFormat } from '../../../shared/formats/permanent-residence';

// 新版外国人永久居留身份证 from 2023-12-01 (research F27): 18 characters, first digit 9, MOD 11-2 check.

const body = '93115619900101001';
const valid = body + idNumberCheckChar(body);
const codes = (value: string, today?: string) =>
  permanentResidenceFormat.check(value, today ? { today } : {}).issues.map((i) => i.code);

describe('外国人永久居留身份证 (2023 edition and the old 15-character cards)', () => {
  it('a well-formed 2023 card on 2026-12-07 passes with no issue', () => {
    const r = permanentResidenceFormat.check(valid, { today: '2026-12-07' });
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.details).toEqual({ edition: '2023' });
  });

  it('one digit changed breaks the MOD 11-2 check and names the expected character', () => {
    const wrongLast = idNumberCheckChar(body) === '5' ? '6' : '5';
    const r = permanentResidenceFormat.check(body + wrongLast, { today: '2026-12-07' });
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual([
      { code: 'checksum', params: { normalized: body + wrongLast, expected: idNumberCheckChar(body) } },
    ]);
  });

  it('an 18-digit number not starting with 9 is not a 2023 card (an error that suggests the resident ID type)', () => {
    const resident = '11010519491231002';
    const r = permanentResidenceFormat.check(resident + idNumberCheckChar(resident));
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['leading-digit']);
  });

  it('the day before 2023-12-01 an 18-character card gets a warning; from that day none', () => {
    expect(PERMANENT_RESIDENCE_2023.from).toBe('2023-12-01');
    expect(codes(valid, '2023-11-30')).toEqual(['before-2023-edition']);
    expect(permanentResidenceFormat.check(valid, { today: '2023-11-30' }).valid).toBe(true);
    expect(codes(valid, '2023-12-01')).toEqual([]);
  });

  it('old 15-character cards (3 letters, 12 digits) stay valid with an info', () => {
    const r = permanentResidenceFormat.check('usa310012345678');
    expect(r.valid).toBe(true);
    expect(r.normalized).toBe('USA310012345678');
    expect(r.issues.map((i) => i.code)).toEqual(['normalised', 'edition-2017']);
  });

  it.each([
    ['9311561990010100', 'length'],
    ['USA31001234567X', 'pattern'],
    ['9311561990010100AB', 'pattern'],
    ['93115619900101001#', 'charset'],
  ])('%s → %s', (value, code) => {
    expect(codes(value)).toEqual([code]);
  });

  it('the forms’ labels choose this format', () => {
    for (const label of ['外国人永久居留身份证', '外国人永久居留证', '外国人永久居留身份证（2023版）'])
      expect(documentFormatFor(label)?.id, label).toBe('permanent-residence');
  });
});
