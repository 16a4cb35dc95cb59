import type { FilingDraft, Principal, Website } from '../domain/draft';
import { setAt } from '../domain/paths';
import type { FormatExample } from '../formats/define';
import type { Rule, RuleContext, RuleExample, RuleHit } from './types';

/** Identity helper that gives rule modules their type (one rule per module, registered in a pack). */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** A trimmed non-empty string, or undefined. DOM strings arrive with spaces and as ''. */
export function present(value: string | undefined | null): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

export interface PrincipalRef {
  /** `subject.principal` or `websites[2].principal`. */
  path: string;
  role: 'subject-principal' | 'website-principal';
  principal: Principal;
  websiteIndex?: number;
}

/** The subject principal and every website principal that the draft has. */
export function principalsOf(draft: FilingDraft): PrincipalRef[] {
  const out: PrincipalRef[] = [];
  if (draft.subject?.principal)
    out.push({ path: 'subject.principal', role: 'subject-principal', principal: draft.subject.principal });
  draft.websites?.forEach((w, i) => {
    if (w.principal)
      out.push({
        path: `websites[${i}].principal`,
        role: 'website-principal',
        principal: w.principal,
        websiteIndex: i,
      });
  });
  return out;
}

/** Run `fn` for every website with its path prefix `websites[i]`, collecting hits. */
export function forEachWebsite(
  ctx: RuleContext,
  fn: (website: Website, prefix: string, index: number) => RuleHit[] | RuleHit | undefined,
): RuleHit[] {
  const out: RuleHit[] = [];
  ctx.draft.websites?.forEach((w, i) => {
    const r = fn(w, `websites[${i}]`, i);
    if (Array.isArray(r)) out.push(...r);
    else if (r) out.push(r);
  });
  return out;
}

/** Memoise a computation per check (e.g. one format run per field value). */
export function memo<T>(ctx: RuleContext, key: string, compute: () => T): T {
  const hit = ctx.memo.get(key);
  if (hit !== undefined || ctx.memo.has(key)) return hit as T;
  const v = compute();
  ctx.memo.set(key, v);
  return v;
}

/**
 * The filing date a rule's examples are checked on when they give none: the rule's first day, else the
 * day before it ended, else 2026-12-07. Factories build date-dependent examples (ages) on the same day.
 */
export function exampleDate(effective: { from?: string; until?: string }): string {
  if (effective.from) return effective.from;
  if (effective.until) {
    const d = new Date(`${effective.until}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  }
  return '2026-12-07';
}

/** Normalise a name for comparison: NFKC (full-width → half-width), no spaces, no middle dots. */
export function comparableName(name: string): string {
  return name.normalize('NFKC').replace(/[\s·•．.]/g, '');
}

/** Fields whose value is a list (a blank one is `[]`). */
const LIST_FIELDS = new Set(['domains', 'serviceContent', 'languages', 'preApproval', 'platforms']);

/** A copy of `scope` holding `value` at a catalogue pattern (`websites[].principal.mobile`), each `[]` as one element. */
export function draftAt(pattern: string, value: unknown, scope: FilingDraft): FilingDraft {
  const draft: FilingDraft = { ...scope, ...(scope.subject ? { subject: { ...scope.subject } } : {}) };
  return setAt(draft, pattern.replace(/\[\]/g, '[0]'), value);
}

/** A format example as a rule example: `value` put at `pattern` in a copy of `scope`. */
export function formatValueExample(
  example: FormatExample,
  pattern: string,
  scope: FilingDraft = {},
  field = false,
): RuleExample {
  const { value, today, note } =
    typeof example === 'string' ? { value: example, today: undefined, note: undefined } : example;
  const out: RuleExample = { draft: draftAt(pattern, value, scope), note: note ?? JSON.stringify(value) };
  if (today) out.date = today;
  if (field) out.field = pattern.replace(/\[\]/g, '[0]');
  return out;
}

/**
 * Examples of a required-field rule: the field shown blank fires (on the concrete path), filled passes.
 * `scope` adds what the rule needs to apply (filing type, nature).
 */
export function requiredFieldExamples(pattern: string, scope: FilingDraft = {}): NonNullable<Rule['examples']> {
  const leaf = pattern.slice(pattern.lastIndexOf('.') + 1);
  const list = LIST_FIELDS.has(leaf);
  return {
    fires: [
      {
        draft: draftAt(pattern, list ? [] : '', scope),
        field: pattern.replace(/\[\]/g, '[0]'),
        note: 'shown blank',
      },
    ],
    passes: [{ draft: draftAt(pattern, list ? ['其他'] : '张三', scope), note: 'filled in' }],
  };
}
