/** One naming rule over word lists of shared/rules/data/name-words.ts (one hit per website, naming every word found). */
import type { Bilingual } from '../../domain/bilingual';
import type { NameWordsRow } from '../data/name-words';
import { readableSource } from '../data/references';
import { defineRule } from '../define';
import type { Rule, RuleHit } from '../types';
import { namePartForWordLists, quoteWords, rowsFor, websiteNames, wordHits } from './name-text';

export interface WordListRuleSpec {
  id: string;
  rows: readonly NameWordsRow[];
  nature?: 'individual' | 'organisation';
  /** Placeholders: {name}, {words} / {wordsEn}, {listSource}. */
  message: Bilingual;
  fix: Bilingual;
  source: string;
  sourceUrl?: string;
  effective: Rule['effective'];
  examples?: Rule['examples'];
}

export function defineWordListRule(spec: WordListRuleSpec): Rule {
  return defineRule({
    id: spec.id,
    fields: ['websites[].name'],
    severity: 'warning',
    ...(spec.nature ? { nature: spec.nature } : {}),
    message: spec.message,
    fix: spec.fix,
    source: spec.source,
    ...(spec.sourceUrl ? { sourceUrl: spec.sourceUrl } : {}),
    effective: spec.effective,
    ...(spec.examples ? { examples: spec.examples } : {}),
    check(ctx) {
      const rows = rowsFor(spec.rows, ctx);
      if (rows.length === 0) return [];
      const hits: RuleHit[] = [];
      for (const site of websiteNames(ctx)) {
        const found = wordHits(namePartForWordLists(ctx, site.name), rows);
        if (found.length === 0) continue;
        const q = quoteWords(found.map((f) => f.word));
        const sources = [...new Set(found.map((f) => readableSource(f.row.source)))].join('; ');
        hits.push({ field: site.path, params: { name: site.raw, words: q.zh, wordsEn: q.en, listSource: sources } });
      }
      return hits;
    },
  });
}
