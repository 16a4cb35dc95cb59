import type { Bilingual } from './bilingual';
import type { Attestation, Citation } from './citation';

export type { Attestation, Citation } from './citation';
export { formatAttestation, formatCitation, formatCitations } from './citation';

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
  /**
   * What the rule is based on, as readable citations: `《备案流程》, 阿里云, 2018-11-28, §4.1; 《公民身份号码》…`
   * (design §4's contract field; `citations` has the same as records).
   */
  source: string;
  /** A public page for the "why" link, when one exists. */
  sourceUrl?: string;
  /** A normalised value the applicant could use instead (e.g. upper-case X, half-width digits). */
  suggestion?: string;
  /** The sources as records (title, publisher, date, link, section). */
  citations?: Citation[];
  /** When the rule is in force, where a regulation or notice gives the day (inclusive from, exclusive until). */
  effective?: { from?: string; until?: string };
  /** Provider pages that restate the rule without a start date. */
  attested?: Attestation[];
}
