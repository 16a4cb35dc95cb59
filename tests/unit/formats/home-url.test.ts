import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { homeUrl, homeUrlMatchesDomains } from '../../../shared/formats/home-url';

describe('home-url: 网站首页URL syntax (spec §4.3)', () => {
  it('accepts a bare host, a host with scheme and path, and a Chinese host', () => {
    expect(homeUrl.check('www.example.com')).toMatchObject({ valid: true, issues: [], normalized: 'www.example.com' });
    expect(homeUrl.check('https://www.example.com/index.html').details).toMatchObject({
      scheme: 'https',
      host: 'www.example.com',
      path: '/index.html',
      registrable: 'example.com',
    });
    expect(homeUrl.check('http://例子.中国').details).toMatchObject({
      registrable: '例子.中国',
      registrableAscii: 'xn--fsqu00a.xn--fiqs8s',
    });
  });

  it('normalises case and full-width characters of the host, keeps the path as typed (info)', () => {
    const r = homeUrl.check('HTTP://WWW.Example.COM/About');
    expect(r.normalized).toBe('http://www.example.com/About');
    expect(r.issues.map((i) => i.code)).toEqual(['normalised']);
    expect(homeUrl.check('ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ').normalized).toBe('www.example.com');
  });

  it.each([
    ['', 'empty'],
    ['http://', 'empty'],
    ['ftp://www.example.com', 'bad-scheme'],
    ['http://1.2.3.4/', 'ip-address'],
    ['http://exa_mple.com', 'bad-host'],
    ['www.example', 'bad-host'],
    ['http://-x.com', 'bad-host'],
  ])('%j → %s (error)', (value, code) => {
    const r = homeUrl.check(value);
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => i.code)).toContain(code);
  });

  it('bad-host says why, in both languages', () => {
    const issue = homeUrl.check('http://exa_mple.com').issues[0];
    expect(issue?.params).toMatchObject({ problem: 'invalid-character' });
    expect(String(issue?.params?.reason)).toContain('_');
    expect(String(issue?.params?.reasonEn)).toContain('_');
  });
});

describe('homeUrlMatchesDomains: the home URL must belong to one of the website’s domains (spec §4.3)', () => {
  it('www.example.com matches the domain example.com', () => {
    expect(homeUrlMatchesDomains('www.example.com', ['example.com'])).toBe(true);
    expect(homeUrlMatchesDomains('https://shop.example.com/a', ['other.cn', 'example.com'])).toBe(true);
  });
  it('another registrable domain does not match', () => {
    expect(homeUrlMatchesDomains('www.example.net', ['example.com'])).toBe(false);
    expect(homeUrlMatchesDomains('www.notexample.com', ['example.com'])).toBe(false);
    expect(homeUrlMatchesDomains('www.example.com', [])).toBe(false);
  });
  it('Unicode and punycode forms compare equal', () => {
    expect(homeUrlMatchesDomains('http://www.例子.中国', ['xn--fsqu00a.xn--fiqs8s'])).toBe(true);
    expect(homeUrlMatchesDomains('http://xn--fsqu00a.xn--fiqs8s', ['例子.中国'])).toBe(true);
  });
  it('a domain entered as a subdomain still matches its own host', () => {
    expect(homeUrlMatchesDomains('http://blog.example.com', ['blog.example.com'])).toBe(true);
  });
  it('an invalid home URL matches nothing', () => {
    expect(homeUrlMatchesDomains('http://1.2.3.4', ['example.com'])).toBe(false);
  });
});

describe('home-url: properties (fast-check)', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.webUrl(),
  );
  it('never throws; normalisation is idempotent', () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 3 }), (v, domains) => {
        const r = homeUrl.check(v);
        expect(homeUrl.check(r.normalized).normalized).toBe(r.normalized);
        expect(typeof homeUrlMatchesDomains(v, domains)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
  it('every web URL of a valid domain matches its own registrable domain', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['http', 'https'] }), (url) => {
        const d = homeUrl.check(url).details;
        if (d?.registrable) expect(homeUrlMatchesDomains(url, [d.registrable])).toBe(true);
      }),
    );
  });
});
