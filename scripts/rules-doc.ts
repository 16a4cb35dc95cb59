// `npm run docs:rules`: writes docs/rules.md from the rules and docs/rules-timeline.md from the dated rows
// (tests/unit/house/rules-doc.test.ts fails while either is stale).
import { writeFileSync } from 'node:fs';
import { listRules } from '../shared/rules/engine';
import { readSharedSources, ruleFiles } from './rules-doc/locate';
import { rulesMarkdown } from './rules-doc/render';
import { timelineEntries, timelineMarkdown } from './rules-doc/timeline';

export const RULES_DOC = 'docs/rules.md';
export const TIMELINE_DOC = 'docs/rules-timeline.md';

const rules = listRules();
writeFileSync(
  RULES_DOC,
  rulesMarkdown(
    rules,
    ruleFiles(
      rules.map((r) => r.id),
      readSharedSources(),
    ),
  ),
);
process.stdout.write(`${RULES_DOC}: ${rules.length} rules\n`);
writeFileSync(TIMELINE_DOC, timelineMarkdown(rules));
process.stdout.write(`${TIMELINE_DOC}: ${timelineEntries(rules).length} dated changes\n`);
