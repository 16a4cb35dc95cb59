/** Constants, budgets and small helpers the bench's parts share (scripts/bench.ts, scripts/bench/*). */
import { CONTENT_SCRIPT_BUDGET_GZIP_BYTES } from './bundle';
import { filingPage } from './pages';
import { percentile } from './rehearsal';

export const SIZES = [20, 60, 200] as const;
export type Size = (typeof SIZES)[number];
export const QUIET_MS = 150;
export const MAX_SETTLE_MS = 6_000;
export const KEY_TIMEOUT_MS = 1_500;
/** Keys typed into one field before moving to the next (an even number: each pair toggles a finding on and off). */
export const KEYS_PER_FIELD = 20;

/** Issue 7 §1 budgets. */
/** Issue 17 §3: keydown → marker/hint on screen within one 60 Hz frame at p95 (quiet machine). */
export const BUDGET = {
  keystrokeP95Ms: 4,
  keystrokeWallP95Ms: 16,
  scan60Ms: 16,
  longTasks: 0,
  contentScriptGzipBytes: CONTENT_SCRIPT_BUDGET_GZIP_BYTES,
  /** Issue 17 item 4 (research §3.5): whole fixture drafts per second through checkDraft in Node. */
  rulesPerSecond: 10_000,
};

export const r2 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? null : Math.round(x * 100) / 100);
export const stats = (v: number[]) => ({
  p50_ms: r2(percentile(v, 50)),
  p95_ms: r2(percentile(v, 95)),
  max_ms: r2(v.length ? Math.max(...v) : Number.NaN),
});
export const median = (v: number[]) => percentile(v, 50);

/** The generated filing pages by size (bench/pages.ts). */
export const PAGES = new Map(SIZES.map((n) => [n, filingPage(n)]));
