import { type SimState, SimStateSchema, STATE_VERSION } from './schema';

/**
 * Upgrades of a saved or imported state, one per schema version (issue 12 item 2): a state file of
 * an older simulator still loads. Add a step here whenever `STATE_VERSION` goes up.
 */

type Raw = Record<string, unknown>;

const MIGRATIONS: Record<number, (state: Raw) => Raw> = {
  /** v1 → v2: the counters of items dropped by the per-world caps. */
  1: (state) => ({ ...state, version: 2, dropped: { sms: 0, pendingCodes: 0, history: 0 } }),
};

/** The state brought up to `STATE_VERSION` (unchanged when already there or not an object). */
export function migrateState(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let state = raw as Raw;
  for (let guard = 0; guard < 100 && typeof state.version === 'number' && state.version < STATE_VERSION; guard++) {
    const step = MIGRATIONS[state.version];
    if (!step) break;
    state = step(state);
  }
  return state;
}

export type ParsedState = { ok: true; state: SimState } | { ok: false; problem: string };

/** Migrate, then validate against the schema; the first problems as text when it does not fit. */
export function parseState(raw: unknown): ParsedState {
  const parsed = SimStateSchema.safeParse(migrateState(raw));
  if (parsed.success) return { ok: true, state: parsed.data };
  return {
    ok: false,
    problem: parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(state)'}: ${i.message}`)
      .join('; '),
  };
}
