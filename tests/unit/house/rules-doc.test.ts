import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definingFile, readSharedSources, ruleFiles } from '../../../scripts/rules-doc/locate';
import { rulesMarkdown } from '../../../scripts/rules-doc/render';
import { timelineEntries, timelineMarkdown } from '../../../scripts/rules-doc/timeline';
import { listRules } from '../../../shared/rules/engine';

const rules = listRules();
const sources = readSharedSources();

describe('where is rule X', () => {
  it('every rule has one defining file, and that file writes its id (a format rule: its format id)', () => {
    const files = ruleFiles(
      rules.map((r) => r.id),
      sources,
    );
    const unfindable = rules.filter((r) => {
      const text = sources.find((s) => s.path === files[r.id])?.text ?? '';
      return !text.includes(`'${r.id}'`) && !text.includes(`'${r.id.slice(0, r.id.lastIndexOf('.'))}'`);
    });
    expect(unfindable.map((r) => `${r.id} → ${files[r.id]}`)).toEqual([]);
  });

  it('finds a rule a newcomer asks about in the file that defines it', () => {
    expect(definingFile('zj.residence-proof', sources)).toBe('shared/rules/provinces/33-zhejiang.ts');
    expect(definingFile('id-number.checksum', sources)).toBe('shared/formats/id-number.ts');
    expect(definingFile('app-domain.bad-punycode', sources)).toBe('shared/rules/apps/format-rules.ts');
    expect(() => definingFile('xx.no-such-rule', sources)).toThrow(/no source file/);
  });

  it('docs/rules.md is current (regenerate with `npm run docs:rules`)', () => {
    const expected = rulesMarkdown(
      rules,
      ruleFiles(
        rules.map((r) => r.id),
        sources,
      ),
    );
    expect(readFileSync('docs/rules.md', 'utf8') === expected, 'docs/rules.md is stale: run npm run docs:rules').toBe(
      true,
    );
  });

  it('docs/rules-timeline.md is current, and lists the changes an applicant of today meets', () => {
    expect(
      readFileSync('docs/rules-timeline.md', 'utf8') === timelineMarkdown(rules),
      'docs/rules-timeline.md is stale: run npm run docs:rules',
    ).toBe(true);
    const entries = timelineEntries(rules);
    const days = entries.map((e) => e.date);
    expect([...days].sort()).toEqual(days);
    // The SMS pilot batches, the nationwide check, face verification, one domain per website.
    for (const day of [
      '2017-12-18',
      '2018-09-10',
      '2018-09-24',
      '2019-04-01',
      '2019-04-22',
      '2020-08-17',
      '2024-07-01',
    ])
      expect(days, day).toContain(day);
    // Every change names a source a person can follow: a title and a publisher, never a research key.
    const unsourced = entries.filter((e) => !e.citations.length || e.citations.some((c) => !c.title || !c.publisher));
    expect(unsourced.map((e) => `${e.date} ${e.row}`)).toEqual([]);
  });
});
