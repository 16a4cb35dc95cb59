/**
 * A plain validator for the benchmark's rules-core comparison (issue 17 §3): over the same drafts,
 * every string value is checked against one regular expression chosen by its key (mobile, ID
 * number, e-mail, domain, landline), and everything else only for being non-empty. No dates, no
 * provinces, no filing types, no messages: what a hand-written form check would cost. The rules
 * core's drafts/s are printed beside this one's.
 */
const PATTERNS: [key: RegExp, value: RegExp][] = [
  [/mobile|phone/i, /^1\d{10}$/],
  [/idnumber/i, /^\d{17}[\dX]$/],
  [/email/i, /^[^\s@]+@[^\s@]+\.[^\s@]+$/],
  [/domain/i, /^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,63}$/i],
  [/landline/i, /^\d{3,4}-\d{7,8}$/],
];

/** Number of values that fail their pattern (or are empty) in `value`, walked depth first. */
export function plainValidate(value: unknown, key = ''): number {
  if (typeof value === 'string') {
    if (value.trim() === '') return 1;
    const pattern = PATTERNS.find(([k]) => k.test(key))?.[1];
    return pattern && !pattern.test(value) ? 1 : 0;
  }
  if (Array.isArray(value)) {
    let n = 0;
    for (const v of value) n += plainValidate(v, key);
    return n;
  }
  if (value && typeof value === 'object') {
    let n = 0;
    for (const [k, v] of Object.entries(value)) n += plainValidate(v, k);
    return n;
  }
  return 0;
}
