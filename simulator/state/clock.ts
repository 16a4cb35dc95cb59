import { addWorkingDays, chinaDate } from '../../shared/process/working-days';
import type { SimState } from './schema';

/**
 * The simulated clock (issue 5 item 4). Frozen by default so runs are repeatable; when `running`, it
 * follows real time from the simulated time it was started at. Working days come from shared/process
 * (Monday–Friday, minus the State Council's holidays, plus its adjusted working days).
 */

const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * The range simulated time may take (issue 12 item 4): filings exist from 2000 on, and a clock set
 * to year 275760 must not make every answer fail. Requests outside it are refused; stored times
 * outside it are clamped.
 */
export const SIM_TIME_MIN = Date.UTC(2000, 0, 1) - CHINA_OFFSET_MS;
export const SIM_TIME_MAX = Date.UTC(2100, 0, 1) - CHINA_OFFSET_MS;
export const SIM_TIME_RANGE_TEXT = '2000-01-01 – 2100-01-01 (+08:00)';

export function inSimRange(ms: number): boolean {
  return Number.isFinite(ms) && ms >= SIM_TIME_MIN && ms <= SIM_TIME_MAX;
}

/** `ms` clamped into the simulated range (NaN → the range's start). */
export function clampSimTime(ms: number): number {
  if (Number.isNaN(ms)) return SIM_TIME_MIN;
  return Math.min(SIM_TIME_MAX, Math.max(SIM_TIME_MIN, ms));
}

/** ISO-8601 `2018-11-28T09:00:00+08:00`: simulated times are shown in China time. Never throws (clamps). */
export function formatChina(ms: number): string {
  const d = new Date(clampSimTime(ms) + CHINA_OFFSET_MS);
  return `${d.toISOString().slice(0, 19)}+08:00`;
}

export function parseInstant(text: string): number | undefined {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00+08:00`) : Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

const DURATION =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * An ISO-8601 duration (`PT24H`, `P3D`, `P1W`, `PT5M`, `P1DT2H`) in ms. Years and months count as
 * 365 and 30 days (the simulator advances a clock; calendar months do not matter here).
 */
export function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text.trim().toUpperCase());
  if (!m || text.trim().toUpperCase() === 'P' || text.trim().toUpperCase().endsWith('T')) return undefined;
  const [, y, mo, w, d, h, mi, s] = m.map((v) => (v === undefined ? 0 : Number(v)));
  const days = (y ?? 0) * 365 + (mo ?? 0) * 30 + (w ?? 0) * 7 + (d ?? 0);
  return Math.round(((days * 24 + (h ?? 0)) * 60 + (mi ?? 0)) * 60_000 + (s ?? 0) * 1000);
}

export type RealNow = () => number;

/** Simulated now in ms; when running, real time moves it (and the stored `now` follows). */
export function simNow(state: SimState, realNow: RealNow): number {
  if (state.clock.running) {
    const ms = clampSimTime(realNow() + state.clock.offsetMs);
    state.clock.now = formatChina(ms);
    return ms;
  }
  return clampSimTime(parseInstant(state.clock.now) ?? SIM_TIME_MIN);
}

export function setSimNow(state: SimState, ms: number, realNow: RealNow): void {
  state.clock.now = formatChina(ms);
  state.clock.offsetMs = ms - realNow();
}

export function setRunning(state: SimState, running: boolean, realNow: RealNow): void {
  const now = simNow(state, realNow);
  state.clock.running = running;
  setSimNow(state, now, realNow);
}

/** `YYYY-MM-DD` in China of a simulated instant: the filing date the rules use. */
export function simDate(ms: number): string {
  return chinaDate(new Date(ms));
}

/** The instant n working days after `ms` (spec §10 durations). */
export function plusWorkingDays(ms: number, n: number): number {
  return addWorkingDays(new Date(ms), n).getTime();
}
