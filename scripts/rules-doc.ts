// `npm run docs:rules`: writes docs/rules.md from the rules (tests/unit/house/rules-doc.test.ts fails while it is stale).
import { writeFileSync } from 'node:fs';
import { listRules } from '../shared/rules/engine';
import { readSharedSources, ruleFiles } from './rules-doc/locate';
import { rulesMarkdown } from './rules-doc/render';

export const RULES_DOC = 'docs/rules.md';

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
