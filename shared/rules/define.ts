import type { FilingDraft, Principal, Website } from '../domain/draft';
import type { Rule, RuleContext, RuleHit } from './types';

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

/** Normalise a name for comparison: NFKC (full-width → half-width), no spaces, no middle dots. */
export function comparableName(name: string): string {
  return name.normalize('NFKC').replace(/[\s·•．.]/g, '');
}
