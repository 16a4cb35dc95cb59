import type { Bilingual } from '../domain/bilingual';
import type { Severity } from '../domain/finding';

/**
 * A field format (ID number, credit code, mobile …): a pure function of a string that never throws,
 * plus the catalogue of everything it can say about a value. The rules core turns each issue into a
 * finding with rule id `<format id>.<issue code>` (e.g. `id-number.checksum`), so every issue a format
 * can raise is listable (`check --list-rules`) and has one test.
 */
export interface FormatIssueSpec {
  severity: Severity;
  /** What is wrong; may use `{param}` placeholders filled from the issue's params. */
  message: Bilingual;
  /** How to fix it; placeholders as above. */
  fix: Bilingual;
  /** Overrides the format's source for this issue. */
  source?: string;
  sourceUrl?: string;
  /**
   * Values that raise this issue (axe-core's fixture idea). The issue's rule (`<format id>.<code>`)
   * carries them as drafts, and `tests/unit/rules/examples.test.ts` checks each one raises it.
   */
  fires?: readonly FormatExample[];
  /** Near misses that must not raise this issue; the format's `valid` values are always added. */
  passes?: readonly FormatExample[];
}

/** A value shown to a format, with the filing date when the issue depends on it. */
export type FormatExample = string | { value: string; today?: string; note?: string };

export interface FormatIssue {
  code: string;
  params?: Record<string, string | number>;
}

export interface FormatResult<D = Record<string, unknown>> {
  /** true when no issue of severity `error` was raised. */
  valid: boolean;
  /** The value after harmless normalisation (trim, NFKC full-width → half-width, lower-case x → X …). */
  normalized: string;
  issues: FormatIssue[];
  /** Facts read from the value, e.g. `{ birthDate, provinceCode, sex }` for an ID number. */
  details?: D;
}

export interface FormatOptions {
  /** The filing date `YYYY-MM-DD` ("not in the future" is judged against it). */
  today?: string;
}

export interface Format<D = Record<string, unknown>> {
  id: string;
  name: Bilingual;
  /** e.g. `GB 11643-1999; spec §4.1`. */
  source: string;
  sourceUrl?: string;
  issues: Record<string, FormatIssueSpec>;
  /** Well-formed values that raise no issue at all: every issue's rule passes on them. */
  valid?: readonly FormatExample[];
  check(value: string, options?: FormatOptions): FormatResult<D>;
}

export function defineFormat<D = Record<string, unknown>>(format: Format<D>): Format<D> {
  return format;
}

/** Helper for format implementations: result with `valid` derived from the issue severities. */
export function formatResult<D>(
  format: Pick<Format<D>, 'issues'>,
  normalized: string,
  issues: FormatIssue[],
  details?: D,
): FormatResult<D> {
  const valid = issues.every((i) => format.issues[i.code]?.severity !== 'error');
  return details === undefined ? { valid, normalized, issues } : { valid, normalized, issues, details };
}
