import type { SimState } from './schema';

/**
 * Seeded PRNG kept in the state (mulberry32), so codes, filing numbers and service numbers are the
 * same on every run of a scenario (issue 5: repeatable codes). Never Math.random.
 */
export function nextRandom(state: SimState): number {
  state.rng = (state.rng + 0x6d2b79f5) | 0;
  let t = state.rng;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function randomInt(state: SimState, maxExclusive: number): number {
  return Math.floor(nextRandom(state) * maxExclusive);
}

export function randomDigits(state: SimState, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(randomInt(state, 10));
  return s;
}

/** Characters that cannot be mistaken for one another on a picture (no 0/O, 1/I/L). */
export const UNAMBIGUOUS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function randomChars(state: SimState, n: number, alphabet = UNAMBIGUOUS): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[randomInt(state, alphabet.length)];
  return s;
}

/** Sequential readable ids: `O-0001`, `U-0003`. */
export function nextId(state: SimState, prefix: string): string {
  const n = (state.counters[prefix] ?? 0) + 1;
  state.counters[prefix] = n;
  return `${prefix}-${String(n).padStart(4, '0')}`;
}
