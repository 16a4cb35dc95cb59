/**
 * The player's life across page loads: its state in sessionStorage, mirrored on <html> for tests and
 * scripts, the `?tour=` link that starts a tour, and the one language it publishes.
 */
import { findTour } from '../../tours/index';
import { type Lang, parseStartRequest, type Speed, START_KEYS, worldOfPath } from '../../tours/runtime';
import type { Tour } from '../../tours/schema';
import type { PlayerState } from './types';

const STORAGE_KEY = 'icp-tour-player';

export interface StartOptions {
  autoplay?: boolean;
  speed?: Speed;
  lang?: Lang;
  presenter?: boolean;
  /** Open this step (0-based) after the start. */
  at?: number;
  /**
   * Run in this world and replace its state (the legacy `reset=1` path, confirmed first). Default:
   * the tour's own world `tour-<id>`, created or reused, so nobody's work is replaced.
   */
  world?: string;
}

/**
 * One language for the player, the simulator's pages and the extension (issue 16): the player's
 * choice is published on <html> as `data-icp-lang` (zh / en) and as an `icp-language` window event
 * (`detail.lang`). Pages with their own zh/en and the extension's hints can follow it. `lang` itself
 * stays as the page sets it: the simulator's pages are Chinese whatever the player speaks.
 */
export function applyLanguage(lang: Lang): void {
  const html = document.documentElement;
  if (html.getAttribute('data-icp-lang') === lang) return;
  html.setAttribute('data-icp-lang', lang);
  window.dispatchEvent(new CustomEvent('icp-language', { detail: { lang } }));
}

export function saveState(state: PlayerState | null): void {
  try {
    if (state) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or blocked: the tour still runs on this page.
  }
}

/** The tour in progress in this tab, if any (and still a known tour). */
export function loadState(): PlayerState | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as PlayerState;
    return s.v === 1 && findTour(s.tourId) ? s : null;
  } catch {
    return null;
  }
}

export function mirrorState(s: PlayerState | null, tour: Tour | undefined): void {
  const html = document.documentElement;
  if (s) applyLanguage(s.lang);
  const set = (k: string, v: string | undefined) =>
    v === undefined ? html.removeAttribute(k) : html.setAttribute(k, v);
  set('data-tour', s?.tourId);
  set('data-tour-step', s ? String(Math.min(s.index + 1, tour?.steps.length ?? s.index + 1)) : undefined);
  set('data-tour-step-id', s ? tour?.steps[s.index]?.id : undefined);
  set('data-tour-total', s && tour ? String(tour.steps.length) : undefined);
  set('data-tour-world', s?.world);
  set('data-tour-phase', s ? (s.replayTo !== null ? 'replaying' : s.phase) : undefined);
  set('data-tour-status', s ? (s.phase === 'done' ? 'done' : s.phase === 'failed' ? 'failed' : 'running') : undefined);
  set('data-tour-error', s?.error);
  (window as unknown as { __tourResults?: unknown }).__tourResults = s?.results ?? [];
}

/**
 * The tour a `?tour=` link asks for (its options are removed from the address bar). Without
 * `reset=1` it runs in its own world at once; with it, in this page's world, which is replaced only
 * after the presenter confirms (`ask`).
 */
export function takeStartLink(
  current: PlayerState | null,
): { tourId: string; opts: StartOptions; ask: boolean } | undefined {
  const req = parseStartRequest(location.search);
  if (!req) return undefined;
  const url = new URL(location.href);
  for (const k of START_KEYS) url.searchParams.delete(k);
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  if (!findTour(req.tour)) return undefined;
  const opts: StartOptions = {
    autoplay: req.autoplay !== undefined,
    speed: req.autoplay ?? req.speed ?? current?.speed ?? 'normal',
    lang: req.lang ?? current?.lang ?? 'zh',
    presenter: req.presenter ?? false,
    at: req.step ?? 0,
  };
  if (req.reset) return { tourId: req.tour, opts: { ...opts, world: worldOfPath(location.pathname) }, ask: true };
  return { tourId: req.tour, opts, ask: false };
}
