import { fillBilingual } from '../domain/bilingual';
import type { FilingDraft } from '../domain/draft';
import { FIELD_CATALOGUE, fieldPattern } from '../domain/fields';
import { type Attestation, type Citation, type Finding, formatCitations, SEVERITY_RANK } from '../domain/finding';
import { planFiling } from '../process/plan';
import type { FilingPlan } from '../process/types';
import { provinceById, provinceByName } from '../regions';
import { citationsOf } from './data/references';

export { readableSource } from './data/references';

import { NATIONAL_PACK } from './national';
import { PROVINCE_PACKS } from './provinces';
import type { ProvincePack, Rule, RuleContext } from './types';

export interface CheckOptions {
  /** Filing date `YYYY-MM-DD`; overrides `draft.date`; default today (China time). */
  date?: string;
  /** Province override by GB/T 2260 code (`33`) … */
  provinceCode?: string;
  /** … or by name (`浙江省`, `浙江`, `浙`). Default: `draft.subject.province`. */
  province?: string;
  /** Concrete field paths that changed: only rules reading one of them run (incremental checks). */
  fields?: string[];
  /** `complete` (default): a whole draft; `page`: only what one page shows (missing ≠ blank). */
  mode?: 'complete' | 'page';
}

/** What `checkDraft` gives: the findings only (the plan is a separate call, `checkAndPlan`/`planFor`). */
export interface CheckResult {
  findings: Finding[];
  /** Ids of the rules that ran: with `fields`, a caller replaces exactly these rules' earlier findings. */
  rules: string[];
  /** The province and date the rules were taken for, so a UI can say which rules applied. */
  provinceCode?: string;
  date: string;
}

/** `checkAndPlan`: the findings and the filing plan for the same province and date. */
export interface CheckAndPlanResult extends CheckResult {
  plan: FilingPlan;
}

/** Today in China time (UTC+8), `YYYY-MM-DD`. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A province pack by code, full name, short name (`浙江`) or filing-number abbreviation (`浙`). */
export function findProvincePack(nameOrCode: string | undefined): ProvincePack | undefined {
  if (!nameOrCode?.trim()) return undefined;
  const q = nameOrCode.normalize('NFKC').trim();
  const code = /^\d{2}/.test(q) ? q.slice(0, 2) : (provinceByName(q)?.code ?? provinceById(q.toLowerCase())?.code);
  return PROVINCE_PACKS.find((p) => p.code === code);
}

/** A rule's sources as people read them, resolved once per rule. */
export interface RuleSources {
  /** Formatted citations, `; ` between them (a finding's `source`). */
  text: string;
  /** The same in English punctuation. */
  textEn: string;
  citations: Citation[];
  attested: Attestation[];
  /** The first citation's own page. */
  url?: string;
  /** Citation text that matched no public document (the citation test fails on any). */
  unresolved: string[];
}

const RULE_SOURCES = new WeakMap<Rule, RuleSources>();

/** The readable sources of a rule (cached: the engine's hot path only reads them). */
export function ruleSources(rule: Rule): RuleSources {
  const cached = RULE_SOURCES.get(rule);
  if (cached) return cached;
  const resolved = rule.sources ? { citations: rule.sources, attested: [], unresolved: [] } : citationsOf(rule.source);
  const citations = resolved.citations;
  const attested = rule.attested ?? resolved.attested;
  const url = citations.find((c) => c.url)?.url;
  const out: RuleSources = {
    text: formatCitations(citations, 'zh'),
    textEn: formatCitations(citations, 'en'),
    citations,
    attested,
    unresolved: resolved.unresolved,
    ...(url ? { url } : {}),
  };
  RULE_SOURCES.set(rule, out);
  return out;
}

/** Whether a rule is in force on `date` (from inclusive, until exclusive). */
export function inForce(rule: Pick<Rule, 'effective'>, date: string): boolean {
  const { from, until } = rule.effective;
  return (from === undefined || from <= date) && (until === undefined || date < until);
}

/** The rules in force by `province|date`: every check of a filing asks for the same few (packs are constant). */
const RULES_IN_FORCE = new Map<string, readonly Rule[]>();

/** The cached list (the engine only reads it). */
function rulesInForce(provinceCode: string | undefined, date: string): readonly Rule[] {
  const key = `${provinceCode ?? ''}|${date}`;
  let rules = RULES_IN_FORCE.get(key);
  if (!rules) {
    const pack = PROVINCE_PACKS.find((p) => p.code === provinceCode);
    rules = [...NATIONAL_PACK.rules, ...(pack?.rules ?? [])].filter((r) => inForce(r, date));
    if (RULES_IN_FORCE.size >= 500) RULES_IN_FORCE.clear();
    RULES_IN_FORCE.set(key, rules);
  }
  return rules;
}

/** The rules in force for a province on a date: the national pack, then the province's own. */
export function rulesFor(provinceCode: string | undefined, date: string): Rule[] {
  return [...rulesInForce(provinceCode, date)];
}

export interface RuleInfo {
  id: string;
  pack: string;
  severity: Rule['severity'];
  fields: string[];
  message: Rule['message'];
  fix: Rule['fix'];
  /** Readable citations (zh punctuation). */
  source: string;
  sourceUrl?: string;
  citations: Citation[];
  effective: Rule['effective'];
  attested: Attestation[];
  disagreement?: Rule['disagreement'];
  filingTypes?: readonly string[];
  nature?: Rule['nature'];
}

/** Every rule (optionally only those in force for a province on a date), for `check --list-rules`. */
export function listRules(options: { province?: string; date?: string } = {}): RuleInfo[] {
  const packs: { id: string; rules: Rule[] }[] = [NATIONAL_PACK];
  if (options.province) {
    const pack = findProvincePack(options.province);
    if (!pack) throw new Error(`未知省份 / unknown province: ${options.province}`);
    packs.push(pack);
  } else {
    packs.push(...PROVINCE_PACKS);
  }
  const out: RuleInfo[] = [];
  for (const pack of packs) {
    for (const r of pack.rules) {
      if (options.date && !inForce(r, options.date)) continue;
      const src = ruleSources(r);
      out.push({
        id: r.id,
        pack: pack.id,
        severity: r.severity,
        fields: r.fields,
        message: r.message,
        fix: r.fix,
        source: src.text,
        ...(src.url ? { sourceUrl: src.url } : {}),
        citations: src.citations,
        effective: r.effective,
        attested: src.attested,
        ...(r.disagreement ? { disagreement: r.disagreement } : {}),
        ...(r.filingTypes ? { filingTypes: r.filingTypes } : {}),
        ...(r.nature ? { nature: r.nature } : {}),
      });
    }
  }
  return out;
}

const INDIVIDUAL_NATURES = new Set(['个人']);

/** 主办单位性质 → individual (true) or organisation (false); undefined when not given. */
export function isIndividual(nature: string | undefined): boolean | undefined {
  if (!nature?.trim()) return undefined;
  return INDIVIDUAL_NATURES.has(nature.trim());
}

const FIELD_ORDER = new Map(FIELD_CATALOGUE.map((f, i) => [f.key, i]));
const WEBSITE_INDEX = /^websites\[(\d+)\]/;

/** A field's place in the findings order: its website (-1: not in a website), then its catalogue order. */
interface FieldRank {
  website: number;
  order: number;
}

/** Field ranks by path (paths repeat across checks; bounded). */
const FIELD_RANKS = new Map<string, FieldRank>();

function fieldRank(path: string): FieldRank {
  let rank = FIELD_RANKS.get(path);
  if (!rank) {
    rank = {
      website: Number(WEBSITE_INDEX.exec(path)?.[1] ?? -1),
      order: FIELD_ORDER.get(fieldPattern(path)) ?? FIELD_CATALOGUE.length,
    };
    if (FIELD_RANKS.size >= 5000) FIELD_RANKS.clear();
    FIELD_RANKS.set(path, rank);
  }
  return rank;
}

const NATURAL = new Intl.Collator('en', { numeric: true });

/** Website block first (subject fields before websites), then catalogue order, then natural path order. */
function compareFields(a: string, b: string): number {
  if (a === b) return 0;
  const ra = fieldRank(a);
  const rb = fieldRank(b);
  return ra.website - rb.website || ra.order - rb.order || NATURAL.compare(a, b);
}

/**
 * Check a (partial) draft against the national and province rules in force on the filing date.
 * The one entry point the extension, the simulator and the CLI share. Findings only: the plan is
 * `checkAndPlan` (or `planFor` after a check), so that checks which do not show it do not pay for it.
 */
export function checkDraft(draft: FilingDraft, options: CheckOptions = {}): CheckResult {
  const date = options.date ?? draft.date ?? todayInChina();
  const provinceCode = options.provinceCode ?? findProvincePack(options.province ?? draft.subject?.province)?.code;
  const ctx: RuleContext = {
    draft,
    date,
    ...(provinceCode ? { provinceCode } : {}),
    ...(draft.filingType ? { filingType: draft.filingType } : {}),
    ...(isIndividual(draft.subject?.nature) !== undefined ? { individual: isIndividual(draft.subject?.nature) } : {}),
    mode: options.mode ?? 'complete',
    memo: new Map(),
  };
  const changed = options.fields ? new Set(options.fields.map(fieldPattern)) : undefined;
  const findings: Finding[] = [];
  const ran: string[] = [];
  for (const rule of rulesInForce(provinceCode, date)) {
    if (changed && !rule.fields.some((f) => changed.has(f))) continue;
    if (rule.filingTypes && ctx.filingType && !rule.filingTypes.includes(ctx.filingType)) continue;
    if (rule.nature === 'individual' && ctx.individual !== true) continue;
    if (rule.nature === 'organisation' && ctx.individual !== false) continue;
    ran.push(rule.id);
    let hits: ReturnType<Rule['check']>;
    try {
      hits = rule.check(ctx);
    } catch (e) {
      // A rule bug must never take the whole check (or the host page) down; it shows as an info finding.
      hits = [
        {
          field: rule.fields[0] ?? '',
          severity: 'info',
          message: { zh: `规则 ${rule.id} 出错`, en: `Rule ${rule.id} failed: ${String(e)}` },
        },
      ];
    }
    const src = ruleSources(rule);
    const dated = rule.effective.from !== undefined || rule.effective.until !== undefined;
    for (const hit of hits) {
      const finding: Finding = {
        field: hit.field,
        rule: rule.id,
        severity: hit.severity ?? rule.severity,
        message: hit.message ?? fillBilingual(rule.message, hit.params),
        fix: hit.fix ?? fillBilingual(rule.fix, hit.params),
        source: src.text,
        citations: src.citations,
      };
      if (src.url) finding.sourceUrl = src.url;
      if (dated) finding.effective = rule.effective;
      if (src.attested.length > 0) finding.attested = src.attested;
      if (hit.suggestion !== undefined) finding.suggestion = hit.suggestion;
      findings.push(finding);
    }
  }
  findings.sort(
    (a, b) =>
      compareFields(a.field, b.field) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  return { findings, rules: ran, date, ...(provinceCode ? { provinceCode } : {}) };
}

/** The filing plan (steps, SMS check, documents, deadlines) for the province and date a check used. */
export function planFor(draft: FilingDraft, used: Pick<CheckResult, 'date' | 'provinceCode'>): FilingPlan {
  return planFiling(draft, { date: used.date, ...(used.provinceCode ? { provinceCode: used.provinceCode } : {}) });
}

/**
 * `checkDraft` and the plan together (the CLI's JSON line, the panel). Callers that only need findings
 * (the simulator's submit checks, incremental checks in a loop) call `checkDraft` and skip the plan.
 */
export function checkAndPlan(draft: FilingDraft, options: CheckOptions = {}): CheckAndPlanResult {
  const result = checkDraft(draft, options);
  return { ...result, plan: planFor(draft, result) };
}
