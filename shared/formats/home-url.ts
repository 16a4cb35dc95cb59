/**
 * Format `home-url`: 网站首页URL (spec §4.3). A host, optionally with `http://`/`https://` and a path
 * (`www.example.com`, `https://例子.中国/index.html`); its host is checked like a domain (./domain-name).
 * Whether its registrable domain is one of the website's domains needs the domain list:
 * `homeUrlMatchesDomains` (used by the rules core).
 */
import { defineFormat, type FormatIssue, type FormatResult, formatResult } from './define';
import { domainName, normaliseDomain } from './domain-name';

export interface HomeUrlDetails {
  /** `http` or `https` when typed. */
  scheme?: string;
  /** Host as normalised (Unicode or punycode as typed, lower-case). */
  host: string;
  /** Host in punycode. */
  ascii?: string;
  /** Registrable domain of the host, Unicode form. */
  registrable?: string;
  /** Registrable domain, punycode form. */
  registrableAscii?: string;
  /** Path, query and fragment as typed (case kept). */
  path: string;
  port?: string;
}

interface SplitUrl {
  scheme?: string;
  host: string;
  port?: string;
  path: string;
}

/** Split a typed URL without the URL parser (it would reject a missing scheme and hide what was typed). */
function splitUrl(value: string): SplitUrl {
  const s = value
    .normalize('NFKC')
    .replace(/[\u3002\uff61\uff0e]/g, '.')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .trim();
  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(s);
  const rest = schemeMatch ? s.slice(schemeMatch[0].length) : s.replace(/^\/\//, '');
  const pathStart = rest.search(/[/?#\\]/);
  const authority = pathStart < 0 ? rest : rest.slice(0, pathStart);
  const path = pathStart < 0 ? '' : rest.slice(pathStart);
  const hostPort = authority.includes('@') ? authority.slice(authority.lastIndexOf('@') + 1) : authority;
  const portMatch = /:(\d*)$/.exec(hostPort);
  const host = portMatch ? hostPort.slice(0, portMatch.index) : hostPort;
  const split: SplitUrl = { host, path };
  if (schemeMatch?.[1]) split.scheme = schemeMatch[1].toLowerCase();
  if (portMatch?.[1]) split.port = portMatch[1];
  return split;
}

/** Domain-name issues that make the home URL's host unusable, reported as `bad-host` with the reason. */
const HOST_ERRORS = new Set([
  'invalid-character',
  'empty-label',
  'label-too-long',
  'too-long',
  'hyphen-edge',
  'double-hyphen',
  'bad-punycode',
  'single-label',
  'unknown-suffix',
  'suffix-only',
]);

export const homeUrl = defineFormat<HomeUrlDetails>({
  id: 'home-url',
  name: { zh: '网站首页URL', en: 'Home page URL' },
  source: 'spec §4.3; RFC 3986',
  valid: ['www.example.com', 'https://www.example.com/index.html', 'http://例子.中国'],
  issues: {
    empty: {
      severity: 'error',
      message: { zh: '网站首页URL为空', en: 'The home page URL is empty' },
      fix: { zh: '填写网站首页地址，例如 www.example.com', en: 'Enter the home page address, e.g. www.example.com' },
      fires: [''],
    },
    'bad-scheme': {
      severity: 'error',
      message: {
        zh: '网站首页URL的协议「{scheme}」不是 http 或 https',
        en: 'The home page URL’s scheme “{scheme}” is not http or https',
      },
      fix: { zh: '填写网站地址，如 {suggestion}', en: 'Enter the web address, e.g. {suggestion}' },
      fires: ['ftp://www.example.com'],
    },
    'ip-address': {
      severity: 'error',
      message: { zh: '网站首页URL用的是 IP 地址：{host}', en: 'The home page URL uses an IP address: {host}' },
      fix: {
        zh: '首页URL须使用本网站已填写的域名，不能用 IP 地址',
        en: 'The home page URL must use one of this website’s domains, not an IP address',
      },
      source: 'spec §4.3, §5',
      fires: ['http://192.0.2.10/'], // RFC 5737 documentation address
    },
    'bad-host': {
      severity: 'error',
      message: {
        zh: '网站首页URL中的域名「{host}」无效：{reason}',
        en: 'The domain “{host}” in the home page URL is not valid: {reasonEn}',
      },
      fix: { zh: '检查首页URL中的域名是否填错', en: 'Check the domain in the home page URL for a typing error' },
      fires: ['http://exa_mple.com', 'www.example', 'www.example.con'],
      passes: ['http://www.example.com:8080/'],
    },
    normalised: {
      severity: 'info',
      message: {
        zh: '网站首页URL已规范化（大小写、全角字符、句号或空格）：{url}',
        en: 'The home page URL was normalised (case, full-width characters, dots or spaces): {url}',
      },
      fix: { zh: '按规范形式填写：{url}', en: 'Enter it in this form: {url}' },
      fires: ['HTTP://WWW.Example.COM/About', 'ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ'],
    },
  },
  check(value: string): FormatResult<HomeUrlDetails> {
    try {
      return checkHomeUrl(value);
    } catch {
      return formatResult(homeUrl, '', [{ code: 'empty' }]);
    }
  },
});

function checkHomeUrl(value: string): FormatResult<HomeUrlDetails> {
  const raw = typeof value === 'string' ? value : String(value ?? '');
  const issues: FormatIssue[] = [];
  const split = splitUrl(raw);
  const host = normaliseDomain(split.host).host;
  const details: HomeUrlDetails = { host, path: split.path };
  if (split.scheme) details.scheme = split.scheme;
  if (split.port) details.port = split.port;
  const normalized = `${split.scheme ? `${split.scheme}://` : ''}${host}${split.port ? `:${split.port}` : ''}${split.path}`;
  if (!host) {
    issues.push({ code: 'empty' });
    return formatResult(homeUrl, '', issues);
  }
  if (split.scheme && split.scheme !== 'http' && split.scheme !== 'https') {
    issues.push({ code: 'bad-scheme', params: { scheme: split.scheme, suggestion: `http://${host}` } });
  }
  const hostCheck = domainName.check(host);
  const hostIssue = hostCheck.issues.find((i) => i.code === 'ip-address' || HOST_ERRORS.has(i.code));
  if (hostIssue?.code === 'ip-address') issues.push({ code: 'ip-address', params: { host } });
  else if (hostIssue) {
    const spec = domainName.issues[hostIssue.code];
    const fill = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => String(hostIssue.params?.[k] ?? m));
    issues.push({
      code: 'bad-host',
      params: {
        host,
        problem: hostIssue.code,
        reason: fill(spec?.message.zh ?? ''),
        reasonEn: fill(spec?.message.en ?? ''),
      },
    });
  }
  const d = hostCheck.details;
  if (d) {
    details.ascii = d.ascii;
    if (d.registrable) details.registrable = d.registrable;
    if (d.registrableAscii) details.registrableAscii = d.registrableAscii;
  }
  if (issues.length === 0 && normalized !== raw) issues.push({ code: 'normalised', params: { url: normalized } });
  return formatResult(homeUrl, normalized, issues, details);
}

/**
 * Whether the home URL's host belongs to one of the website's domains (spec §4.3): its registrable domain
 * equals a domain's registrable domain, or the host equals a listed domain. Unicode and punycode forms
 * compare equal. False when the URL's host is not a valid domain.
 */
export function homeUrlMatchesDomains(homeUrlValue: string, domains: readonly string[]): boolean {
  try {
    const url = homeUrl.check(homeUrlValue).details;
    if (!url?.ascii) return false;
    const wanted = new Set<string>();
    for (const domain of Array.isArray(domains) ? domains : []) {
      const d = domainName.check(typeof domain === 'string' ? domain : '').details;
      if (d?.ascii) wanted.add(d.ascii);
      if (d?.registrableAscii) wanted.add(d.registrableAscii);
    }
    return wanted.has(url.ascii) || (url.registrableAscii !== undefined && wanted.has(url.registrableAscii));
  } catch {
    return false;
  }
}
