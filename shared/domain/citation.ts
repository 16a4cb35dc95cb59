import type { Lang } from './bilingual';

/**
 * A source as a person can follow it: the document's title, who published it, its date and a link
 * to that page (never a repository root), plus where in it the rule is. Research keys and file
 * paths never appear here.
 */
export interface Citation {
  title: string;
  publisher: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; absent when the page carries no date. */
  date?: string;
  url?: string;
  /** Where in the document: `§4.1`, `浙江 个人 #7`. */
  section?: string;
}

/** A provider page that restates a rule without saying when it began: "as restated by `by` on `date`". */
export interface Attestation {
  date: string;
  by: string;
}

/**
 * One citation as text. zh: `《关于规范因特网信息服务使用域名的通知》, 工业和信息化部, 2017-08-24`;
 * en: the same with the title in quotes and "undated" for pages without a date.
 */
export function formatCitation(c: Citation, lang: Lang = 'zh'): string {
  const title = lang === 'zh' ? `《${c.title}》` : `“${c.title}”`;
  const parts = [title, c.publisher, c.date ?? (lang === 'zh' ? '无日期' : 'undated')];
  if (c.section) parts.push(c.section);
  return parts.join(', ');
}

/** Several citations as one line, `; ` between them (the finding's `source`). */
export function formatCitations(cs: readonly Citation[], lang: Lang = 'zh'): string {
  return cs.map((c) => formatCitation(c, lang)).join('; ');
}

/** "as restated by 腾讯云《各省管局要求》 on 2019-08-15" in either language. */
export function formatAttestation(a: Attestation, lang: Lang = 'zh'): string {
  return lang === 'zh' ? `${a.by}于 ${a.date} 重述` : `as restated by ${a.by} on ${a.date}`;
}
