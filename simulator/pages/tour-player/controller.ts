/**
 * The tour player's state machine (issue 6 item 3). Steps execute for real in the page; the state
 * lives in sessionStorage so a tour continues across page loads (/beian/ → /phone/ → /bureau/).
 *
 * A step is "entered" (its action runs: a fill types, a wait waits, a review is decided), then
 * "shown" (the callout explains it) until "next". A click step is shown first and clicked on "next",
 * so the audience sees the button before it is pressed. A step with a mistake types the wrong value
 * first, waits for the extension's hint ("mistake" phase), and corrects it on "next".
 * Jumping to step n resets the tour's scenario and replays steps 0..n-1 quickly (mistakes skipped),
 * so the state of every step is reached deterministically.
 *
 * For tests and scripts the state is mirrored on `<html>`: data-tour, data-tour-step (1-based),
 * data-tour-step-id, data-tour-phase, data-tour-status (running|done|failed), data-tour-error; the
 * per-step results are `window.__tourResults`, and `window.__tourPlayer` drives the player.
 */

import type { Bilingual } from '../../../shared/domain/bilingual';
import type { Finding } from '../../../shared/domain/finding';
import { findTour } from '../../tours/index';
import { type FiledRecord, mistakeFinding, startsFromRecord } from '../../tours/mistake-message';
import {
  describeAnchor,
  getPath,
  type Lang,
  parseStartRequest,
  readingTimeMs,
  type Speed,
  START_KEYS,
  substitute,
  typingDelayMs,
} from '../../tours/runtime';
import type { Anchor, Condition, Step, Tour } from '../../tours/schema';
import {
  chooseOption,
  findAll,
  findOne,
  findOption,
  isDisabled,
  normText,
  pageText,
  revealElement,
  shownValue,
  typeValue,
  valueMatches,
} from './dom';
import { focusField, hintHosts, hintMessage } from './hints';
import { type Outcome, runStep, type StepHost } from './step-runners';

export type Phase = 'resetting' | 'entering' | 'mistake' | 'shown' | 'verify' | 'done' | 'failed';

export interface CheckResult {
  what: string;
  ok: boolean;
  detail?: string;
}

export interface MistakeResult {
  value: string;
  expectRule?: string;
  /** The extension's `data-icp-field` on the control while the mistake was shown. */
  field: string | null;
  /** The extension's `data-icp-rules` on the control while the mistake was shown. */
  rulesSeen: string;
  hintSeen: boolean;
  /** The hint was open (fix and source shown) while the mistake was on screen. */
  hintOpen?: boolean;
  /** The message line of the hint the extension drew for the rule. */
  hintText?: string;
  /** What the rule says about the wrong value (rules core), quoted on the card. */
  message?: Bilingual;
  /** The expected rule left the control after the correction (null: the extension is not there). */
  hintCleared: boolean | null;
  extensionPresent: boolean;
}

/** One measurement of the drawn card and list against the step's element and its hints. */
export interface LayoutMeasure {
  target: boolean;
  hint: boolean;
  /** How many extension hints for the field were drawn. */
  hints: number;
  presenter: boolean;
  viewport: string;
}

export interface StepResult {
  index: number;
  id: string;
  kind: Step['kind'];
  ok: boolean;
  checks: CheckResult[];
  mistake?: MistakeResult;
  /** Whether the card or the step list ever covered the step's element or the extension's hint for it. */
  overlap?: boolean;
  /** The drawn card measured against the element and its hints: how often, and what it covered where. */
  layout?: { measured: number; covered: string[]; hintsSeen: number };
  /** Executed quickly to reach a later step (jump), without its callout. */
  replayed: boolean;
  error?: string;
  ms: number;
}

export interface PlayerState {
  v: 1;
  tourId: string;
  index: number;
  phase: Phase;
  lang: Lang;
  autoplay: boolean;
  speed: Speed;
  presenter: boolean;
  listOpen: boolean;
  /** The card is minimised to the launcher (Esc); the tour keeps its place. */
  hidden: boolean;
  /** Replaying quickly until this step is reached. */
  replayTo: number | null;
  vars: Record<string, string>;
  results: (StepResult | null)[];
  error?: string;
  /** A fresh page load is due at the first goto after a reset. */
  fresh: boolean;
  /**
   * The simulator settings as they were before the tour changed them (captcha and the tour's own),
   * put back when the tour ends (done or stopped). Kept across restarts and jumps.
   */
  restore?: Record<string, unknown>;
  navAttempts: number;
}

const STORAGE_KEY = 'icp-tour-player';
const DEFAULT_TIMEOUT = 10_000;
const HINT_TIMEOUT = 4_000;
/** Without any extension marker on the page this long after typing, the extension is taken as absent. */
const EXTENSION_GRACE = 1_500;

class Cancelled extends Error {}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

async function simFetch(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  if (!res.ok) {
    const message = (json as { error?: { message?: string } } | null)?.error?.message ?? text;
    throw new Error(`${method} ${path} → ${res.status}: ${message}`);
  }
  return json;
}

type Listener = () => void;

export interface StartOptions {
  autoplay?: boolean;
  speed?: Speed;
  lang?: Lang;
  presenter?: boolean;
  /** Open this step (0-based) after the start. */
  at?: number;
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

export class TourController implements StepHost {
  state: PlayerState | null = null;
  tour: Tour | undefined;
  /** The element the current callout points at. */
  anchorEl: Element | null = null;
  /** A step is executing (buttons other than stop wait). */
  busy = false;
  private listeners = new Set<Listener>();
  private token = 0;
  private resolveNext: (() => void) | null = null;
  private rejectNext: ((e: Error) => void) | null = null;
  private autoTimer: ReturnType<typeof setTimeout> | undefined;
  private stepStarted = 0;

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  private emit(): void {
    this.persist();
    this.mirror();
    for (const l of this.listeners) l();
  }

  persist(): void {
    try {
      if (this.state) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(this.state));
      else sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage full or blocked: the tour still runs on this page.
    }
  }

  /** Mirror the state on <html> for tests and the handout script. */
  private mirror(): void {
    const html = document.documentElement;
    const s = this.state;
    if (s) applyLanguage(s.lang);
    const set = (k: string, v: string | undefined) =>
      v === undefined ? html.removeAttribute(k) : html.setAttribute(k, v);
    set('data-tour', s?.tourId);
    set('data-tour-step', s ? String(Math.min(s.index + 1, this.tour?.steps.length ?? s.index + 1)) : undefined);
    set('data-tour-step-id', s ? this.tour?.steps[s.index]?.id : undefined);
    set('data-tour-total', s && this.tour ? String(this.tour.steps.length) : undefined);
    set('data-tour-phase', s ? (s.replayTo !== null ? 'replaying' : s.phase) : undefined);
    set(
      'data-tour-status',
      s ? (s.phase === 'done' ? 'done' : s.phase === 'failed' ? 'failed' : 'running') : undefined,
    );
    set('data-tour-error', s?.error);
    (window as unknown as { __tourResults?: unknown }).__tourResults = s?.results ?? [];
  }

  /** On every page load: resume the tour in progress, or start the one the URL asks for. */
  init(): void {
    try {
      const raw = sessionStorage.getItem(STORAGE_KEY);
      if (raw) {
        const s = JSON.parse(raw) as PlayerState;
        if (s.v === 1 && findTour(s.tourId)) {
          this.state = s;
          this.tour = findTour(s.tourId);
        }
      }
    } catch {
      this.state = null;
    }
    const req = parseStartRequest(location.search);
    if (req) {
      const url = new URL(location.href);
      for (const k of START_KEYS) url.searchParams.delete(k);
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
      if (findTour(req.tour)) {
        const opts: StartOptions = {
          autoplay: req.autoplay !== undefined,
          speed: req.autoplay ?? req.speed ?? this.state?.speed ?? 'normal',
          lang: req.lang ?? this.state?.lang ?? 'zh',
          presenter: req.presenter ?? false,
          at: req.step ?? 0,
        };
        if (req.reset) {
          this.start(req.tour, opts);
          return;
        }
        // A link must not wipe the simulator by surprise: ask first (the tour in progress, if any, goes on meanwhile).
        this.requestStart(req.tour, opts);
      }
    }
    this.emit();
    if (this.state && this.state.phase !== 'done' && this.state.phase !== 'failed') {
      // A wait that was interrupted by the page load is simply done again.
      void this.drive(++this.token);
    }
  }

  /** A start waiting for the presenter's confirmation that the simulator's state may be replaced. */
  pendingStart: { tourId: string; opts: StartOptions } | null = null;

  /** Ask before replacing the state (the dialog calls confirmStart or cancelStart). */
  requestStart(tourId: string, opts: StartOptions = {}): void {
    if (!findTour(tourId)) return;
    this.pendingStart = { tourId, opts };
    this.emit();
  }

  confirmStart(): void {
    const pending = this.pendingStart;
    this.pendingStart = null;
    if (pending) this.start(pending.tourId, pending.opts);
    else this.emit();
  }

  cancelStart(): void {
    this.pendingStart = null;
    this.emit();
  }

  /** Start (or restart) a tour now: resets the simulator to its scenario. */
  start(tourId: string, opts: StartOptions = {}): void {
    const tour = findTour(tourId);
    if (!tour) return;
    this.pendingStart = null;
    this.tour = tour;
    const prev = this.state;
    this.state = {
      v: 1,
      tourId,
      index: 0,
      phase: 'resetting',
      lang: opts.lang ?? prev?.lang ?? 'zh',
      autoplay: opts.autoplay ?? false,
      speed: opts.speed ?? prev?.speed ?? 'normal',
      presenter: opts.presenter ?? prev?.presenter ?? false,
      listOpen: prev?.listOpen ?? false,
      hidden: false,
      replayTo: opts.at && opts.at > 0 ? Math.min(opts.at, tour.steps.length - 1) : null,
      vars: {},
      results: [],
      fresh: true,
      navAttempts: 0,
      // The settings from before the first tour of this run, whatever tours came between.
      ...(prev?.restore ? { restore: prev.restore } : {}),
    };
    this.cancelWait();
    this.emit();
    void this.drive(++this.token);
  }

  /** Reset the scenario and replay steps 0..n-1 quickly, then show step n. */
  jump(n: number): void {
    if (!this.state || !this.tour) return;
    const { tourId, lang, autoplay, speed, presenter } = this.state;
    // start() keeps the step list open or closed as it was.
    this.start(tourId, { autoplay, speed, lang, presenter, at: Math.max(0, Math.min(n, this.tour.steps.length - 1)) });
  }

  restart(): void {
    this.jump(0);
  }

  previous(): void {
    if (!this.state) return;
    const i = this.state.index;
    // From a mistake or a failed step, "previous" shows the same step from its start.
    this.jump(this.state.phase === 'mistake' || this.state.phase === 'failed' ? i : i - 1);
  }

  next(): void {
    if (this.resolveNext) {
      const r = this.resolveNext;
      this.resolveNext = null;
      this.rejectNext = null;
      clearTimeout(this.autoTimer);
      r();
    }
  }

  /** Whether "next" would do something now. */
  get canNext(): boolean {
    return this.resolveNext !== null;
  }

  stop(): void {
    this.token++;
    this.cancelWait();
    void this.restoreSettings();
    this.state = null;
    this.tour = undefined;
    this.anchorEl = null;
    this.emit();
  }

  update(patch: Partial<Pick<PlayerState, 'lang' | 'speed' | 'presenter' | 'listOpen' | 'hidden' | 'autoplay'>>): void {
    if (!this.state) return;
    const wasAuto = this.state.autoplay;
    Object.assign(this.state, patch);
    if (patch.hidden) this.state.autoplay = false;
    if (this.state.autoplay && (!wasAuto || patch.speed)) this.armAutoplay();
    if (!this.state.autoplay) clearTimeout(this.autoTimer);
    this.emit();
  }

  /** The UI reports where it drew the card; an overlap with the step's element is recorded. */
  reportLayout(index: number, m: LayoutMeasure): void {
    const r = this.state?.results[index];
    if (!r) return;
    r.layout ??= { measured: 0, covered: [], hintsSeen: 0 };
    const layout = r.layout;
    layout.measured += 1;
    layout.hintsSeen = Math.max(layout.hintsSeen, m.hints);
    const where = `${m.viewport}${m.presenter ? ' presenter' : ''}`;
    const covered = [...(m.target ? [`element ${where}`] : []), ...(m.hint ? [`hint ${where}`] : [])];
    for (const c of covered) if (!layout.covered.includes(c)) layout.covered.push(c);
    if (covered.length) r.overlap = true;
    // Persisted with the next emit; mirrored now so a test reading the results sees it.
    this.mirror();
  }

  /** The callout text for the current step and phase. */
  callout(): { text: string; mistake: boolean } | undefined {
    const s = this.state;
    const step = this.tour?.steps[s?.index ?? -1];
    if (!s || !step) return undefined;
    if (s.phase === 'mistake' && 'mistake' in step && step.mistake)
      return { text: step.mistake.callout[s.lang], mistake: true };
    return { text: step.callout[s.lang], mistake: false };
  }

  // ---- execution -------------------------------------------------------------------------

  check(token: number): void {
    if (token !== this.token) throw new Cancelled();
  }

  private cancelWait(): void {
    clearTimeout(this.autoTimer);
    const reject = this.rejectNext;
    this.resolveNext = null;
    this.rejectNext = null;
    reject?.(new Cancelled());
  }

  private armAutoplay(): void {
    clearTimeout(this.autoTimer);
    if (!this.resolveNext || !this.state?.autoplay) return;
    const ms = readingTimeMs(this.callout()?.text ?? '', this.state.speed);
    this.autoTimer = setTimeout(() => this.next(), ms);
  }

  /** Wait for "next" (a key, a button, or the autoplay timer). */
  private async waitNext(token: number): Promise<void> {
    this.check(token);
    // Let the card be drawn (and its overlap measured) before the step can move on.
    await frame();
    await frame();
    this.check(token);
    await new Promise<void>((resolve, reject) => {
      this.resolveNext = resolve;
      this.rejectNext = reject;
      this.emit();
      this.armAutoplay();
    });
    this.check(token);
  }

  private async drive(token: number): Promise<void> {
    try {
      for (;;) {
        this.check(token);
        const s = this.state;
        const tour = this.tour;
        if (!s || !tour) return;
        if (s.phase === 'done' || s.phase === 'failed') return;
        if (s.phase === 'resetting') {
          this.busy = true;
          this.emit();
          if (!s.restore) {
            const before = (await simFetch('GET', '/__sim/settings')) as Record<string, unknown>;
            const changed = ['captcha', ...Object.keys(tour.settings ?? {})];
            s.restore = Object.fromEntries(changed.filter((k) => k in before).map((k) => [k, before[k]]));
            this.persist();
          }
          await simFetch('POST', '/__sim/reset', { scenario: tour.scenario });
          await simFetch('POST', '/__sim/settings', { ...(tour.settings ?? {}), captcha: false });
          this.check(token);
          s.phase = 'entering';
          continue;
        }
        if (s.replayTo !== null && s.index >= s.replayTo) s.replayTo = null;
        if (s.index >= tour.steps.length) {
          await this.restoreSettings();
          s.phase = 'done';
          this.busy = false;
          this.anchorEl = null;
          this.emit();
          return;
        }
        const step = tour.steps[s.index] as Step;
        const replaying = s.replayTo !== null;
        switch (s.phase) {
          case 'entering': {
            this.busy = true;
            this.emit();
            const outcome = await this.enter(step, replaying, token);
            if (outcome === 'navigating') return;
            break;
          }
          case 'verify': {
            this.busy = true;
            // After a click the button may be gone (another page); other steps point at their element again.
            if (step.kind !== 'click') await this.resolveAnchor(step, token, true);
            await this.verify(step, token);
            if (step.kind === 'click') this.advance();
            else s.phase = 'shown';
            break;
          }
          case 'mistake': {
            this.busy = false;
            const el = await this.resolveAnchor(step, token, true);
            // Keep the hint open while the mistake is explained (also after a page load or a jump).
            if (el && s.results[s.index]?.mistake?.hintSeen) focusField(el);
            if (!replaying) await this.waitNext(token);
            this.busy = true;
            await this.correctMistake(step, token);
            break;
          }
          case 'shown': {
            this.busy = false;
            await this.resolveAnchor(step, token, true);
            if (!replaying) await this.waitNext(token);
            this.busy = true;
            if (step.kind === 'click') {
              const outcome = await this.click(step, token);
              if (outcome === 'navigating') return;
            } else {
              this.advance();
            }
            break;
          }
        }
        this.emit();
      }
    } catch (e) {
      if (e instanceof Cancelled) return;
      this.fail(e instanceof Error ? e.message : String(e));
    }
  }

  /** Put back the settings the tour changed (captchas on again), once. */
  private async restoreSettings(): Promise<void> {
    const s = this.state;
    const restore = s?.restore;
    if (!s || !restore) return;
    delete s.restore;
    this.persist();
    if (Object.keys(restore).length === 0) return;
    try {
      await simFetch('POST', '/__sim/settings', restore);
    } catch {
      // The simulator went away; nothing left to restore.
    }
  }

  private fail(message: string): void {
    const s = this.state;
    if (!s) return;
    const r = s.results[s.index];
    if (r) {
      r.ok = false;
      r.error = message;
      r.ms = Math.round(performance.now() - this.stepStarted);
    }
    s.phase = 'failed';
    s.error = `${this.tour?.steps[s.index]?.id ?? ''}: ${message}`;
    s.autoplay = false;
    this.busy = false;
    this.emit();
  }

  private advance(): void {
    const s = this.state;
    if (!s) return;
    const r = s.results[s.index];
    if (r) r.ms = Math.round(performance.now() - this.stepStarted);
    s.index += 1;
    s.phase = 'entering';
    s.navAttempts = 0;
    this.anchorEl = null;
  }

  private result(): StepResult {
    const s = this.state as PlayerState;
    const step = this.tour?.steps[s.index] as Step;
    let r = s.results[s.index];
    if (!r) {
      r = { index: s.index, id: step.id, kind: step.kind, ok: true, checks: [], replayed: s.replayTo !== null, ms: 0 };
      s.results[s.index] = r;
    }
    return r;
  }

  timeout(step: Step): number {
    return step.timeoutMs ?? DEFAULT_TIMEOUT;
  }

  /** Poll until the anchor's element is there; throws a clear message after the step's timeout. */
  private async waitForElement(anchor: Anchor, token: number, timeoutMs: number, what = ''): Promise<Element> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      this.check(token);
      const el = findOne(this.resolvedAnchor(anchor));
      if (el) return el;
      if (performance.now() > deadline) {
        const n = findAll(this.resolvedAnchor(anchor)).length;
        throw new Error(
          `找不到${what}元素 ${describeAnchor(anchor)}（${timeoutMs / 1000} 秒）/ element ${describeAnchor(anchor)} not found${n ? '' : ''}`,
        );
      }
      await sleep(80);
    }
  }

  private resolvedAnchor(a: Anchor): Anchor {
    const vars = this.state?.vars ?? {};
    const sub = (t: string | undefined) => (t === undefined ? undefined : substitute(t, vars));
    const out: Anchor = {};
    if (a.label !== undefined) out.label = sub(a.label);
    if (a.role !== undefined) out.role = a.role;
    if (a.name !== undefined) out.name = sub(a.name);
    if (a.partial !== undefined) out.partial = a.partial;
    if (a.text !== undefined) out.text = sub(a.text);
    if (a.within) out.within = this.resolvedAnchor(a.within);
    return out;
  }

  findElement(anchor: Anchor, token: number, timeoutMs: number): Promise<Element> {
    return this.waitForElement(anchor, token, timeoutMs);
  }

  async resolveAnchor(step: Step, token: number, optional = false): Promise<Element | null> {
    const anchor = 'anchor' in step ? step.anchor : undefined;
    if (!anchor) {
      this.anchorEl = null;
      return null;
    }
    try {
      const el = await this.waitForElement(
        anchor,
        token,
        optional ? Math.min(3000, this.timeout(step)) : this.timeout(step),
      );
      revealElement(el);
      this.anchorEl = el;
      this.emit();
      return el;
    } catch (e) {
      if (optional && !(e instanceof Cancelled)) {
        this.anchorEl = null;
        return null;
      }
      throw e;
    }
  }

  private async enter(step: Step, replaying: boolean, token: number): Promise<Outcome> {
    const s = this.state as PlayerState;
    if (!s.results[s.index] || s.results[s.index]?.replayed !== replaying) s.results[s.index] = null;
    this.stepStarted = performance.now();
    const r = this.result();
    r.checks = [];
    r.ok = true;
    delete r.error;
    return runStep(step, {
      host: this,
      token,
      replaying,
      typing: replaying ? 0 : typingDelayMs(s.speed),
      vars: s.vars,
      fresh: s.fresh,
      navAttempts: s.navAttempts,
      record: (what, ok, detail) => r.checks.push({ what, ok, ...(detail ? { detail } : {}) }),
      setPhase: (phase) => {
        s.phase = phase;
      },
      setFresh: (fresh) => {
        s.fresh = fresh;
      },
      setNavAttempts: (n) => {
        s.navAttempts = n;
      },
    });
  }

  simFetch(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    return simFetch(method, path, body);
  }

  /**
   * The wrong value is in: wait for the extension's hint on the field, open it fully (the field gets
   * focus, as when a person clicks into it) and record what it showed beside what the rule says.
   */
  async showMistake(el: Element, value: string, rule: string | undefined, token: number): Promise<void> {
    const r = this.result();
    const seen = await this.observeHint(el, value, rule, token);
    r.mistake = seen;
    const finding = await this.mistakeFinding();
    if (finding) seen.message = finding.message;
    if (seen.hintSeen) {
      focusField(el);
      seen.hintOpen = await this.waitHintOpen(el, token);
      seen.hintText = hintMessage(el, rule) ?? '';
    }
  }

  /** The finding the rules core gives for the current step's mistake (change filings: on the filed record). */
  private async mistakeFinding(): Promise<Finding | undefined> {
    const tour = this.tour;
    const s = this.state;
    if (!tour || !s) return undefined;
    // The extension checks with the filing date the page shows (the simulated clock), so the card does too.
    const state = (await simFetch('GET', '/__sim/state')) as {
      clock?: { now?: string };
      subjects?: { data: unknown; websites: { data: unknown }[] }[];
    };
    let record: FiledRecord | undefined;
    const subject = startsFromRecord(tour) ? state.subjects?.[0] : undefined;
    if (subject) record = { subject: subject.data, websites: subject.websites.map((w) => w.data) };
    const date = /^\d{4}-\d{2}-\d{2}/.exec(state.clock?.now ?? '')?.[0];
    try {
      return mistakeFinding(tour, s.index, { ...(record ? { record } : {}), ...(date ? { date } : {}) });
    } catch {
      // A draft the engine cannot read: the card goes without the quote rather than failing the tour.
      return undefined;
    }
  }

  private async waitHintOpen(el: Element, token: number): Promise<boolean> {
    const deadline = performance.now() + 1500;
    for (;;) {
      this.check(token);
      if (hintHosts(el).some((h) => h.hasAttribute('data-open'))) return true;
      if (performance.now() > deadline) return false;
      await sleep(50);
    }
  }

  private async click(step: Extract<Step, { kind: 'click' }>, token: number): Promise<Outcome> {
    const s = this.state as PlayerState;
    const el = await this.waitForElement(step.anchor, token, this.timeout(step));
    await this.waitEnabled(el, token, this.timeout(step));
    revealElement(el);
    // A click may load another page: the expectations are checked wherever it lands.
    s.phase = 'verify';
    this.persist();
    (el as HTMLElement).click();
    await sleep(0);
    this.check(token);
    await this.verify(step, token);
    this.advance();
    return 'continue';
  }

  private async correctMistake(step: Step, token: number): Promise<void> {
    const s = this.state as PlayerState;
    const r = this.result();
    if (step.kind !== 'fill' && step.kind !== 'select') {
      s.phase = 'shown';
      return;
    }
    const el = await this.waitForElement(step.anchor, token, this.timeout(step));
    const value = substitute(step.value, s.vars);
    if (step.kind === 'fill') await typeValue(el, value, typingDelayMs(s.speed));
    else {
      await this.waitForOption(el, value, token, this.timeout(step));
      chooseOption(el, value);
    }
    if (r.mistake && step.mistake?.expectRule) {
      r.mistake.hintCleared = r.mistake.extensionPresent
        ? await this.waitRuleGone(el, step.mistake.expectRule, token)
        : null;
    }
    await this.verify(step, token);
    s.phase = 'shown';
  }

  private async observeHint(
    el: Element,
    value: string,
    rule: string | undefined,
    token: number,
  ): Promise<MistakeResult> {
    const started = performance.now();
    const out: MistakeResult = {
      value,
      field: null,
      rulesSeen: '',
      hintSeen: false,
      hintCleared: null,
      extensionPresent: false,
    };
    if (rule) out.expectRule = rule;
    for (;;) {
      this.check(token);
      const rules = el.getAttribute('data-icp-rules') ?? '';
      out.field = el.getAttribute('data-icp-field');
      out.rulesSeen = rules;
      out.extensionPresent = document.querySelector('[data-icp-field]') !== null;
      const list = rules.split(/\s+/).filter(Boolean);
      if (rule ? list.includes(rule) : list.length > 0) {
        out.hintSeen = true;
        return out;
      }
      const elapsed = performance.now() - started;
      if (!out.extensionPresent && elapsed > EXTENSION_GRACE) return out;
      if (elapsed > HINT_TIMEOUT) return out;
      await sleep(80);
    }
  }

  private async waitRuleGone(el: Element, rule: string, token: number): Promise<boolean> {
    const deadline = performance.now() + 3000;
    for (;;) {
      this.check(token);
      const list = (el.getAttribute('data-icp-rules') ?? '').split(/\s+/);
      if (!list.includes(rule)) return true;
      if (performance.now() > deadline) return false;
      await sleep(80);
    }
  }

  async waitEnabled(el: Element, token: number, timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (isDisabled(el)) {
      this.check(token);
      if (performance.now() > deadline) throw new Error(`元素不可用（disabled）/ the element stays disabled`);
      await sleep(80);
    }
  }

  async waitForOption(el: Element, wanted: string, token: number, timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      this.check(token);
      if (el instanceof HTMLSelectElement && !el.disabled && findOption(el, wanted)) return;
      if (performance.now() > deadline) throw new Error(`下拉列表中没有「${wanted}」/ no option “${wanted}”`);
      await sleep(80);
    }
  }

  async latestOrderId(): Promise<string> {
    const named = this.state?.vars.order;
    if (named) return named;
    const state = (await simFetch('GET', '/__sim/state')) as { orders?: { id: string }[] };
    const id = state.orders?.at(-1)?.id;
    if (!id) throw new Error('模拟环境中没有订单 / no order in the simulator');
    return id;
  }

  describe(c: Condition): string {
    const parts: string[] = [];
    if (c.text) parts.push(`text “${c.text}”`);
    if (c.noText) parts.push(`no text “${c.noText}”`);
    if (c.anchor) parts.push(`element ${describeAnchor(c.anchor)}${c.value !== undefined ? ` = “${c.value}”` : ''}`);
    if (c.url) parts.push(`url ∋ ${c.url}`);
    if (c.status) parts.push(`order ${c.order ?? '(latest)'} status ${c.status}`);
    if (c.state)
      parts.push(
        `state ${c.state.path}${c.state.equals !== undefined ? ` = ${String(c.state.equals)}` : ''}${c.state.matches ? ` ~ /${c.state.matches}/` : ''}`,
      );
    return parts.join(', ');
  }

  /** Evaluate a condition once. */
  private async evaluate(c: Condition): Promise<{ ok: boolean; detail?: string }> {
    const vars = this.state?.vars ?? {};
    if (c.text && !pageText().includes(normText(substitute(c.text, vars))))
      return { ok: false, detail: 'text not on the page' };
    if (c.noText && pageText().includes(normText(substitute(c.noText, vars))))
      return { ok: false, detail: 'text still on the page' };
    if (c.url && !(location.pathname + location.hash).includes(substitute(c.url, vars)))
      return { ok: false, detail: `at ${location.pathname}${location.hash}` };
    if (c.anchor) {
      const el = findOne(this.resolvedAnchor(c.anchor));
      if (!el) return { ok: false, detail: 'element not found' };
      if (c.value !== undefined && !valueMatches(el, substitute(c.value, vars)))
        return { ok: false, detail: `value “${shownValue(el)}”` };
    }
    if (c.status || c.state) {
      const state = (await simFetch('GET', '/__sim/state')) as { orders?: { id: string; status: string }[] };
      if (c.status) {
        const id = c.order ? substitute(c.order, vars) : (vars.order ?? state.orders?.at(-1)?.id);
        const order = state.orders?.find((o) => o.id === id);
        if (!order) return { ok: false, detail: `no order ${id ?? ''}` };
        if (order.status !== c.status) return { ok: false, detail: `${order.id} is ${order.status}` };
      }
      if (c.state) {
        const v = getPath(state, c.state.path);
        if (c.state.equals !== undefined && v !== c.state.equals)
          return { ok: false, detail: `${c.state.path} = ${JSON.stringify(v)}` };
        if (c.state.matches && !new RegExp(c.state.matches).test(String(v ?? '')))
          return { ok: false, detail: `${c.state.path} = ${JSON.stringify(v)}` };
        if (c.state.equals === undefined && !c.state.matches && (v === undefined || v === null))
          return { ok: false, detail: `${c.state.path} missing` };
      }
    }
    return { ok: true };
  }

  async poll(c: Condition, token: number, timeoutMs: number): Promise<{ ok: boolean; detail?: string }> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      this.check(token);
      const r = await this.evaluate(c);
      if (r.ok || performance.now() > deadline) return r;
      await sleep(c.status || c.state ? 200 : 80);
    }
  }

  /** The step's own effect (value typed, box ticked) plus its `expect` list, each polled until true. */
  async verify(step: Step, token: number): Promise<void> {
    const r = this.result();
    const implicit: Condition[] = [];
    if ((step.kind === 'fill' || step.kind === 'select') && !step.expect?.some((c) => c.value !== undefined))
      implicit.push({ anchor: step.anchor, value: step.value });
    for (const item of 'also' in step ? (step.also ?? []) : [])
      if ('value' in item) implicit.push({ anchor: item.anchor, value: item.value });
    const failed: string[] = [];
    for (const c of [...implicit, ...(step.expect ?? [])]) {
      const res = await this.poll(c, token, step.timeoutMs ?? 5000);
      const what = this.describe(c);
      r.checks.push({ what, ok: res.ok, ...(res.detail ? { detail: res.detail } : {}) });
      if (!res.ok) failed.push(`${what}${res.detail ? ` — ${res.detail}` : ''}`);
    }
    if (step.kind === 'check') {
      const el = findOne(this.resolvedAnchor(step.anchor));
      const ok = !!el && (el as HTMLInputElement).checked === step.checked;
      r.checks.push({ what: `checked = ${step.checked}`, ok });
      if (!ok) failed.push(`checked = ${step.checked}`);
    }
    const files = [
      ...(step.kind === 'upload' ? [{ anchor: step.anchor, name: step.name }] : []),
      ...('also' in step ? (step.also ?? []) : []).flatMap((a) => ('file' in a ? [a] : [])),
    ];
    for (const file of files) {
      // Uploaded at once (the file is listed on the page) or held by the input until a submit button.
      const deadline = performance.now() + (step.timeoutMs ?? 5000);
      let ok = false;
      for (;;) {
        this.check(token);
        const el = findOne(this.resolvedAnchor(file.anchor));
        const held = el instanceof HTMLInputElement && el.files?.[0]?.name === file.name;
        ok = held || pageText().includes(normText(file.name));
        if (ok || performance.now() > deadline) break;
        await sleep(80);
      }
      r.checks.push({ what: `file ${file.name}`, ok });
      if (!ok) failed.push(`file ${file.name}`);
    }
    if (failed.length) {
      r.ok = false;
      throw new Error(`期望未满足 / expectation not met: ${failed.join('; ')}`);
    }
  }
}

export const player = new TourController();
