// The 31 province packs (issue 3 §4): every file registered, codes and ids unique, every rule dated,
// sourced, on catalogue fields, bilingual, and tested.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_CATALOGUE } from '../../../shared/domain/fields';
import { PROVINCES } from '../../../shared/regions';
import { checkDraft, listRules, ruleSources, rulesFor } from '../../../shared/rules/engine';
import { factoryRecord } from '../../../shared/rules/factories';
import { NATIONAL_PACK } from '../../../shared/rules/national';
import { PROVINCE_PACKS } from '../../../shared/rules/provinces';
import type { ProvincePack } from '../../../shared/rules/types';
import { baseDraft } from './province-rules/harness';

const DIR = 'shared/rules/provinces';
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const allRules = PROVINCE_PACKS.flatMap((p) => p.rules.map((rule) => ({ pack: p, rule })));

describe('province packs', () => {
  it('every file in shared/rules/provinces exports one pack, registered in PROVINCE_PACKS (31)', async () => {
    expect(files).toHaveLength(31);
    for (const file of files) {
      const mod = (await import(`../../../${DIR}/${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
      const packs = Object.values(mod).filter(
        (v): v is ProvincePack => typeof v === 'object' && v !== null && 'rules' in v && 'code' in v,
      );
      expect(packs, file).toHaveLength(1);
      const pack = packs[0];
      expect(PROVINCE_PACKS.includes(pack as ProvincePack), `${file} is in PROVINCE_PACKS`).toBe(true);
      expect(file.startsWith(`${pack?.code}-`), `${file} is named after code ${pack?.code}`).toBe(true);
    }
    expect(PROVINCE_PACKS).toHaveLength(31);
  });

  it('pack codes, ids and abbreviations are unique and agree with the region data (GB/T 2260)', () => {
    for (const key of ['code', 'id', 'short', 'name'] as const)
      expect(new Set(PROVINCE_PACKS.map((p) => p[key])).size, key).toBe(31);
    for (const p of PROVINCE_PACKS) {
      const region = PROVINCES.find((r) => r.code === p.code);
      expect(region, p.code).toBeDefined();
      expect([p.name, p.short, p.id]).toEqual([region?.name, region?.short, region?.id]);
    }
  });

  it('rule ids are unique across all packs and the national pack, and start with their pack id', () => {
    const ids = [...NATIONAL_PACK.rules.map((r) => r.id), ...allRules.map(({ rule }) => rule.id)];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const { pack, rule } of allRules) expect(rule.id.startsWith(`${pack.id}.`), rule.id).toBe(true);
  });

  it('every rule has a dated source, effective dates, catalogue fields, and a bilingual message and fix', () => {
    const keys = new Set(FIELD_CATALOGUE.map((f) => f.key));
    for (const { rule } of allRules) {
      expect(rule.source, rule.id).toMatch(/(TC17|TC19|HW25|QC|TCFAQ) \((?:≈)?\d{4}/);
      // Provider restatements carry no start date (issue 10); only a replacing row (citeFrom) has one.
      if (rule.effective.from !== undefined) expect(rule.effective.from, rule.id).toMatch(ISO);
      expect(ruleSources(rule).attested.length, `${rule.id} is attested by its restating pages`).toBeGreaterThan(0);
      if (rule.effective.until) {
        expect(rule.effective.until, rule.id).toMatch(ISO);
        expect(rule.effective.until > (rule.effective.from ?? ''), rule.id).toBe(true);
      }
      expect(rule.fields.length, rule.id).toBeGreaterThan(0);
      for (const f of rule.fields) expect(keys.has(f), `${rule.id} reads unknown field ${f}`).toBe(true);
      for (const text of [rule.message.zh, rule.message.en, rule.fix.zh, rule.fix.en]) {
        expect(text.trim().length, rule.id).toBeGreaterThan(5);
        expect(text, rule.id).not.toMatch(/\{province(En)?\}/);
      }
      expect(['error', 'warning', 'info']).toContain(rule.severity);
    }
  });

  it('provider restatements are never errors (research: warnings labelled with their date)', () => {
    expect(allRules.filter(({ rule }) => rule.severity === 'error').map(({ rule }) => rule.id)).toEqual([]);
  });

  it('every rule has a test: factory rules in the per-factory tests, hand-written ones in custom.test.ts', () => {
    const custom = readFileSync('tests/unit/rules/province-rules/custom.test.ts', 'utf8');
    const testFiles = readdirSync('tests/unit/rules/province-rules').filter((f) => f.endsWith('.test.ts'));
    const texts = testFiles.map((f) => readFileSync(`tests/unit/rules/province-rules/${f}`, 'utf8')).join('\n');
    for (const { rule } of allRules) {
      const record = factoryRecord(rule);
      expect(record, `${rule.id} was made by a factory or customRule`).toBeDefined();
      if (record?.factory === 'custom')
        expect(custom.includes(`'${rule.id}'`), `${rule.id} has a test in custom.test.ts`).toBe(true);
      else expect(texts.includes(`testEveryRuleOf('${record?.factory}'`), `${record?.factory} has a test`).toBe(true);
    }
  });

  it('the rule set of every province on any date is computable and listable (check --list-rules)', () => {
    for (const p of PROVINCE_PACKS) {
      for (const date of ['2017-06-04', '2018-11-28', '2019-08-15', '2026-01-01']) {
        const listed = listRules({ province: p.name, date }).map((r) => r.id);
        const inForce = rulesFor(p.code, date).map((r) => r.id);
        expect(listed).toEqual(inForce);
      }
    }
  });

  it('a base draft in each province loads and checks without a rule failing', () => {
    for (const p of PROVINCE_PACKS)
      for (const nature of ['individual', 'organisation'] as const) {
        const findings = checkDraft(baseDraft(p, nature, '2026-01-01')).findings;
        expect(
          findings.filter((f) => f.message.zh.startsWith('规则 ')).map((f) => f.rule),
          `${p.name} ${nature}`,
        ).toEqual([]);
      }
  });

  it('a plain good draft raises no province warning except where that province wants something else', () => {
    // Each exception is a province asking for something the plain draft does differently.
    const expected = new Set([
      '2018-11-28 js individual js.website-name-form-2017', // 江苏 2017: 「xx的个人博客」 only
      '2018-11-28 gx individual gx.pledge-remark-2017', // 广西 2017 wording 「不含企业」
      '2018-11-28 tj organisation tj.website-principal-differs-2017', // 天津 2017: a website principal other than the subject's
      '2018-11-28 nx organisation nx.investor', // 宁夏: 企业 write the legal representative
      '2026-01-01 nx organisation nx.investor',
      '2026-01-01 hl individual hl.individual-service-content', // 黑龙江: 博客/个人空间 required
      '2018-11-28 hl individual hl.individual-service-content', // the same TC19 row: restated, so it held in 2018 too
    ]);
    const seen: string[] = [];
    for (const date of ['2018-11-28', '2026-01-01'])
      for (const p of PROVINCE_PACKS)
        for (const nature of ['individual', 'organisation'] as const) {
          const own = checkDraft(baseDraft(p, nature, date)).findings.filter(
            (f) => f.severity !== 'info' && f.rule.startsWith(`${p.id}.`),
          );
          for (const f of own) seen.push(`${date} ${p.id} ${nature} ${f.rule}`);
        }
    expect(seen.filter((s) => !expected.has(s))).toEqual([]);
    expect([...expected].filter((s) => !seen.includes(s))).toEqual([]);
  });

  it("TC17 rows that TC19 no longer states end on TC19's date (2019-08-15)", () => {
    for (const { rule } of allRules) {
      const onlyTc17 = rule.source.startsWith('TC17') && !rule.source.includes('TC19');
      if (onlyTc17) expect(rule.effective.until, rule.id).toBe('2019-08-15');
    }
  });
});
