import { describe, expect, it } from 'vitest';
import {
  chinesePassportFormat,
  documentFormatFor,
  documentNumberFormat,
  hkMacauPermitFormat,
  isPersonalDocumentType,
  passportFormat,
  taiwanPermitFormat,
} from '../../../shared/formats/documents';

const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('passport-cn (validator.js CN patterns; research domain-rules §5)', () => {
  it.each([
    ['E12345678', 'E'],
    ['EA1234567', 'E'],
    ['G12345678', 'G'],
    ['DE1234567', 'official'],
  ])('%s is a Chinese passport number (%s series)', (value, series) => {
    const r = chinesePassportFormat.check(value);
    expect(r.valid).toBe(true);
    expect(r.details).toEqual({ series });
  });

  it('E followed by I or O, too short, or another letter fails', () => {
    for (const value of ['EI1234567', 'EO1234567', 'E1234567', 'K12345678', 'G1234567A']) {
      expect(chinesePassportFormat.check(value).valid, value).toBe(false);
    }
  });

  it('G-series passports predate e-passports (2012-05-15): info to check the expiry date', () => {
    expect(codes(chinesePassportFormat.check('G12345678').issues)).toEqual(['g-series']);
  });
});

describe('passport (any country): length and characters only, and it says so', () => {
  it('a foreign passport number passes with an info that only length and characters were checked', () => {
    const r = passportFormat.check('C01X00T47');
    expect(r.valid).toBe(true);
    expect(codes(r.issues)).toEqual(['foreign-unverified']);
    expect(passportFormat.issues['foreign-unverified']?.message.en).toContain('only the length and characters');
  });

  it('a Chinese passport number passes without that info', () => {
    const r = passportFormat.check('E12345678');
    expect(r.issues).toEqual([]);
    expect(r.details).toEqual({ issuer: 'CN' });
  });

  it('G/E and 9 characters but not a Chinese pattern: warning, since foreign numbers may look alike', () => {
    const r = passportFormat.check('EI1234567');
    expect(r.valid).toBe(true);
    expect(codes(r.issues)).toEqual(['cn-pattern', 'foreign-unverified']);
  });

  it('length outside 5–20 and symbols are errors', () => {
    expect(codes(passportFormat.check('AB12').issues)).toEqual(['length']);
    expect(codes(passportFormat.check('A'.repeat(21)).issues)).toEqual(['length']);
    expect(codes(passportFormat.check('AB/1234567').issues)).toEqual(['charset']);
  });
});

describe('hk-macau-permit (^[HM]\\d{8}(\\d{2})?$)', () => {
  it('H and M numbers pass; the old 2 renewal digits are allowed', () => {
    expect(hkMacauPermitFormat.check('H12345678').details).toEqual({ region: 'hong-kong' });
    expect(hkMacauPermitFormat.check('M1234567801').details).toEqual({ region: 'macao', renewals: 1 });
  });

  it('other letters or lengths fail', () => {
    for (const value of ['X12345678', 'H1234567', 'H123456789', 'C12345678']) {
      expect(hkMacauPermitFormat.check(value).valid, value).toBe(false);
    }
  });

  it('lower-case h is normalised with a warning', () => {
    const r = hkMacauPermitFormat.check('h12345678');
    expect(r.valid).toBe(true);
    expect(r.normalized).toBe('H12345678');
  });
});

describe('taiwan-permit (^\\d{8}$; one-time [\\dA-Z]{10,12})', () => {
  it('8 digits is the card permit', () => {
    expect(taiwanPermitFormat.check('12345678')).toMatchObject({ valid: true, issues: [], details: { kind: 'card' } });
  });

  it('a one-time permit passes with a warning about its short validity', () => {
    const r = taiwanPermitFormat.check('1234567890AB');
    expect(r.valid).toBe(true);
    expect(codes(r.issues)).toEqual(['one-time']);
  });

  it('9 digits or 13 characters fail', () => {
    expect(taiwanPermitFormat.check('123456789').valid).toBe(false);
    expect(taiwanPermitFormat.check('1234567890ABC').valid).toBe(false);
  });
});

describe('document-number (军官证 etc.: length and characters only)', () => {
  it('accepts numbers with Chinese characters as on military documents and says only length/characters were checked', () => {
    const r = documentNumberFormat.check('南字第2019001号');
    expect(r.valid).toBe(true);
    expect(codes(r.issues)).toEqual(['unverified']);
  });

  it('emoji and control characters are rejected with their position', () => {
    expect(documentNumberFormat.check('南字第2019001号😀').issues).toEqual([
      { code: 'charset', params: { position: 12, char: '“😀” (U+1F600)' } },
    ]);
    expect(documentNumberFormat.check('AB\u0007CD').issues[0]).toEqual({
      code: 'charset',
      params: { position: 3, char: 'U+0007' },
    });
  });
});

describe('documentFormatFor: 证件类型 labels of the forms (spec §4.1)', () => {
  it.each([
    ['身份证', 'id-number', true],
    ['居民身份证', 'id-number', true],
    ['港澳台居民居住证', 'id-number', true],
    ['护照', 'passport', true],
    ['港澳居民来往内地通行证', 'hk-macau-permit', true],
    ['台湾居民来往大陆通行证', 'taiwan-permit', true],
    ['军官证', 'document-number', true],
    ['外国人永久居留身份证', 'permanent-residence', true],
    ['外国人永久居留证', 'permanent-residence', true],
    ['工商营业执照', 'credit-code', false],
    ['营业执照(个人或企业)', 'credit-code', false],
    ['营业执照（个人或企业）', 'credit-code', false],
    ['统一社会信用代码证书', 'credit-code', false],
    ['事业单位法人证书', 'credit-code', false],
    ['社会团体法人登记证书', 'credit-code', false],
    ['组织机构代码证', 'organization-code', false],
  ])('%s → %s (personal: %s)', (label, formatId, personal) => {
    expect(documentFormatFor(label)?.id).toBe(formatId);
    expect(isPersonalDocumentType(label)).toBe(personal);
  });

  it('ignores stars, colons, spaces and full-width brackets in the label', () => {
    expect(documentFormatFor(' * 营业执照 （个人或企业）：')?.id).toBe('credit-code');
  });

  it('falls back on keywords for unlisted variants', () => {
    expect(documentFormatFor('台湾居民居住证')?.id).toBe('id-number');
    expect(documentFormatFor('中华人民共和国港澳居民来往内地通行证')?.id).toBe('hk-macau-permit');
    expect(documentFormatFor('民办非企业单位登记证书')?.id).toBe('credit-code');
    expect(documentFormatFor('外籍人士护照')?.id).toBe('passport');
  });

  it('营业执照 accepts the pre-2015 15-digit number with a warning, not an error', () => {
    const r = documentFormatFor('营业执照')?.check('310115600985533');
    expect(r?.valid).toBe(true);
    expect(r?.issues.map((i) => i.code)).toEqual(['legacy-licence-15']);
  });

  it('unknown or empty labels give undefined and are not personal', () => {
    expect(documentFormatFor('会员卡')).toBeUndefined();
    expect(documentFormatFor('')).toBeUndefined();
    expect(isPersonalDocumentType('会员卡')).toBe(false);
  });
});
