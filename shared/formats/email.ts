// Syntax rules written here, not taken from a library: validator's isEmail returns only true/false (no reason to show), and the filing form needs the IME slips (＠, 。) named and fixed, not just rejected.
//
// Disposable-address lists are NOT used: no dated, citable list is at hand, so only the domains that
// RFC 2606 / RFC 6761 / RFC 6762 reserve (they can never receive mail) are flagged.

import { defineFormat, type Format, type FormatIssue, formatResult } from './define';
import { describeChar, firstDisallowed, foldAndTrim, toFixpoint } from './input-text';

export type EmailDetails = { local: string; domain: string };

/** RFC 5321 §4.5.3.1: 64 octets for the local part; 254 for the whole path as used in practice (RFC 3696 errata). */
const LOCAL_MAX = 64;
const TOTAL_MAX = 254;
const LABEL_MAX = 63;

/** Characters allowed unquoted in a local part: RFC 5322 atext and the dot, plus letters of any script (RFC 6531; warned about separately). */
const LOCAL_CHARS = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-\p{L}\p{M}\p{N}]/u;

/** Reserved names that never receive mail: RFC 2606 and RFC 6761 (example, test, invalid, localhost), RFC 6762 (local). */
const RESERVED_TLDS = new Set(['example', 'test', 'invalid', 'localhost', 'local']);
const RESERVED_DOMAINS = new Set(['example.com', 'example.net', 'example.org']);

/**
 * Mail domains most Chinese filings use (the providers' own examples name qq.com and 163.com): a domain
 * one slip away from one of them (163.con, qq.cm, gmial.com) is almost surely a typo of it.
 */
export const COMMON_MAIL_DOMAINS: readonly string[] = [
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'sina.cn',
  'sohu.com',
  '139.com',
  '189.cn',
  'wo.cn',
  'aliyun.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'gmail.com',
  'icloud.com',
  'yahoo.com',
];

/** Optimal string alignment distance (one insertion, deletion, substitution or swap of neighbours counts 1). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The common mail domain `domain` is a slip of (163.con → 163.com), or undefined. */
export function likelyMailDomainTypo(domain: string): string | undefined {
  const lower = domain.toLowerCase().replace(/\.$/, '');
  if (COMMON_MAIL_DOMAINS.includes(lower)) return undefined;
  // Short labels (qq, wo) are one slip from many real domains: only their ending is compared.
  const candidates = COMMON_MAIL_DOMAINS.filter((common) => {
    const label = common.slice(0, common.indexOf('.'));
    if (label.length <= 3) return lower.startsWith(`${label}.`) && editDistance(lower, common) === 1;
    return editDistance(lower, common) === 1;
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}

function utf8Length(value: string): number {
  return new TextEncoder().encode(value).length;
}

/** NFKC (＠ → @, full-width letters → ASCII) and the ideographic full stop 。 that IMEs type for a dot. */
function normaliseEmail(value: string): string {
  return toFixpoint(value, (s) => foldAndTrim(s).replace(/\u3002/g, '.'));
}

function isReservedDomain(domain: string): boolean {
  const lower = domain.toLowerCase().replace(/\.$/, '');
  const tld = lower.slice(lower.lastIndexOf('.') + 1);
  if (RESERVED_TLDS.has(tld)) return true;
  for (const reserved of RESERVED_DOMAINS) if (lower === reserved || lower.endsWith(`.${reserved}`)) return true;
  return false;
}

export const emailFormat: Format<EmailDetails> = defineFormat<EmailDetails>({
  id: 'email',
  name: { zh: '电子邮件地址', en: 'E-mail address' },
  source: 'spec §4.2; RFC 5321, RFC 5322',
  valid: ['zhangsan@163.com', 'li.si@example.cn'],
  issues: {
    empty: {
      severity: 'error',
      message: { zh: '电子邮件地址为空。', en: 'The e-mail address is empty.' },
      fix: {
        zh: '填写真实可用的邮箱，备案结果会发到此邮箱。',
        en: 'Enter a real, reachable address: the filing result is sent to it.',
      },
      fires: [''],
    },
    normalised: {
      severity: 'warning',
      message: {
        zh: '电子邮件地址含全角字符（如 ＠ 或 。），应为 {normalized}。',
        en: 'The e-mail address contains full-width characters (such as ＠ or 。); it should be {normalized}.',
      },
      fix: { zh: '请切换到半角输入，填写为 {normalized}。', en: 'Switch to half-width input and enter {normalized}.' },
      fires: ['zhangsan＠163.com', 'zhangsan@163。com'],
    },
    whitespace: {
      severity: 'error',
      message: { zh: '电子邮件地址中有空格。', en: 'The e-mail address contains a space.' },
      fix: { zh: '请删去地址中的空格。', en: 'Remove the spaces from the address.' },
      fires: ['zhang san@163.com'],
    },
    'missing-at': {
      severity: 'error',
      message: { zh: '电子邮件地址缺少 @。', en: 'The e-mail address has no @.' },
      fix: { zh: '格式为 用户名@域名，如 name@example.cn。', en: 'The form is name@domain, e.g. name@example.cn.' },
      fires: ['zhangsan163.com'],
    },
    'multiple-at': {
      severity: 'error',
      message: {
        zh: '电子邮件地址中有 {count} 个 @，只能有一个。',
        en: 'The e-mail address has {count} @ signs; it must have one.',
      },
      fix: { zh: '只填写一个邮箱地址。', en: 'Enter a single address.' },
      fires: ['zhangsan@163.com;lisi@163.com', 'zhangsan@@163.com'],
    },
    'local-empty': {
      severity: 'error',
      message: { zh: '电子邮件地址 @ 前面没有用户名。', en: 'The e-mail address has nothing before the @.' },
      fix: { zh: '补上 @ 前的用户名。', en: 'Add the mailbox name before the @.' },
      fires: ['@163.com'],
    },
    'local-length': {
      severity: 'error',
      message: {
        zh: '电子邮件地址 @ 前的部分有 {length} 字节，最多 64 字节。',
        en: 'The part before the @ has {length} bytes; at most 64 are allowed.',
      },
      fix: { zh: '请核对邮箱地址。', en: 'Check the address.' },
      source: 'RFC 5321 §4.5.3.1.1',
      fires: [`${'a'.repeat(65)}@163.com`],
    },
    'local-charset': {
      severity: 'error',
      message: {
        zh: '电子邮件地址 @ 前的第 {position} 个字符 {char} 无效。',
        en: 'Character {position} before the @, {char}, is not allowed in an e-mail address.',
      },
      fix: {
        zh: '用户名只用字母、数字和 . _ - + 等符号。',
        en: 'Use letters, digits and . _ - + in the mailbox name.',
      },
      source: 'RFC 5322 §3.2.3',
      fires: ['zhang(san)@163.com'],
    },
    'local-dots': {
      severity: 'error',
      message: {
        zh: '电子邮件地址 @ 前的部分以点开头或结尾，或有连续的点。',
        en: 'The part before the @ starts or ends with a dot, or has two dots in a row.',
      },
      fix: { zh: '请核对邮箱地址中的点。', en: 'Check the dots in the address.' },
      source: 'RFC 5322 §3.4.1 (dot-atom)',
      fires: ['.zhangsan@163.com', 'zhang..san@163.com'],
    },
    'non-ascii': {
      severity: 'warning',
      message: {
        zh: '电子邮件地址含中文或其他非英文字符：国际化邮箱地址很多系统不能投递。',
        en: 'The e-mail address contains Chinese or other non-Latin characters: many systems cannot deliver to internationalised addresses.',
      },
      fix: { zh: '请改用只含英文字母和数字的邮箱地址。', en: 'Use an address made of Latin letters and digits.' },
      source: 'RFC 6531 (SMTPUTF8 is optional for mail servers)',
      fires: ['张三@163.com'],
    },
    'domain-empty': {
      severity: 'error',
      message: { zh: '电子邮件地址 @ 后面没有域名。', en: 'The e-mail address has no domain after the @.' },
      fix: { zh: '补上 @ 后的域名，如 qq.com、163.com。', en: 'Add the domain after the @, e.g. qq.com, 163.com.' },
      fires: ['zhangsan@'],
    },
    'domain-no-dot': {
      severity: 'error',
      message: { zh: '电子邮件域名 {domain} 中没有点。', en: 'The e-mail domain {domain} has no dot.' },
      fix: {
        zh: '域名应完整，如 example.cn，而不是 example。',
        en: 'Write the whole domain, e.g. example.cn, not example.',
      },
      fires: ['zhangsan@163', 'zhangsan@qq'],
    },
    'domain-trailing-dot': {
      severity: 'error',
      message: {
        zh: '电子邮件域名 {domain} 以点结尾：邮箱地址的域名不以点结尾。',
        en: 'The e-mail domain {domain} ends in a dot: the domain of an e-mail address does not end in a dot.',
      },
      fix: { zh: '删去域名末尾的点，如 name@qq.com。', en: 'Remove the dot at the end, e.g. name@qq.com.' },
      source: 'RFC 5321 §4.1.2',
      fires: ['zhangsan@163.com.'],
    },
    'domain-label': {
      severity: 'error',
      message: {
        zh: '电子邮件域名中的“{label}”无效：每段只能含字母、数字和连字符，不以连字符开头或结尾，不超过 63 个字符，且不能为空。',
        en: 'The part “{label}” of the e-mail domain is not valid: each part has letters, digits and hyphens, no hyphen at either end, at most 63 characters, and is not empty.',
      },
      fix: { zh: '请核对 @ 后的域名。', en: 'Check the domain after the @.' },
      source: 'RFC 1035 §2.3.1; RFC 5321 §4.1.2',
      fires: ['zhangsan@163..com', 'zhangsan@-163.com'],
    },
    'domain-tld': {
      severity: 'error',
      message: {
        zh: '电子邮件域名的后缀“{tld}”无效：后缀至少 2 个字母。',
        en: 'The top-level part “{tld}” of the e-mail domain is not valid: it has at least two letters.',
      },
      fix: { zh: '请核对域名后缀，如 .com、.cn。', en: 'Check the ending, e.g. .com, .cn.' },
      fires: ['zhangsan@163.c', 'zhangsan@163.c0m'],
    },
    'reserved-domain': {
      severity: 'error',
      message: {
        zh: '邮箱域名 {domain} 是保留给文档示例或本地网络的域名，收不到邮件；备案要求邮箱真实可用。',
        en: 'The domain {domain} is reserved for documentation or local networks and cannot receive mail; filings need a real, reachable address.',
      },
      fix: { zh: '请填写本人真实在用的邮箱。', en: 'Enter an address the person really uses.' },
      source: 'spec §4.2; RFC 2606, RFC 6761, RFC 6762',
      fires: ['zhangsan@example.com'],
    },
    'domain-typo': {
      severity: 'warning',
      message: {
        zh: '邮箱域名 {domain} 很像常用邮箱 {suggested} 的笔误。',
        en: 'The domain {domain} looks like a typo of the common mail domain {suggested}.',
      },
      fix: {
        zh: '如果是 {suggested} 邮箱，请改为 {suggestedAddress}；备案要求邮箱真实可用。',
        en: 'If it is a {suggested} mailbox, write {suggestedAddress}; filings need a reachable address.',
      },
      source: 'spec §4.2',
      fires: ['zhangsan@163.con', 'zhangsan@qq.cm', 'zhangsan@gmial.com'],
      passes: ['zhangsan@vip.163.com'],
    },
    length: {
      severity: 'error',
      message: {
        zh: '电子邮件地址有 {length} 字节，最多 254 字节。',
        en: 'The e-mail address has {length} bytes; at most 254 are allowed.',
      },
      fix: { zh: '请核对邮箱地址。', en: 'Check the address.' },
      source: 'RFC 5321 §4.5.3.1.3',
      // 2 + 5 × 61 + 3 = 310 bytes; every label within 63.
      fires: [`a@${`${'b'.repeat(60)}.`.repeat(5)}com`],
    },
  },
  check(value) {
    const issues: FormatIssue[] = [];
    const normalized = normaliseEmail(value);
    const result = (details?: EmailDetails) => formatResult(emailFormat, normalized, issues, details);
    if (normalized === '') {
      issues.push({ code: 'empty' });
      return result();
    }
    if (normalized !== value.trim()) issues.push({ code: 'normalised', params: { normalized } });
    if (/\s/.test(normalized)) {
      issues.push({ code: 'whitespace' });
      return result();
    }
    const at = normalized.split('@').length - 1;
    if (at === 0) {
      issues.push({ code: 'missing-at' });
      return result();
    }
    if (at > 1) {
      issues.push({ code: 'multiple-at', params: { count: at } });
      return result();
    }
    const atIndex = normalized.indexOf('@');
    const local = normalized.slice(0, atIndex);
    const domain = normalized.slice(atIndex + 1);
    const bytes = utf8Length(normalized);
    if (bytes > TOTAL_MAX) issues.push({ code: 'length', params: { length: bytes } });

    if (local === '') issues.push({ code: 'local-empty' });
    else {
      const localBytes = utf8Length(local);
      if (localBytes > LOCAL_MAX) issues.push({ code: 'local-length', params: { length: localBytes } });
      const bad = firstDisallowed(local, LOCAL_CHARS);
      if (bad) issues.push({ code: 'local-charset', params: { position: bad.position, char: describeChar(bad.char) } });
      if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) issues.push({ code: 'local-dots' });
    }

    if (domain === '') issues.push({ code: 'domain-empty' });
    else if (domain.endsWith('.')) {
      // RFC 5321 §4.1.2 `Domain` has no root dot; one or more trailing dots are an error, not a label problem.
      issues.push({ code: 'domain-trailing-dot', params: { domain } });
    } else {
      const labels = domain.split('.');
      if (labels.length < 2) issues.push({ code: 'domain-no-dot', params: { domain } });
      else {
        const badLabel = labels.find(
          (l) =>
            l === '' ||
            l.length > LABEL_MAX ||
            l.startsWith('-') ||
            l.endsWith('-') ||
            !/^[\p{L}\p{M}\p{N}-]+$/u.test(l),
        );
        if (badLabel !== undefined) issues.push({ code: 'domain-label', params: { label: badLabel } });
        else {
          const tld = labels[labels.length - 1] ?? '';
          if (!/^(?:[\p{L}\p{M}]{2,}|xn--[a-z0-9-]+)$/iu.test(tld))
            issues.push({ code: 'domain-tld', params: { tld } });
          else if (isReservedDomain(domain)) issues.push({ code: 'reserved-domain', params: { domain } });
          else {
            const suggested = likelyMailDomainTypo(domain);
            if (suggested)
              issues.push({
                code: 'domain-typo',
                params: { domain, suggested, suggestedAddress: `${local}@${suggested}` },
              });
          }
        }
      }
    }
    if (/[^\p{ASCII}]/u.test(normalized)) issues.push({ code: 'non-ascii' });
    return result({ local, domain });
  },
});
