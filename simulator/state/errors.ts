import type { Bilingual } from '../../shared/domain/bilingual';
import type { Finding } from '../../shared/domain/finding';

export type ErrorCode =
  | 'invalid-json'
  | 'not-found'
  | 'wrong-status'
  | 'order-in-progress'
  | 'too-large'
  | 'validation'
  | 'refused'
  | 'fault'
  | 'forbidden'
  | 'wrong-host'
  | 'conflict'
  | 'internal';

/**
 * A refusal with an HTTP status, thrown from the state transitions and turned into
 * `{error:{code, message, text, fields}}` by the handlers. Throwing inside a store transaction
 * discards every change the transaction made (issue 5 item 7: bad input changes nothing).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly text: Bilingual,
    readonly fields?: Record<string, Finding[]>,
  ) {
    super(`${text.zh} / ${text.en}`);
  }

  toJSON() {
    return {
      error: {
        code: this.code,
        message: this.message,
        text: this.text,
        ...(this.fields ? { fields: this.fields } : {}),
      },
    };
  }
}

/** One finding at a field for a request-level problem (not from the rules core). */
export function fieldFinding(
  field: string,
  rule: string,
  message: Bilingual,
  fix?: Bilingual,
  source = 'simulator',
): Finding {
  return { field, rule, severity: 'error', message, ...(fix ? { fix } : {}), source };
}

export function refused(
  field: string | undefined,
  rule: string,
  message: Bilingual,
  fix?: Bilingual,
  source?: string,
): ApiError {
  return new ApiError(
    422,
    'refused',
    message,
    field ? { [field]: [fieldFinding(field, rule, message, fix, source)] } : undefined,
  );
}

export function notFound(what: Bilingual): ApiError {
  return new ApiError(404, 'not-found', what);
}

export const CHECK_FIELDS: Bilingual = { zh: '请检查标红的字段', en: 'Check the fields marked in red' };

export function validationError(fields: Record<string, Finding[]>, text: Bilingual = CHECK_FIELDS): ApiError {
  return new ApiError(422, 'validation', text, fields);
}

/** Add a finding to a per-field map. */
export function addFinding(map: Record<string, Finding[]>, field: string, finding: Finding): void {
  const list = map[field];
  if (list) list.push(finding);
  else map[field] = [finding];
}
