import { readFileSync } from 'node:fs';
import type { FilingDraft } from '../../../shared/domain/draft';
import { type CheckOptions, checkDraft } from '../../../shared/rules/engine';

/** A complete, valid individual first filing in 浙江 on 2018-11-28 (tests/fixtures/drafts). */
export function goodDraft(): FilingDraft {
  return JSON.parse(readFileSync('tests/fixtures/drafts/zj-individual-good.json', 'utf8')) as FilingDraft;
}

/** A copy of the good draft changed by `edit`. */
export function draftWith(edit: (d: FilingDraft) => void): FilingDraft {
  const d = goodDraft();
  edit(d);
  return d;
}

export function rulesFired(draft: FilingDraft, options: CheckOptions = {}): string[] {
  return checkDraft(draft, options).findings.map((f) => f.rule);
}

export function findingsOf(draft: FilingDraft, rule: string, options: CheckOptions = {}) {
  return checkDraft(draft, options).findings.filter((f) => f.rule === rule);
}
