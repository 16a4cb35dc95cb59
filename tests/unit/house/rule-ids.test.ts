import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NATIONAL_PACK } from '../../../shared/rules/national';
import { PROVINCE_PACKS } from '../../../shared/rules/provinces';

// Rule ids are a contract: the panel, overrides and users' saved settings name rules by id. This list
// (one id a line, sorted) is the snapshot: a renamed or removed id fails here. A new rule adds its id
// (`UPDATE_RULE_IDS=1 npx vitest run tests/unit/house/rule-ids.test.ts` rewrites the file).

const LIST = 'tests/unit/house/rule-ids.txt';

const ids = [...NATIONAL_PACK.rules, ...PROVINCE_PACKS.flatMap((p) => p.rules)].map((r) => r.id);
const current = [...new Set(ids)].sort();

if (process.env.UPDATE_RULE_IDS === '1') writeFileSync(LIST, `${current.join('\n')}\n`);
const snapshot = readFileSync(LIST, 'utf8').split('\n').filter(Boolean);

describe('rule ids', () => {
  it('no rule id was renamed or removed', () => {
    expect(snapshot.filter((id) => !current.includes(id))).toEqual([]);
  });

  it('every rule id is in the snapshot list (a new rule adds its id there)', () => {
    expect(current.filter((id) => !snapshot.includes(id))).toEqual([]);
  });

  it('no two rules share an id', () => {
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
