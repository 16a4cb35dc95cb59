import type { Bilingual } from '../domain/bilingual';
import type { FilingDraft } from '../domain/draft';
import type { FilingType } from '../domain/filing-types';
import type { Attestation, Citation, Severity } from '../domain/finding';

/** Everything a rule may read. Built once per check by the engine. */
export interface RuleContext {
  draft: FilingDraft;
  /** Filing date, `YYYY-MM-DD`. */
  date: string;
  /** GB/T 2260 two-digit code of the subject's province (`33` for 浙江省), when known. */
  provinceCode?: string;
  filingType?: FilingType;
  /** true: 主办单位性质 个人; false: an organisation; undefined: not shown yet. */
  individual?: boolean;
  /**
   * `complete`: a whole draft (CLI, simulator): a field missing from a section that is present counts
   * as blank. `page`: what one page shows (extension): only fields shown blank count.
   */
  mode: 'complete' | 'page';
  /** Per-check cache shared by rules (e.g. one format run per field, whatever number of rules read it). */
  memo: Map<string, unknown>;
}

/** One place a rule fires. Messages default to the rule's own, filled with `params`. */
export interface RuleHit {
  /** Concrete field path, e.g. `websites[0].domains[1]`. */
  field: string;
  params?: Record<string, string | number>;
  severity?: Severity;
  message?: Bilingual;
  fix?: Bilingual;
  suggestion?: string;
}

/**
 * A draft that shows the rule at work (axe-core's fixture idea): `fires` examples must raise the rule,
 * `passes` examples must not. One test (`tests/unit/rules/examples.test.ts`) runs every rule's examples.
 */
export interface RuleExample {
  /** A partial draft: checked in `page` mode (fields it leaves out are not blank) unless `mode` says so. */
  draft: FilingDraft;
  /** Filing date; default `exampleDate(rule.effective)` (define.ts): its first day, else its last, else 2026-12-07. */
  date?: string;
  mode?: 'complete' | 'page';
  /** For `fires`: the concrete field path the finding must mark (`websites[0].domains[1]`). */
  field?: string;
  /** One line saying what the example shows. */
  note?: string;
}

export interface Rule {
  /** Stable id: `id-number.checksum`, `zj.individual-service-content`. Never renamed. */
  id: string;
  /** Catalogue key patterns the rule reads and marks (`websites[].name`). Drives incremental checks. */
  fields: string[];
  severity: Severity;
  /** What is wrong (`{param}` placeholders). */
  message: Bilingual;
  /** How to fix it. */
  fix: Bilingual;
  /**
   * Citation text for authors (`spec §4.1; GB 11643-1999`, `TC19 浙江 个人 #7`): resolved once into
   * `Citation` records by data/references.ts. Users only ever see the records (`ruleSources`).
   */
  source: string;
  /** Citations given as records directly (otherwise resolved from `source`). */
  sources?: Citation[];
  /** Restatements without a start date (otherwise derived from the cited provider pages). */
  attested?: Attestation[];
  /** Legacy link; the first citation's own link is preferred. */
  sourceUrl?: string;
  /**
   * Dates the rule is in force, inclusive `from`, exclusive `until`, `YYYY-MM-DD`: only days a
   * regulation or notice gives (or the day a later source replaced the rule). A rule only restated by a
   * provider page has no `from`; its page's date goes to `attested`.
   */
  effective: { from?: string; until?: string };
  /** Where sources disagree: what each says (shown beside the rule). */
  disagreement?: Bilingual;
  /** Only for these filing types (undefined: all). */
  filingTypes?: readonly FilingType[];
  /** Only for individuals or only for organisations (undefined: both). */
  nature?: 'individual' | 'organisation';
  /** Drafts on which the rule fires and drafts on which it stays silent. */
  examples?: { fires: RuleExample[]; passes: RuleExample[] };
  check(ctx: RuleContext): RuleHit[];
}

/** The rules of one provincial-level division, added to the national pack for its filings. */
export interface ProvincePack {
  /** GB/T 2260 two-digit code, `33`. */
  code: string;
  /** Full name as the region select shows it, `浙江省`. */
  name: string;
  /** One-character abbreviation used in filing numbers, `浙`. */
  short: string;
  /** Short id used as rule-id prefix, `zj`. */
  id: string;
  rules: Rule[];
}

export interface RulePack {
  id: string;
  name: Bilingual;
  rules: Rule[];
}
