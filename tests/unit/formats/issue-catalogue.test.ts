import { describe, expect, it } from 'vitest';
import { fillBilingual } from '../../../shared/domain/bilingual';
import {
  ALL_FORMATS,
  creditCodeCheckChar,
  type Format,
  type FormatOptions,
  formatRuleIds,
  getFormat,
  idNumberCheckChar,
  licenceNumberCheckDigit,
} from '../../../shared/formats/index';

/** A credit code with a correct check character, so that only the issue under test is raised. */
const withCheck = (body17: string) => body17 + creditCodeCheckChar(body17);
const withLicenceCheck = (body14: string) => body14 + licenceNumberCheckDigit(body14);
const withIdCheck = (body17: string) => body17 + idNumberCheckChar(body17);

interface Example {
  value: string;
  options?: FormatOptions;
}

/**
 * One input per rule id (`<format id>.<issue code>`) that raises it. The test below fails when a
 * format's catalogue gains a code without an example here, so every issue is raised by a test.
 */
const EXAMPLES: Record<string, Example> = {
  'id-number.empty': { value: '   ' },
  'id-number.normalised': { value: '4403 0819 9901 1015 12' },
  'id-number.charset': { value: '44030819990110151A' },
  'id-number.length': { value: '4403081999011015' },
  'id-number.x-position': { value: '4403081999011015X2' },
  'id-number.province-code': { value: '000308199901101512' },
  'id-number.province-71': { value: '710000199901101512' },
  'id-number.permit-region': { value: '810100199408230021' },
  'id-number.birth-date': { value: '440308199902301512' },
  'id-number.birth-date-future': { value: '440308203001011512', options: { today: '2026-01-01' } },
  'id-number.birth-date-too-early': { value: '440308189912311512' },
  'id-number.checksum': { value: '440308199901101513' },
  'id-number.legacy-15': { value: '440308990110151' },

  'credit-code.empty': { value: '' },
  'credit-code.normalised': { value: '91110108772551611j' },
  'credit-code.length': { value: '91110108772551611' },
  'credit-code.charset': { value: '9111010877255161#J' },
  'credit-code.confusable': { value: '9111010877255161IJ' },
  'credit-code.division-code': { value: withCheck('9111A108772551611') },
  'credit-code.province-code': { value: withCheck('91990108772551611') },
  'credit-code.authority-unknown': { value: withCheck('B1110108772551611') },
  'credit-code.type-unknown': { value: withCheck('94110108772551611') },
  'credit-code.checksum': { value: '91110108772551611K' },
  'credit-code.checksum-pilot': { value: '91350100M0001TGQXM' },
  'credit-code.legacy-licence-15': { value: '310115600985533' },
  'credit-code.licence-15-checksum': { value: '310115600985535' },

  'organization-code.empty': { value: '' },
  'organization-code.normalised': { value: '772551611' },
  'organization-code.charset': { value: '7725516!-1' },
  'organization-code.length': { value: '7725516-1' },
  'organization-code.checksum': { value: '77255161-2' },
  'organization-code.superseded': { value: '77255161-1' },

  'business-licence-15.empty': { value: '' },
  'business-licence-15.normalised': { value: '3101 1560 0985 533' },
  'business-licence-15.charset': { value: '31011560098553A' },
  'business-licence-15.length': { value: '31011560098553' },
  'business-licence-15.province-code': { value: withLicenceCheck('00011560098553') },
  'business-licence-15.checksum': { value: '310115600985535' },
  'business-licence-15.legacy': { value: '310115600985533' },

  'passport-cn.empty': { value: '' },
  'passport-cn.normalised': { value: 'e1234 5678' },
  'passport-cn.charset': { value: 'E1234567!' },
  'passport-cn.pattern': { value: 'A12345678' },
  'passport-cn.g-series': { value: 'G12345678' },

  'passport.empty': { value: '' },
  'passport.normalised': { value: 'c01x00t47' },
  'passport.charset': { value: 'C01X#0T47' },
  'passport.length': { value: 'AB1' },
  'passport.cn-pattern': { value: 'GA1234567' },
  'passport.foreign-unverified': { value: 'C01X00T47' },

  'hk-macau-permit.empty': { value: '' },
  'hk-macau-permit.normalised': { value: 'h12345678' },
  'hk-macau-permit.charset': { value: 'H1234567!' },
  'hk-macau-permit.pattern': { value: 'X12345678' },

  'taiwan-permit.empty': { value: '' },
  'taiwan-permit.normalised': { value: '1234 5678' },
  'taiwan-permit.charset': { value: '1234567!' },
  'taiwan-permit.pattern': { value: '1234567' },
  'taiwan-permit.one-time': { value: '1234567890' },

  'document-number.empty': { value: '' },
  'document-number.normalised': { value: '南字第２０１９００１号' },
  'document-number.charset': { value: '南字第2019001号😀' },
  'document-number.length': { value: '12' },
  'document-number.unverified': { value: '南字第2019001号' },

  'permanent-residence.empty': { value: ' ' },
  'permanent-residence.normalised': {
    value: `${withIdCheck('93115619900101001').slice(0, 6)} ${withIdCheck('93115619900101001').slice(6)}`,
  },
  'permanent-residence.charset': { value: '93115619900101001#' },
  'permanent-residence.length': { value: '9311561990010100' },
  'permanent-residence.leading-digit': { value: withIdCheck('13115619900101001') },
  'permanent-residence.pattern': { value: '9311561990010100AB' },
  'permanent-residence.checksum': {
    value: `93115619900101001${idNumberCheckChar('93115619900101001') === '0' ? '1' : '0'}`,
  },
  'permanent-residence.before-2023-edition': {
    value: withIdCheck('93115619900101001'),
    options: { today: '2023-11-30' },
  },
  'permanent-residence.edition-2017': { value: 'USA310012345678' },

  'mobile.empty': { value: '' },
  'mobile.normalised': { value: '+86 138 1234 5678' },
  'mobile.not-mainland': { value: '+852 9123 4567' },
  'mobile.charset': { value: '1381234567a' },
  'mobile.prefix': { value: '057188888888' },
  'mobile.length': { value: '1381234567' },
  'mobile.iot': { value: '1440123456789' },
  'mobile.data-card': { value: '14512345678' },
  'mobile.special-purpose': { value: '17490000000' },
  'mobile.service-number-prefix': { value: '12345678901' },
  'mobile.segment-unknown': { value: '15412345678' },
  'mobile.virtual': { value: '17012345678' },

  'landline.empty': { value: '' },
  'landline.normalised': { value: '(0571) 8888 8888' },
  'landline.charset': { value: '0571-8888888a' },
  'landline.country-code': { value: '+852 2345 6789' },
  'landline.incomplete': { value: '086-' },
  'landline.prefix-only': { value: '086-0571-' },
  'landline.area-code-missing': { value: '88888888' },
  'landline.area-code-unknown': { value: '0123-88888888' },
  'landline.subscriber-length': { value: '0571-88888' },
  'landline.subscriber-prefix': { value: '0571-08888888' },
  'landline.extension': { value: '0571-88888888-1234567' },
  'landline.structure': { value: '0571-88888888-123-456' },
  'landline.mobile-number': { value: '13812345678' },

  'email.empty': { value: '' },
  'email.normalised': { value: 'a＠qq。com' },
  'email.whitespace': { value: 'a b@qq.com' },
  'email.missing-at': { value: 'aqq.com' },
  'email.multiple-at': { value: 'a@b@qq.com' },
  'email.local-empty': { value: '@qq.com' },
  'email.local-length': { value: `${'a'.repeat(65)}@qq.com` },
  'email.local-charset': { value: 'a(b)@qq.com' },
  'email.local-dots': { value: '.a@qq.com' },
  'email.non-ascii': { value: '张三@qq.com' },
  'email.domain-empty': { value: 'a@' },
  'email.domain-no-dot': { value: 'a@qq' },
  'email.domain-trailing-dot': { value: 'a@qq.com.' },
  'email.domain-label': { value: 'a@-qq.com' },
  'email.domain-tld': { value: 'a@qq.c' },
  'email.reserved-domain': { value: 'a@example.com' },
  'email.domain-typo': { value: 'zhangsan@163.con' },
  'email.length': { value: `a@${`${'b'.repeat(60)}.`.repeat(5)}com` },

  'sms-code.empty': { value: '' },
  'sms-code.normalised': { value: '１２３４５６' },
  'sms-code.charset': { value: '12345a' },
  'sms-code.length': { value: '12345' },

  'id-tail.empty': { value: '' },
  'id-tail.normalised': { value: '10151x' },
  'id-tail.charset': { value: '1015A2' },
  'id-tail.x-position': { value: '10X512' },
  'id-tail.full-number': { value: '440308199901101512' },
  'id-tail.length': { value: '1512' },

  'filing-number.empty': { value: '' },
  'filing-number.normalised': { value: '浙ICP备 12345678号' },
  'filing-number.pattern': { value: '浙ICP12345678' },
  'filing-number.province-abbr': { value: 'AICP备12345678号' },
  'filing-number.province-abbr-variant': { value: '川ICP备12345678号' },
  'filing-number.commercial-licence': { value: '京ICP证030173号' },
  'filing-number.digits-unusual': { value: '浙ICP备123号' },
  'filing-number.website-index': { value: '浙ICP备12345678号-0' },

  'filing-password.empty': { value: '' },
  'filing-password.control-chars': { value: 'abc\u0000def' },
  'filing-password.edge-whitespace': { value: ' abcdef' },
  'filing-password.full-width': { value: 'ａｂｃ１２３' },
  'filing-password.length': { value: 'a'.repeat(65) },
};

/** The formats of issue 3 §2 covered here; domain-name and home-url have their own tests. */
const OWN_FORMATS = ALL_FORMATS.filter((f) => f.id !== 'domain-name' && f.id !== 'home-url');
const FORMATS = new Map<string, Format>(OWN_FORMATS.map((f) => [f.id, f]));

describe('issue catalogues (design §4: every rule listable and tested)', () => {
  it('every rule id of every format has an example here', () => {
    expect(OWN_FORMATS.length).toBe(17);
    const missing = formatRuleIds(OWN_FORMATS).filter((id) => !(id in EXAMPLES));
    expect(missing).toEqual([]);
  });

  it('format ids are unique and rule ids are `<format id>.<issue code>`', () => {
    expect(new Set(ALL_FORMATS.map((f) => f.id)).size).toBe(ALL_FORMATS.length);
    for (const id of formatRuleIds()) expect(id).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+$/);
    for (const f of ALL_FORMATS) expect(getFormat(f.id)).toBe(f);
  });

  for (const [ruleId, example] of Object.entries(EXAMPLES)) {
    const dot = ruleId.indexOf('.');
    const formatId = ruleId.slice(0, dot);
    const code = ruleId.slice(dot + 1);
    it(`${ruleId} is raised by ${JSON.stringify(example.value.slice(0, 40))}`, () => {
      const format = FORMATS.get(formatId);
      expect(format, `format ${formatId}`).toBeDefined();
      if (!format) return;
      const spec = format.issues[code];
      expect(spec, `catalogue entry ${ruleId}`).toBeDefined();
      const result = format.check(example.value, example.options);
      const issue = result.issues.find((i) => i.code === code);
      expect(issue, `${ruleId} raised; got ${result.issues.map((i) => i.code).join(', ')}`).toBeDefined();
      if (!spec || !issue) return;
      // The message and fix the applicant sees have every placeholder filled, in both languages.
      const message = fillBilingual(spec.message, issue.params);
      const fix = fillBilingual(spec.fix, issue.params);
      for (const text of [message.zh, message.en, fix.zh, fix.en]) {
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text).not.toMatch(/\{\w+\}/);
      }
      expect(/[\u4e00-\u9fff]/.test(message.zh)).toBe(true);
      expect(result.valid).toBe(result.issues.every((i) => format.issues[i.code]?.severity !== 'error'));
      if (spec.severity === 'error') expect(result.valid).toBe(false);
    });
  }
});
