import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessLicence15Format } from '../../../shared/formats/business-licence-15';
import { CREDIT_CODE_AUTHORITIES, creditCodeCheckChar, creditCodeFormat } from '../../../shared/formats/credit-code';
import { organizationCodeFormat } from '../../../shared/formats/organization-code';

const codes = (value: string) => creditCodeFormat.check(value).issues.map((i) => i.code);
const withCheck = (body17: string) => body17 + creditCodeCheckChar(body17);
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('credit-code: public vectors (GB 32100-2015; research domain-rules §5)', () => {
  it.each([
    ['91230184MA1BUFLT44', '9', '1', '230184', '23', 'MA1BUFLT-4'],
    ['92371000MA3MXH0E3W', '9', '2', '371000', '37', 'MA3MXH0E-3'],
    ['91110108772551611J', '9', '1', '110108', '11', '77255161-1'],
  ])('%s passes with its details', (value, authority, type, divisionCode, provinceCode, organizationCode) => {
    const r = creditCodeFormat.check(value);
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.details).toMatchObject({ authority, type, divisionCode, provinceCode, organizationCode });
  });

  it('names the authority and type: 92 is an individual business (个体工商户)', () => {
    const d = creditCodeFormat.check('92371000MA3MXH0E3W').details;
    expect(d?.authorityName?.zh).toBe('工商');
    expect(d?.typeName?.zh).toBe('个体工商户');
  });

  it('national registrations use division code 100000 (51100000500009247D, a national society)', () => {
    const r = creditCodeFormat.check('51100000500009247D');
    expect(r.valid).toBe(true);
    expect(r.details).toMatchObject({ authority: '5', type: '1', divisionCode: '100000' });
  });

  it('one changed character fails: 91230184MA1BUFLT45, 91230184MA1BUFLT4A, 81230184MA1BUFLT44', () => {
    expect(creditCodeFormat.check('91230184MA1BUFLT45').issues).toEqual([
      { code: 'checksum', params: { expected: '4', actual: '5' } },
    ]);
    expect(codes('91230184MA1BUFLT4A')).toEqual(['checksum']);
    expect(codes('81230184MA1BUFLT44')).toContain('checksum');
  });

  it('any single substitution within the 31-character set is caught (MOD 31-3)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('91230184MA1BUFLT44', '92371000MA3MXH0E3W', '91110108772551611J'),
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 30 }),
        (value, position, delta) => {
          const chars = [...value];
          chars[position] = CHARSET[(CHARSET.indexOf(chars[position] ?? '0') + delta) % 31] ?? '0';
          expect(creditCodeFormat.check(chars.join('')).valid).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('credit-code: early pilot codes', () => {
  it('91350100M0001TGQXM fails its checksum but is a real code: warning checksum-pilot, still valid', () => {
    const r = creditCodeFormat.check('91350100M0001TGQXM');
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([{ code: 'checksum-pilot', params: { expected: '1', actual: 'M' } }]);
  });

  it('a bad checksum without the M-plus-digits subject is an error', () => {
    expect(codes('91350100A0001TGQXM')).toEqual(['checksum']);
  });

  it('one mistyped character in an ordinary code is never taken for a pilot code', () => {
    expect(codes('91110108M72551611J')).toEqual(['checksum']);
    expect(codes('91230184M51BUFLT44')).toEqual(['checksum']);
  });
});

describe('credit-code: structure', () => {
  it('I, O, Z, S, V are never used; a fixable O/I gets a suggestion whose checksum passes', () => {
    const r = creditCodeFormat.check('9111O1O8772551611J');
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual([{ code: 'confusable', params: { letters: 'O', suggestion: '91110108772551611J' } }]);
  });

  it('V has no digit look-alike: plain charset error with position', () => {
    expect(creditCodeFormat.check('91110108772551611V').issues).toEqual([
      { code: 'charset', params: { position: 18, char: '“V” (U+0056)' } },
    ]);
  });

  it('lower case and full width are normalised with a warning', () => {
    const r = creditCodeFormat.check('９１１１０１０８７７２５５１６１１ｊ');
    expect(r.normalized).toBe('91110108772551611J');
    expect(r.valid).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(['normalised']);
  });

  it('positions 3–4 must be a mainland province (or 10 for national registrations)', () => {
    expect(codes(withCheck('91810000772551611'))).toEqual(['province-code']);
    expect(codes(withCheck('91100100772551611'))).toEqual(['province-code']);
  });

  it('positions 3–8 must be digits', () => {
    expect(codes(withCheck('911101A8772551611'))).toEqual(['division-code']);
  });

  it('authorities added after GB 32100-2015 are known: law firms 31…, village collectives N2…', () => {
    expect(codes(withCheck('31110000E00017891'))).toEqual([]);
    expect(codes(withCheck('N2330100MA2B00000'))).toEqual([]);
    expect(CREDIT_CODE_AUTHORITIES.map((a) => a.code)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      'A',
      'N',
      'Y',
    ]);
  });

  it('an unknown authority or type is a warning, not an error (the table grows by notice)', () => {
    const r = creditCodeFormat.check(withCheck('B1110108772551611'));
    expect(r.valid).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(['authority-unknown']);
    const t = creditCodeFormat.check(withCheck('94110108772551611'));
    expect(t.valid).toBe(true);
    expect(t.issues[0]).toEqual({
      code: 'type-unknown',
      params: { type: '4', authorityName: '工商', authorityNameEn: 'industry and commerce (market regulation)' },
    });
  });

  it('a 15-digit licence number in the field is accepted with a warning (营业执照, spec §4.1)', () => {
    const r = creditCodeFormat.check('310115600985533');
    expect(r.valid).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(['legacy-licence-15']);
    expect(codes('310115600985535')).toEqual(['legacy-licence-15', 'licence-15-checksum']);
  });

  it('wrong lengths', () => {
    expect(creditCodeFormat.check('9123018MA1BUFLT44').issues).toEqual([{ code: 'length', params: { length: 17 } }]);
  });
});

describe('organization-code (GB 11714-1997)', () => {
  it.each(['77255161-1', 'MA1BUFLT-4'])('%s passes (info: superseded by the credit code)', (value) => {
    const r = organizationCodeFormat.check(value);
    expect(r.valid).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(['superseded']);
  });

  it('one changed character fails with the expected check character', () => {
    expect(organizationCodeFormat.check('77255161-2').issues[0]).toEqual({
      code: 'checksum',
      params: { expected: '1', actual: '2' },
    });
    expect(organizationCodeFormat.check('MA1BUFLT-5').valid).toBe(false);
    expect(organizationCodeFormat.check('MA1BUFLU-4').valid).toBe(false);
  });

  it('without the hyphen it is accepted and written XXXXXXXX-X (info)', () => {
    const r = organizationCodeFormat.check('ma1buflt4');
    expect(r.valid).toBe(true);
    expect(r.normalized).toBe('MA1BUFLT-4');
    expect(r.issues[0]).toEqual({ code: 'normalised', params: { normalized: 'MA1BUFLT-4' } });
  });

  it('a check character 10 is written X, 11 is 0', () => {
    // Search bodies for both cases so the mapping is exercised.
    const find = (want: string) => {
      for (let n = 10000000; n < 10001000; n += 1) {
        const body = String(n);
        const r = organizationCodeFormat.check(`${body}-${want}`);
        if (r.valid) return body;
      }
      return '';
    };
    expect(find('X')).not.toBe('');
    expect(find('0')).not.toBe('');
  });

  it('the check character must be a digit or X', () => {
    expect(organizationCodeFormat.check('77255161-A').issues[0]?.code).toBe('charset');
  });
});

describe('business-licence-15 (GS15-2006, ISO 7064 MOD 11,10)', () => {
  it('310115600985533 passes with the legacy warning; 310115600985535 fails', () => {
    const ok = businessLicence15Format.check('310115600985533');
    expect(ok.valid).toBe(true);
    expect(ok.issues.map((i) => i.code)).toEqual(['legacy']);
    expect(ok.details).toEqual({ divisionCode: '310115', provinceCode: '31' });
    const bad = businessLicence15Format.check('310115600985535');
    expect(bad.valid).toBe(false);
    expect(bad.issues[0]).toEqual({ code: 'checksum', params: { expected: '3', actual: '5' } });
  });

  it('320483000067848 (a known-bad vector) fails', () => {
    expect(businessLicence15Format.check('320483000067848').valid).toBe(false);
  });
});
