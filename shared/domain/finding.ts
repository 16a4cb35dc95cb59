import type { Bilingual } from './bilingual';

/**
 * error: the filing site or the bureau would reject it.
 * warning: likely rejection, or a rule that depends on facts the form cannot show.
 * info: worth knowing; nothing to fix.  (design §4)
 */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One problem found at one field. The shape of design §4's CLI output, plus `fix` and `sourceUrl`. */
export interface Finding {
  /** Field key path, e.g. `subject.idNumber`, `websites[0].domains[1]` (design §3). */
  field: string;
  /** Rule id, e.g. `id-number.checksum`. */
  rule: string;
  severity: Severity;
  /** What is wrong. */
  message: Bilingual;
  /** How to fix it. */
  fix?: Bilingual;
  /** What the rule is based on: `spec §4.1; GB 11643-1999`. */
  source: string;
  /** A public page for the "why" link, when one exists. */
  sourceUrl?: string;
  /** A normalised value the applicant could use instead (e.g. upper-case X, half-width digits). */
  suggestion?: string;
}
