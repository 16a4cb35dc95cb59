/**
 * Sources as an applicant can follow them (issue 15 item 4): "title — publisher, date" with a link.
 * Findings carry `citations` (records written by the rules); the older free-text `source` is shown
 * only when a finding has none, and then without the parts that are internal notes (repository paths,
 * research keys): those are for the project's own reviewers, never for users.
 */
import type { Lang } from '../i18n';
import type { Citation, FindingMessage } from '../messaging';

export interface ReadableSource {
  text: string;
  url?: string;
}

const SAFE_URL = /^https?:\/\/[^\s]+$/;

/** 《工业和信息化部关于规范因特网信息服务使用域名的通知》 — 工业和信息化部, 2017-08-24, 第三条 */
export function citationText(c: Citation, lang: Lang): string {
  const tail = [c.publisher, c.date, c.section].filter((x): x is string => !!x && x.trim().length > 0);
  return tail.length ? `${c.title} — ${tail.join(lang === 'zh' ? '，' : ', ')}` : c.title;
}

/** A part of a free-text source that reads like an internal note rather than a citation. */
const INTERNAL_NOTE: readonly RegExp[] = [
  /(^|[\s(])[\w.-]+\/[\w./-]+\.(ts|tsx|js|json|md)\b/i, // a repository path
  /\b(shared|extension|simulator|tests|scripts)\//i,
  /\bresearch\b/i,
  /\blater lists in\b/i,
  /\bcommitted\b/i,
];

export function looksInternal(text: string): boolean {
  return INTERNAL_NOTE.some((re) => re.test(text));
}

/** The sources of a finding, each readable, with its link when there is a public one. */
export function readableSources(
  finding: Pick<FindingMessage, 'citations' | 'source' | 'sourceUrl'>,
  lang: Lang,
): ReadableSource[] {
  if (finding.citations?.length) {
    return finding.citations.map((c) => ({
      text: citationText(c, lang),
      ...(c.url && SAFE_URL.test(c.url) ? { url: c.url } : {}),
    }));
  }
  const parts = finding.source
    .split(/\s*;\s*/)
    .map((p) => p.trim())
    .filter((p) => p && !looksInternal(p));
  if (!parts.length) return [];
  const url = finding.sourceUrl && SAFE_URL.test(finding.sourceUrl) ? finding.sourceUrl : undefined;
  return [{ text: parts.join('; '), ...(url ? { url } : {}) }];
}
