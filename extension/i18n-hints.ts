/**
 * The strings of the hints the content script puts on the page, apart from the panel's and the options
 * page's (extension/i18n.ts, which includes these): the content script then carries only these few
 * (issue 17 item 4, its 20 KB gzip budget). Rule messages come bilingual from shared/.
 */
import type { Bilingual, Lang } from '../shared/domain/bilingual';
import type { Severity } from '../shared/domain/finding';

export type { Lang };

export const HINT_STRINGS = {
  severity_error: { zh: '错误', en: 'Error' },
  severity_warning: { zh: '警告', en: 'Warning' },
  severity_info: { zh: '提示', en: 'Note' },
  fixPrefix: { zh: '修改：', en: 'Fix: ' },
  whyLink: { zh: '依据', en: 'Why' },
  sourcePrefix: { zh: '依据：', en: 'Source: ' },
  moreFindings: { zh: '另有 {n} 条，见侧边栏', en: '{n} more in the panel' },
  suggestion: { zh: '建议填写：', en: 'Suggested value: ' },
  checkedBy: { zh: '按 {date} 的规则检查', en: 'Checked against the rules of {date}' },
} satisfies Record<string, Bilingual>;

export type HintKey = keyof typeof HINT_STRINGS;

/** `{name}` placeholders filled from `params`; unknown ones are left as they are. */
export function fillParams(s: string, params: Record<string, string | number>): string {
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** A hint string in `lang`, with `{name}` placeholders filled. */
export function t(lang: Lang, key: HintKey, params: Record<string, string | number> = {}): string {
  return fillParams(HINT_STRINGS[key][lang], params);
}

/** One side of a bilingual text. */
export function pick(text: Bilingual, lang: Lang): string {
  return text[lang] || text.zh;
}

export function severityLabel(lang: Lang, severity: Severity): string {
  return t(lang, `severity_${severity}`);
}

/**
 * The attribute a simulator page's tour player sets on `<html>` with the language it presents in
 * (issue 16: one language switch). The extension follows it on the local simulator only, like the
 * simulator's date; on real filing sites the user's setting alone decides.
 */
export const PAGE_LANG_ATTR = 'data-icp-lang';

/** The language a simulator page asks for (`zh` / `en`), or undefined for anything else. */
export function pageLanguage(value: string | null | undefined): Lang | undefined {
  return value === 'zh' || value === 'en' ? value : undefined;
}
