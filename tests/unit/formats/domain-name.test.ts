import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodePunycode,
  domainName,
  normaliseDomain,
  registrableDomain,
  toAsciiDomain,
  toUnicodeDomain,
} from '../../../shared/formats/domain-name';

const codes = (v: string) => domainName.check(v).issues.map((i) => i.code);

describe('domain-name: syntax (RFC 1035 §2.3.4, RFC 5891; spec §4.3)', () => {
  it('accepts example.com and 例子.中国 with no issue', () => {
    expect(domainName.check('example.com')).toMatchObject({ valid: true, normalized: 'example.com', issues: [] });
    expect(domainName.check('例子.中国')).toMatchObject({ valid: true, issues: [] });
    expect(domainName.check('my-site.com.cn').details).toMatchObject({
      registrable: 'my-site.com.cn',
      suffix: 'com.cn',
    });
  });

  it.each([
    ['', 'empty'],
    ['a..b.com', 'empty-label'],
    ['.example.com', 'empty-label'],
    ['-ab.com', 'hyphen-edge'],
    ['ab-.com', 'hyphen-edge'],
    ['ab--cd.com', 'double-hyphen'],
    ['a_b.com', 'invalid-character'],
    ['exa mple.com', 'invalid-character'],
    ['example', 'single-label'],
    ['1.2.3.4', 'ip-address'],
    ['[::1]', 'ip-address'],
    ['com.cn', 'suffix-only'],
    ['example.invalidtld', 'unknown-suffix'],
    ['xn--zz.com', 'bad-punycode'],
    [`${'a'.repeat(64)}.com`, 'label-too-long'],
    [`${Array.from({ length: 5 }, () => 'a'.repeat(60)).join('.')}.com`, 'too-long'],
    ['a.com b.com', 'several'],
    ['a.com，b.com', 'several'],
  ])('%s → %s (error)', (value, code) => {
    const r = domainName.check(value);
    expect(r.issues.map((i) => i.code)).toContain(code);
    expect(r.valid).toBe(false);
  });

  it('a 63-character label and a 253-character name are still valid', () => {
    expect(domainName.check(`${'a'.repeat(63)}.com`).valid).toBe(true);
    const name = `${Array.from({ length: 4 }, () => 'a'.repeat(61)).join('.')}.com`; // 4×61 + 3 dots + 4 = 251
    expect(domainName.check(name).valid).toBe(true);
  });

  it('xn-- labels with -- in positions 3–4 are fine', () => {
    expect(codes('xn--fsqu00a.com')).not.toContain('double-hyphen');
  });
});

describe('domain-name: IDN in Unicode and punycode', () => {
  it('例子.中国 ↔ xn--fsqu00a.xn--fiqs8s', () => {
    expect(toAsciiDomain('例子.中国')).toBe('xn--fsqu00a.xn--fiqs8s');
    expect(toUnicodeDomain('xn--fsqu00a.xn--fiqs8s')).toBe('例子.中国');
    const fromUnicode = domainName.check('例子.中国').details;
    const fromAscii = domainName.check('xn--fsqu00a.xn--fiqs8s').details;
    expect(fromUnicode).toMatchObject({
      isIdn: true,
      ascii: 'xn--fsqu00a.xn--fiqs8s',
      unicode: '例子.中国',
      suffix: '中国',
      registrable: '例子.中国',
    });
    expect(fromAscii).toMatchObject({
      isIdn: true,
      ascii: 'xn--fsqu00a.xn--fiqs8s',
      unicode: '例子.中国',
      suffix: '中国',
    });
  });

  it('decodes RFC 3492 sample and rejects broken punycode', () => {
    // RFC 3492 §7.1 (A) Arabic (Egyptian): egbpdaj6bu4bxfgehfvwxn
    expect(decodePunycode('egbpdaj6bu4bxfgehfvwxn')).toBe('ليهمابتكلموشعربي؟');
    expect(decodePunycode('55qx5d')).toBe('公司');
    expect(decodePunycode('zz')).toBeUndefined();
  });

  it('Chinese label under an ASCII suffix, and an ASCII label under .公司', () => {
    expect(domainName.check('例子.com').details?.ascii).toBe('xn--fsqu00a.com');
    expect(domainName.check('example.公司').details).toMatchObject({ suffix: '公司', registrable: 'example.公司' });
  });
});

describe('domain-name: normalisation with a finding that says so', () => {
  it.each([
    ['  Example.COM ', 'example.com'],
    ['ｅｘａｍｐｌｅ．ｃｏｍ', 'example.com'],
    ['example。com', 'example.com'],
    ['example.com.', 'example.com'],
    ['例子。中国', '例子.中国'],
  ])('%j → %s (info: normalised)', (value, normalized) => {
    const r = domainName.check(value);
    expect(r.normalized).toBe(normalized);
    expect(r.issues).toEqual([{ code: 'normalised', params: { host: normalized } }]);
    expect(r.valid).toBe(true);
  });

  it.each([
    ['https://example.com/', 'example.com'],
    ['http://example.com:8080/index.html?a=1#top', 'example.com'],
    ['//example.com', 'example.com'],
    ['admin@example.com', 'example.com'],
  ])('%s → %s (warning: URL parts)', (value, normalized) => {
    const r = domainName.check(value);
    expect(r.normalized).toBe(normalized);
    expect(r.issues.map((i) => i.code)).toEqual(['url-parts']);
    expect(domainName.issues['url-parts']?.severity).toBe('warning');
  });
});

describe('domain-name: registrable domain vs host (research §5: 「仅fld，不可含子域名」)', () => {
  it('www.example.com → warning: the filing takes example.com', () => {
    const r = domainName.check('www.example.com');
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([
      { code: 'subdomain', params: { host: 'www.example.com', registrable: 'example.com', subdomain: 'www' } },
    ]);
    expect(domainName.issues.subdomain?.severity).toBe('warning');
    expect(r.details).toMatchObject({
      host: 'www.example.com',
      registrable: 'example.com',
      subdomain: 'www',
      suffix: 'com',
    });
  });

  it('multi-label suffixes: a.b.gov.cn → b.gov.cn; shop.example.com.cn → example.com.cn', () => {
    expect(registrableDomain('a.b.gov.cn')).toBe('b.gov.cn');
    expect(registrableDomain('shop.example.com.cn')).toBe('example.com.cn');
  });

  it('private suffixes are not registrable for a filing: foo.github.io → github.io', () => {
    expect(domainName.check('foo.github.io').details?.registrable).toBe('github.io');
  });

  it('the suggestion keeps the form typed (punycode stays punycode)', () => {
    const r = domainName.check('www.xn--fsqu00a.xn--fiqs8s');
    expect(r.issues[0]?.params?.registrable).toBe('xn--fsqu00a.xn--fiqs8s');
  });
});

describe('domain-name: every issue is catalogued with both languages', () => {
  it('message and fix in zh and en for every issue', () => {
    for (const [code, spec] of Object.entries(domainName.issues)) {
      expect(spec.message.zh && spec.message.en && spec.fix.zh && spec.fix.en, code).toBeTruthy();
    }
  });
});

describe('domain-name: properties (fast-check)', () => {
  const weird = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.domain(),
    fc.webUrl(),
    fc.constantFrom(
      '\u202eexample.com',
      '😀.com',
      'ｅｘａｍｐｌｅ。ｃｏｍ',
      'xn--',
      'xn--.com',
      '.',
      '。',
      'http://',
      '\u0000.com',
      'a'.repeat(100_000),
    ),
  );

  it('never throws, always returns a result whose valid flag matches its issues', () => {
    fc.assert(
      fc.property(weird, (v) => {
        const r = domainName.check(v);
        expect(typeof r.normalized).toBe('string');
        expect(r.valid).toBe(r.issues.every((i) => domainName.issues[i.code]?.severity !== 'error'));
        for (const i of r.issues) expect(domainName.issues[i.code], i.code).toBeDefined();
      }),
      { numRuns: 400 },
    );
  });

  it('normalisation is idempotent', () => {
    fc.assert(
      fc.property(weird, (v) => {
        const once = normaliseDomain(v).host;
        expect(normaliseDomain(once).host).toBe(once);
        expect(domainName.check(domainName.check(v).normalized).normalized).toBe(domainName.check(v).normalized);
      }),
      { numRuns: 400 },
    );
  });

  it('every generated valid domain passes syntax and round-trips through punycode', () => {
    // fc.domain() follows RFC 1034, which still allows the `--` in positions 3–4 that RFC 5891 reserves.
    const domains = fc.domain().filter((d) => !d.split('.').some((l) => l.slice(2, 4) === '--'));
    fc.assert(
      fc.property(domains, (d) => {
        const r = domainName.check(d);
        const syntax = r.issues.filter(
          (i) => !['unknown-suffix', 'suffix-only', 'subdomain', 'normalised'].includes(i.code),
        );
        expect(syntax).toEqual([]);
        if (r.details) expect(toAsciiDomain(r.details.unicode)).toBe(r.details.ascii);
      }),
    );
  });
});
