/** Reading website names for the naming rules (research §2): normalised text, Chinese characters, word lists. */
import { type NameWordsAppliesTo, type NameWordsRow, REQUIRED_NAME_FORMS, rowInForce } from '../data/name-words';
import { present } from '../define';
import type { RuleContext } from '../types';

/** NFKC (full-width letters and digits → half-width), trimmed. */
export function normaliseName(value: string): string {
  return value.normalize('NFKC').trim();
}

const HAN = /\p{Script=Han}/gu;

/** Number of Chinese (Han) characters. */
export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** Words of `words` that `text` contains, in list order (ASCII compared case-insensitively). */
export function wordsIn(text: string, words: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return words.filter((w) => lower.includes(w.toLowerCase()));
}

export interface NamedWebsite {
  /** `websites[0].name` */
  path: string;
  index: number;
  /** Normalised name. */
  name: string;
  /** As typed. */
  raw: string;
}

/** Every website with a non-blank name. */
export function websiteNames(ctx: RuleContext): NamedWebsite[] {
  const out: NamedWebsite[] = [];
  ctx.draft.websites?.forEach((w, index) => {
    const raw = present(w.name);
    if (!raw) return;
    out.push({ path: `websites[${index}].name`, index, name: normaliseName(raw), raw });
  });
  return out;
}

/** Whether a row meant for `appliesTo` applies to the subject (an `all` row applies before the nature is known). */
export function appliesToSubject(appliesTo: NameWordsAppliesTo, ctx: RuleContext): boolean {
  if (appliesTo === 'all') return true;
  return appliesTo === 'individual' ? ctx.individual === true : ctx.individual === false;
}

/** The rows of a list in force on the filing date that apply to the subject. */
export function rowsFor(rows: readonly NameWordsRow[], ctx: RuleContext): NameWordsRow[] {
  return rows.filter((r) => rowInForce(r, ctx.date) && appliesToSubject(r.appliesTo, ctx));
}

/**
 * The part of a name the word lists judge: the whole name, or — when the province requires a fixed
 * form on the filing date (江苏 2017: 「xx的个人博客」) and the name has it — only the applicant's own part.
 */
export function namePartForWordLists(ctx: RuleContext, name: string): string {
  for (const form of REQUIRED_NAME_FORMS) {
    if (form.provinceCode !== ctx.provinceCode || !rowInForce(form, ctx.date) || !appliesToSubject(form.appliesTo, ctx))
      continue;
    const m = form.pattern.exec(name);
    if (m) return m.groups?.free ?? '';
  }
  return name;
}

export interface WordHit {
  word: string;
  row: NameWordsRow;
}

/** First-found words of the rows in a name (one hit per word, the first row that lists it). */
export function wordHits(text: string, rows: readonly NameWordsRow[]): WordHit[] {
  const seen = new Set<string>();
  const hits: WordHit[] = [];
  for (const row of rows) {
    for (const word of wordsIn(text, row.words)) {
      if (seen.has(word)) continue;
      seen.add(word);
      hits.push({ word, row });
    }
  }
  // A longer listed word that contains a shorter one (个人空间 ⊃ 空间) is reported once, as the longer word.
  return hits.filter((h) => !hits.some((o) => o !== h && o.word.length > h.word.length && o.word.includes(h.word)));
}

/** `「a」、「b」` / `"a", "b"` for messages. */
export function quoteWords(words: readonly string[]): { zh: string; en: string } {
  return { zh: words.map((w) => `「${w}」`).join('、'), en: words.map((w) => `"${w}"`).join(', ') };
}
