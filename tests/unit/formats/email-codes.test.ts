import { describe, expect, it } from 'vitest';
import { filingNumberFormat, filingPasswordFormat, idTailFormat, smsCodeFormat } from '../../../shared/formats/codes';
import { emailFormat } from '../../../shared/formats/email';

const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('email (spec §4.2: real and reachable)', () => {
  it.each(['name@qq.com', 'first.last+icp@mail.example.cn', 'a_b-c@163.com', 'x@xn--fiqs8s.xn--fiqs8s'])(
    '%s passes',
    (value) => {
      const r = emailFormat.check(value);
      expect(r.valid).toBe(true);
      expect(r.issues).toEqual([]);
    },
  );

  it('full-width ＠ and the ideographic 。 typed by an IME are normalised with a warning', () => {
    const r = emailFormat.check('ｎａｍｅ＠qq。com');
    expect(r.normalized).toBe('name@qq.com');
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([{ code: 'normalised', params: { normalized: 'name@qq.com' } }]);
  });

  it('length limits: 64 bytes before the @ (counted in UTF-8), 254 in all', () => {
    expect(emailFormat.check(`${'a'.repeat(64)}@qq.com`).valid).toBe(true);
    expect(codes(emailFormat.check(`${'a'.repeat(65)}@qq.com`).issues)).toEqual(['local-length']);
    expect(codes(emailFormat.check(`${'张'.repeat(22)}@qq.com`).issues)).toEqual(['local-length', 'non-ascii']);
    const long = `a@${`${'b'.repeat(60)}.`.repeat(4)}com`;
    expect(long.length).toBeLessThanOrEqual(254);
    expect(emailFormat.check(long).valid).toBe(true);
    expect(codes(emailFormat.check(`a@${`${'b'.repeat(60)}.`.repeat(5)}com`).issues)).toEqual(['length']);
  });

  it('no spaces, exactly one @, a dot in the domain', () => {
    expect(codes(emailFormat.check('na me@qq.com').issues)).toEqual(['whitespace']);
    expect(codes(emailFormat.check('name.qq.com').issues)).toEqual(['missing-at']);
    expect(emailFormat.check('a@b@qq.com').issues).toEqual([{ code: 'multiple-at', params: { count: 2 } }]);
    expect(codes(emailFormat.check('name@localhost').issues)).toEqual(['domain-no-dot']);
  });

  it('domain labels and the ending', () => {
    expect(codes(emailFormat.check('a@qq..com').issues)).toEqual(['domain-label']);
    expect(codes(emailFormat.check('a@qq-.com').issues)).toEqual(['domain-label']);
    expect(codes(emailFormat.check('a@qq_mail.com').issues)).toEqual(['domain-label']);
    expect(codes(emailFormat.check('a@qq.123').issues)).toEqual(['domain-tld']);
  });

  // Vectors from other projects' suites (validator.js isEmail rejects `foo@bar.com.`): a domain ending in
  // one dot or several is an error with its own message, not a silently accepted root dot.
  it.each(['name@qq.com.', 'name@qq.com..', 'name@mail.example.cn.', 'name＠qq。com。'])(
    '%s: the domain ends in a dot (error)',
    (value) => {
      const r = emailFormat.check(value);
      expect(r.valid).toBe(false);
      expect(codes(r.issues)).toContain('domain-trailing-dot');
      expect(codes(r.issues)).not.toContain('domain-label');
    },
  );

  it('reserved documentation and local domains cannot receive mail (RFC 2606, 6761, 6762)', () => {
    for (const value of ['a@example.com', 'a@mail.example.org', 'a@site.test', 'a@host.invalid', 'a@printer.local']) {
      expect(codes(emailFormat.check(value).issues), value).toEqual(['reserved-domain']);
    }
    expect(emailFormat.check('a@example.cn').valid).toBe(true);
  });

  it('Chinese addresses are allowed by RFC 6531 but warned about', () => {
    const r = emailFormat.check('张三@例子.中国');
    expect(r.valid).toBe(true);
    expect(codes(r.issues)).toEqual(['non-ascii']);
  });
});

describe('sms-code (spec §6.2: 6 digits)', () => {
  it('6 digits pass; 5 or 7 digits and letters fail', () => {
    expect(smsCodeFormat.check('012345').issues).toEqual([]);
    expect(smsCodeFormat.check('12345').issues).toEqual([{ code: 'length', params: { length: 5 } }]);
    expect(codes(smsCodeFormat.check('1234567').issues)).toEqual(['length']);
    expect(codes(smsCodeFormat.check('12345O').issues)).toEqual(['charset']);
  });

  it('spaces and full-width digits are normalised', () => {
    const r = smsCodeFormat.check('１２３ ４５６');
    expect(r.normalized).toBe('123456');
    expect(r.valid).toBe(true);
  });
});

describe('id-tail (spec §6.4: last six characters of the ID number)', () => {
  it('digits, with X allowed only last; lower-case x is normalised', () => {
    expect(idTailFormat.check('101512').issues).toEqual([]);
    expect(idTailFormat.check('10151X').issues).toEqual([]);
    const r = idTailFormat.check('10151x');
    expect(r.normalized).toBe('10151X');
    expect(r.valid).toBe(true);
    expect(codes(idTailFormat.check('1015X2').issues)).toEqual(['x-position']);
  });

  it('the whole ID number pasted in gets the six characters to type', () => {
    expect(idTailFormat.check('440308199901101512').issues).toEqual([
      { code: 'full-number', params: { tail: '101512' } },
    ]);
  });
});

describe('filing-number (spec §1: 京ICP备12345678号, -n per website)', () => {
  it('subject and website numbers pass with their details', () => {
    expect(filingNumberFormat.check('浙ICP备12345678号').details).toEqual({
      provinceAbbr: '浙',
      provinceCode: '33',
      number: '12345678',
      kind: 'filing',
    });
    expect(filingNumberFormat.check('京ICP备10046444号-9').details).toMatchObject({
      websiteIndex: 9,
      provinceCode: '11',
    });
  });

  it('uses the MIIT abbreviations 蜀 黔 滇 陇; 川 贵 云 甘 get the right one as suggestion', () => {
    for (const abbr of ['蜀', '黔', '滇', '陇'])
      expect(filingNumberFormat.check(`${abbr}ICP备12345678号`).valid, abbr).toBe(true);
    const r = filingNumberFormat.check('川ICP备12345678号-2');
    expect(r.valid).toBe(false);
    expect(r.issues[0]).toMatchObject({
      code: 'province-abbr-variant',
      params: { expected: '蜀', suggestion: '蜀ICP备12345678号-2' },
    });
  });

  it('ICP证 (commercial licence) is accepted with an info', () => {
    const r = filingNumberFormat.check('京ICP证030173号');
    expect(r.valid).toBe(true);
    expect(codes(r.issues)).toEqual(['commercial-licence']);
    expect(r.details?.kind).toBe('licence');
  });

  it('missing 号, missing ICP, or a website suffix 0 fail', () => {
    expect(codes(filingNumberFormat.check('浙ICP备12345678-1').issues)).toEqual(['pattern']);
    expect(codes(filingNumberFormat.check('浙备12345678号').issues)).toEqual(['pattern']);
    expect(codes(filingNumberFormat.check('浙ICP备12345678号-0').issues)).toEqual(['website-index']);
  });

  // Numbers as issued today (research currency-2026 T4, A32): 10 digits since 2020, -nA / -nX / -nK for
  // apps, mini programs and quick apps since 2023. A warning on these would be a false hint.
  it("today's numbers: 10 digits, and the app, mini-program and quick-app suffixes, give no finding", () => {
    for (const n of [
      '豫ICP备2020028892号-1',
      '京ICP备2026059598号',
      '辽ICP备2023009191号-2A',
      '京ICP备2026059598号-1X',
    ])
      expect(filingNumberFormat.check(n).issues, n).toEqual([]);
    expect(filingNumberFormat.check('浙ICP备2024071295号-2A').details).toMatchObject({
      number: '2024071295',
      websiteIndex: 2,
      serviceKind: 'app',
    });
    expect(filingNumberFormat.check('苏ICP备2026044365号-3K').details?.serviceKind).toBe('quick-app');
    // 9 and 11 digits match neither era; a letter other than A, X or K is not a suffix.
    expect(codes(filingNumberFormat.check('浙ICP备202407129号').issues)).toEqual(['digits-unusual']);
    expect(codes(filingNumberFormat.check('浙ICP备20240712955号').issues)).toEqual(['digits-unusual']);
    expect(codes(filingNumberFormat.check('浙ICP备2024071295号-2B').issues)).toEqual(['pattern']);
  });

  it('lower-case icp, full-width digits and a full-width hyphen are normalised', () => {
    const r = filingNumberFormat.check('浙icp备１２３４５６７８号－１');
    expect(r.normalized).toBe('浙ICP备12345678号-1');
    expect(r.valid).toBe(true);
  });
});

describe('filing-password (spec §2, §4.4: format unpublished, only length and characters)', () => {
  it('is returned verbatim and never echoed in params', () => {
    const r = filingPasswordFormat.check(' Secret123 ');
    expect(r.normalized).toBe(' Secret123 ');
    expect(codes(r.issues)).toEqual(['edge-whitespace']);
    expect(JSON.stringify(r.issues)).not.toContain('Secret');
  });

  it('a normal password has no findings; whitespace only counts as empty', () => {
    expect(filingPasswordFormat.check('Ab3$kq9Z').issues).toEqual([]);
    expect(codes(filingPasswordFormat.check('   ').issues)).toEqual(['empty']);
  });

  it('says in its messages that only length and characters are checked', () => {
    expect(filingPasswordFormat.issues.length?.message.en).toContain('only length and characters are checked');
  });
});

describe('email: a slip in a common mail domain', () => {
  it.each([
    ['zhangsan@163.con', '163.com'],
    ['zhangsan@qq.cm', 'qq.com'],
    ['zhangsan@gmial.com', 'gmail.com'],
    ['zhangsan@foxmial.com', 'foxmail.com'],
  ])('%s is a warning naming %s', (value, suggested) => {
    const r = emailFormat.check(value);
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([
      {
        code: 'domain-typo',
        params: { domain: value.split('@')[1], suggested, suggestedAddress: `zhangsan@${suggested}` },
      },
    ]);
  });
  it.each(['a@163.com', 'a@qqq.com', 'a@126.cn', 'a@sina.com.cn', 'a@zju.edu.cn', 'a@q.com'])(
    '%s is not called a typo',
    (value) => {
      expect(codes(emailFormat.check(value).issues)).not.toContain('domain-typo');
    },
  );
});
