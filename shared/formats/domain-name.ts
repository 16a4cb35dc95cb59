/**
 * Format `domain-name`: one entry of 网站域名 (spec §4.3, §5).
 *
 * Syntax per RFC 1035 §2.3.4 / RFC 5890–5891 (labels of letters, digits and hyphens, 1–63 octets, at most
 * 253 in total, no hyphen at either end, no `--` in positions 3–4 except the IDN prefix `xn--`), Chinese and
 * other internationalised names in Unicode (例子.中国) or punycode (xn--fsqu00a.xn--fiqs8s).
 * The registrable domain and public suffix come from `tldts` (Public Suffix List, ICANN section): the filing
 * takes the registrable domain only (research §5: 「仅fld，不可含子域名」), so `www.example.com` is a warning.
 * Whether a suffix may be filed on a date is not syntax: see shared/rules/data/domain-suffixes.ts.
 *
 * Unicode → punycode uses the WHATWG URL parser (`new URL`, a global in browsers and Node: UTS #46 mapping
 * and punycode validation); punycode → Unicode is decoded here (RFC 3492 §6.2) because no global API
 * returns the Unicode form and shared/ may not use Node's `punycode`/`url` modules.
 */
import { parse as parseDomain } from 'tldts';
import { defineFormat, type FormatIssue, type FormatResult, formatResult } from './define';

export interface DomainDetails {
  /** The host as normalised, in the form entered (Unicode or punycode). */
  host: string;
  /** The host in punycode (ASCII). */
  ascii: string;
  /** The host in Unicode. */
  unicode: string;
  /** true when a label is internationalised (xn--…). */
  isIdn: boolean;
  /** Registrable domain (what the filing takes), in Unicode: `example.com`, `例子.中国`. */
  registrable?: string;
  /** The same in punycode. */
  registrableAscii?: string;
  /** Public suffix in Unicode: `com`, `com.cn`, `中国`. */
  suffix?: string;
  /** Labels before the registrable domain: `www`. */
  subdomain?: string;
}

const isAscii = (s: string): boolean => /^\p{ASCII}*$/u.test(s);

// ---- punycode (RFC 3492) ----

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const MAXINT = 0x7fffffff;

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - TMIN) * TMAX) >> 1) {
    d = Math.floor(d / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * d) / (d + SKEW));
}

function basicToDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22; // 0–9 → 26–35
  if (code >= 0x41 && code <= 0x5a) return code - 0x41; // A–Z → 0–25
  if (code >= 0x61 && code <= 0x7a) return code - 0x61; // a–z → 0–25
  return BASE;
}

/** Decode the part of a label after `xn--`; undefined when it is not valid punycode. */
export function decodePunycode(input: string): string | undefined {
  const output: number[] = [];
  const basic = Math.max(input.lastIndexOf('-'), 0);
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return undefined;
    output.push(c);
  }
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length; ) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) return undefined;
      const digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= BASE || digit > Math.floor((MAXINT - i) / w)) return undefined;
      i += digit * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(MAXINT / (BASE - t))) return undefined;
      w *= BASE - t;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > MAXINT - n) return undefined;
    n += Math.floor(i / out);
    i %= out;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** Host in punycode via the URL parser; undefined when the parser rejects it. */
function urlToAscii(host: string): string | undefined {
  if (typeof URL !== 'function') return isAscii(host) ? host : undefined;
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return undefined;
  }
}

/** A domain in punycode (`例子.中国` → `xn--fsqu00a.xn--fiqs8s`); undefined when it cannot be converted. */
export function toAsciiDomain(domain: string): string | undefined {
  const host = normaliseDomain(domain).host;
  if (!host) return undefined;
  return isAscii(host) ? host : urlToAscii(host);
}

/** A domain in Unicode (`xn--fsqu00a.xn--fiqs8s` → `例子.中国`); labels that do not decode are kept. */
export function toUnicodeDomain(domain: string): string {
  const host = normaliseDomain(domain).host;
  return host
    .split('.')
    .map((label) => (label.startsWith('xn--') ? (decodePunycode(label.slice(4)) ?? label) : label))
    .join('.');
}

// ---- normalisation ----

export interface NormalisedDomain {
  host: string;
  /** Scheme, user, path, query, fragment or port were removed. */
  strippedUrlParts: boolean;
  /** The host differs from the value as typed (any reason, including the above). */
  changed: boolean;
}

function normaliseOnce(value: string): { host: string; strippedUrlParts: boolean } {
  const s = value
    .normalize('NFKC')
    .replace(/[\u3002\uff61\uff0e]/g, '.')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .trim();
  const withoutScheme = s.replace(/^(?:[a-z][a-z0-9+.-]*:)?\/\//i, '');
  const withoutPath = withoutScheme.replace(/[/?#\\].*$/s, '');
  const withoutUser = withoutPath.includes('@') ? withoutPath.slice(withoutPath.lastIndexOf('@') + 1) : withoutPath;
  const withoutPort = withoutUser.replace(/:\d*$/, '');
  return { host: withoutPort.trim().toLowerCase().replace(/\.+$/, ''), strippedUrlParts: withoutPort !== s };
}

/**
 * Trim, NFKC (full-width → half-width), ideographic dots `。．` → `.`, strip `http(s)://`, user, path,
 * query, port, lower-case, strip the trailing dot. Repeated until nothing changes, so it is idempotent.
 */
export function normaliseDomain(value: string): NormalisedDomain {
  const raw = typeof value === 'string' ? value : String(value ?? '');
  let current = raw;
  let strippedUrlParts = false;
  for (let i = 0; i < 8; i++) {
    const next = normaliseOnce(current);
    strippedUrlParts ||= next.strippedUrlParts;
    if (next.host === current) break;
    current = next.host;
  }
  return { host: current, strippedUrlParts, changed: current !== raw };
}

// ---- the format ----

const SEPARATORS = /[,，;；、\s]+/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

const SOURCE = 'RFC 1035 §2.3.4; RFC 5890–5891 (IDNA); Public Suffix List via tldts; spec §4.3, §5';

export const domainName = defineFormat<DomainDetails>({
  id: 'domain-name',
  name: { zh: '网站域名', en: 'Website domain' },
  source: SOURCE,
  valid: ['example.com', '例子.中国', 'my-site.com.cn'],
  issues: {
    empty: {
      severity: 'error',
      message: { zh: '网站域名为空', en: 'The website domain is empty' },
      fix: { zh: '填写网站的域名，例如 example.com', en: 'Enter the website’s domain, e.g. example.com' },
      source: 'spec §4.3',
      fires: [''],
    },
    several: {
      severity: 'error',
      message: { zh: '一个域名框里填了多个域名：{value}', en: 'Several domains in one domain field: {value}' },
      fix: {
        zh: '每个框只填一个域名；其他域名用「继续增加域名」逐个添加',
        en: 'Enter one domain per field; add the others one by one with 继续增加域名 (add domain)',
      },
      source: 'spec §4.3',
      fires: ['example.com example.cn', 'example.com，example.cn'],
    },
    'url-parts': {
      severity: 'warning',
      message: {
        zh: '网站域名含有协议、路径、端口或用户名等网址成分：{value}',
        en: 'The website domain contains URL parts (scheme, path, port or user): {value}',
      },
      fix: { zh: '只填域名本身：{host}', en: 'Enter the domain alone: {host}' },
      source: 'spec §4.3',
      fires: ['https://example.com/', 'http://example.com:8080/index.html'],
    },
    normalised: {
      severity: 'info',
      message: {
        zh: '网站域名已规范化（大小写、全角字符、句号、空格或末尾的点）：{host}',
        en: 'The website domain was normalised (case, full-width characters, dots, spaces or a trailing dot): {host}',
      },
      fix: { zh: '按规范形式填写：{host}', en: 'Enter it in this form: {host}' },
      fires: ['Example.COM', 'example。com', 'example.com.'],
    },
    'ip-address': {
      severity: 'error',
      message: { zh: '网站域名填的是 IP 地址：{host}', en: 'The website domain is an IP address: {host}' },
      fix: {
        zh: 'ICP 备案按域名备案，填写已实名认证的域名，不能填 IP 地址',
        en: 'ICP filings are per domain: enter a registered, real-name-verified domain, not an IP address',
      },
      source: 'spec §5.3',
      fires: ['192.0.2.10'], // RFC 5737 documentation address
    },
    'invalid-character': {
      severity: 'error',
      message: {
        zh: '网站域名含有不允许的字符：{chars}',
        en: 'The website domain contains characters a domain cannot have: {chars}',
      },
      fix: {
        zh: '域名只能由字母、数字、连字符（-）和点组成（中文域名可含汉字）',
        en: 'A domain consists of letters, digits, hyphens (-) and dots (Chinese domains may contain Chinese characters)',
      },
      fires: ['my_site.com', 'exa mple.com'],
    },
    'empty-label': {
      severity: 'error',
      message: {
        zh: '网站域名中有空的部分（连续的点或以点开头）：{host}',
        en: 'The website domain has an empty label (two dots in a row, or a leading dot): {host}',
      },
      fix: { zh: '删除多余的点', en: 'Remove the extra dot' },
      fires: ['example..com', '.example.com'],
    },
    'label-too-long': {
      severity: 'error',
      message: {
        zh: '域名的一段「{label}」长 {length} 个字符，超过 63',
        en: 'The domain label “{label}” is {length} characters long, more than 63',
      },
      fix: {
        zh: '检查域名是否填错；每段（两点之间）最多 63 个字符',
        en: 'Check the domain: each label (between dots) has at most 63 characters',
      },
      fires: [`${'a'.repeat(64)}.com`],
    },
    'too-long': {
      severity: 'error',
      message: {
        zh: '域名总长 {length} 个字符，超过 253',
        en: 'The domain is {length} characters long, more than 253',
      },
      fix: { zh: '检查域名是否填错', en: 'Check the domain for a typing error' },
      // 5 × 61 + 3 = 308 characters; every label within 63.
      fires: [`${`${'a'.repeat(60)}.`.repeat(5)}com`],
    },
    'hyphen-edge': {
      severity: 'error',
      message: {
        zh: '域名的一段「{label}」以连字符开头或结尾',
        en: 'The domain label “{label}” starts or ends with a hyphen',
      },
      fix: {
        zh: '域名每段不能以「-」开头或结尾，检查是否填错',
        en: 'A label cannot start or end with “-”: check the domain',
      },
      fires: ['-example.com', 'example-.com'],
    },
    'double-hyphen': {
      severity: 'error',
      message: {
        zh: '域名的一段「{label}」第 3–4 位是「--」，这只允许用于 xn-- 开头的中文（国际化）域名',
        en: 'The domain label “{label}” has “--” in positions 3–4, which only internationalised labels (xn--) may have',
      },
      fix: { zh: '检查域名是否填错', en: 'Check the domain for a typing error' },
      source: 'RFC 5891 §4.2.3.1',
      fires: ['ab--cd.com'],
      passes: ['xn--fsqu00a.xn--fiqs8s'],
    },
    'bad-punycode': {
      severity: 'error',
      message: {
        zh: '域名的一段「{label}」以 xn-- 开头，但不是有效的国际化域名编码',
        en: 'The domain label “{label}” starts with xn-- but is not valid punycode',
      },
      fix: {
        zh: '中文域名可直接填写中文形式（如 例子.中国），或从注册商处复制正确的 xn-- 形式',
        en: 'Enter a Chinese domain in its Chinese form (e.g. 例子.中国), or copy the correct xn-- form from the registrar',
      },
      source: 'RFC 3492; RFC 5891',
      fires: ['xn--zz.com'],
    },
    'single-label': {
      severity: 'error',
      message: {
        zh: '「{host}」不是完整的域名（缺少后缀，如 .com、.cn）',
        en: '“{host}” is not a full domain (no suffix such as .com or .cn)',
      },
      fix: { zh: '填写完整的域名，例如 {host}.com', en: 'Enter the full domain, e.g. {host}.com' },
      fires: ['example', 'localhost'],
    },
    'unknown-suffix': {
      severity: 'error',
      message: {
        zh: '域名后缀「.{suffix}」不是已知的顶级域',
        en: 'The suffix “.{suffix}” is not a known top-level domain',
      },
      fix: { zh: '检查域名后缀是否拼错', en: 'Check the suffix for a typing error' },
      source: 'Public Suffix List (ICANN section) via tldts',
      fires: ['example.con', 'example.comm'],
    },
    'suffix-only': {
      severity: 'error',
      message: {
        zh: '「{host}」只是域名后缀，不是可注册的域名',
        en: '“{host}” is only a domain suffix, not a registrable domain',
      },
      fix: {
        zh: '填写您注册的完整域名，例如 example.{host}',
        en: 'Enter the full domain you registered, e.g. example.{host}',
      },
      source: 'Public Suffix List (ICANN section) via tldts',
      fires: ['com.cn'],
    },
    subdomain: {
      severity: 'warning',
      message: {
        zh: '「{host}」是子域名：备案填写的是注册的主域名 {registrable}',
        en: '“{host}” is a subdomain: the filing takes the registered domain {registrable}',
      },
      fix: {
        zh: '网站域名填写 {registrable}（不含 {subdomain}.）；带前缀的地址可填在网站首页URL',
        en: 'Enter {registrable} (without “{subdomain}.”) as the domain; a prefixed address can go in 网站首页URL (home page URL)',
      },
      source: 'spec §5.4',
      fires: ['www.example.com', 'api.example.cn'],
    },
  },
  check(value: string): FormatResult<DomainDetails> {
    try {
      return checkDomain(value);
    } catch {
      // Never throw (the checks above are total; this guards against a host API behaving unexpectedly).
      return formatResult(domainName, '', [{ code: 'invalid-character', params: { chars: '?' } }]);
    }
  },
});

function checkDomain(value: string): FormatResult<DomainDetails> {
  const raw = typeof value === 'string' ? value : String(value ?? '');
  const issues: FormatIssue[] = [];
  const result = (normalized: string, details?: DomainDetails) => formatResult(domainName, normalized, issues, details);

  // Several domains pasted into one field: judge before normalisation would cut at the first separator.
  const pieces = raw
    .normalize('NFKC')
    .trim()
    .split(SEPARATORS)
    .filter((p) => p.length > 0);
  if (pieces.length > 1 && pieces.filter((p) => /[.。．｡]/.test(p)).length > 1) {
    issues.push({ code: 'several', params: { value: pieces.join(' ').slice(0, 200) } });
    return result(raw.trim());
  }

  const { host, strippedUrlParts, changed } = normaliseDomain(raw);
  if (!host) {
    issues.push({ code: 'empty' });
    return result('');
  }
  if (strippedUrlParts) issues.push({ code: 'url-parts', params: { value: raw.trim().slice(0, 200), host } });
  else if (changed) issues.push({ code: 'normalised', params: { host } });

  if (IPV4.test(host) || host.startsWith('[') || (/^[0-9a-f:]+$/.test(host) && host.includes(':'))) {
    issues.push({ code: 'ip-address', params: { host } });
    return result(host);
  }
  const badChars = [
    ...new Set([...host].filter((c) => (isAscii(c) ? !/[a-z0-9.-]/.test(c) : !/[\p{L}\p{M}\p{N}]/u.test(c)))),
  ];
  if (badChars.length) {
    issues.push({ code: 'invalid-character', params: { chars: badChars.slice(0, 10).map(showChar).join(' ') } });
    return result(host);
  }
  const labels = host.split('.');
  if (labels.some((l) => l === '')) {
    issues.push({ code: 'empty-label', params: { host } });
    return result(host);
  }
  if (labels.length < 2) {
    issues.push({ code: 'single-label', params: { host } });
    return result(host);
  }

  // ASCII form, label by label, so every label is judged on its own.
  const asciiLabels: string[] = [];
  for (const label of labels) {
    if (isAscii(label)) {
      asciiLabels.push(label);
      continue;
    }
    const converted = urlToAscii(`${label}.example`);
    const asciiLabel = converted?.endsWith('.example') ? converted.slice(0, -'.example'.length) : undefined;
    if (!asciiLabel || asciiLabel.includes('.') || !/^[a-z0-9-]+$/.test(asciiLabel)) {
      issues.push({ code: 'invalid-character', params: { chars: label } });
      return result(host);
    }
    asciiLabels.push(asciiLabel);
  }
  for (const label of asciiLabels) {
    const shown = label.length > 70 ? `${label.slice(0, 60)}…` : label;
    if (label.length > 63) issues.push({ code: 'label-too-long', params: { label: shown, length: label.length } });
    if (label.startsWith('-') || label.endsWith('-')) issues.push({ code: 'hyphen-edge', params: { label: shown } });
    if (label.startsWith('xn--')) {
      const decoded = decodePunycode(label.slice(4));
      if (decoded === undefined || decoded === '' || isAscii(decoded) || urlToAscii(`${label}.example`) === undefined) {
        issues.push({ code: 'bad-punycode', params: { label: shown } });
      }
    } else if (label.slice(2, 4) === '--') {
      issues.push({ code: 'double-hyphen', params: { label: shown } });
    }
  }
  const ascii = asciiLabels.join('.');
  if (ascii.length > 253) issues.push({ code: 'too-long', params: { length: ascii.length } });
  if (issues.some((i) => domainName.issues[i.code]?.severity === 'error')) return result(host);

  const unicode = toUnicodeLabels(asciiLabels);
  const isIdn = asciiLabels.some((l) => l.startsWith('xn--'));
  const details: DomainDetails = { host, ascii, unicode, isIdn };
  const parsed = parseDomain(ascii);
  if (parsed.publicSuffix) details.suffix = toUnicodeLabels(parsed.publicSuffix.split('.'));
  if (!parsed.isIcann) {
    issues.push({ code: 'unknown-suffix', params: { suffix: details.suffix ?? labels.at(-1) ?? '' } });
    return result(host, details);
  }
  if (!parsed.domain) {
    issues.push({ code: 'suffix-only', params: { host } });
    return result(host, details);
  }
  details.registrableAscii = parsed.domain;
  details.registrable = toUnicodeLabels(parsed.domain.split('.'));
  if (parsed.subdomain) {
    details.subdomain = toUnicodeLabels(parsed.subdomain.split('.'));
    const enteredAscii = isAscii(host);
    issues.push({
      code: 'subdomain',
      params: {
        host,
        registrable: enteredAscii ? parsed.domain : details.registrable,
        subdomain: enteredAscii ? parsed.subdomain : details.subdomain,
      },
    });
  }
  return result(host, details);
}

function toUnicodeLabels(labels: string[]): string {
  return labels.map((l) => (l.startsWith('xn--') ? (decodePunycode(l.slice(4)) ?? l) : l)).join('.');
}

function showChar(c: string): string {
  if (c === ' ') return '(空格/space)';
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : c;
}

/** The registrable domain (Unicode form) of a domain or host, or undefined when it has none. */
export function registrableDomain(value: string): string | undefined {
  return domainName.check(value).details?.registrable;
}
