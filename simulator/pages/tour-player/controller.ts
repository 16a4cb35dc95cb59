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

import { findTour } from '../../tours/index';
import { DEFAULT_WORLD, describeAnchor, inWorld, readingTimeMs, tourWorldId, typingDelayMs } from '../../tours/runtime';
import type { Anchor, Condition, Step, Tour } from '../../tours/schema';
import {
  anchorWithVars,
  describeCondition,
  pollCondition,
  verifyStep,
  waitEnabled,
  waitForElement,
  waitForOption,
} from './conditions';
import { revealElement } from './dom';
import { focusField } from './hints';
import { correctMistake, type MistakeHost, showMistake } from './mistake-steps';
import { loadState, mirrorState, type StartOptions, saveState, takeStartLink } from './session';
import { openWorld, simFetch } from './sim-client';
import { type Outcome, runStep, type StepHost } from './step-runners';
import type { LayoutMeasure, PlayerState, StepResult } from './types';

export { applyLanguage } from './session';
export type { CheckResult, LayoutMeasure, MistakeResult, Phase, PlayerState, StepResult } from './types';

const DEFAULT_TIMEOUT = 10_000;

class Cancelled extends Error {}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

type Listener = () => void;

export type { StartOptions } from './session';

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
    saveState(this.state);
  }

  /** Mirror the state on <html> for tests and the handout script. */
  private mirror(): void {
    mirrorState(this.state, this.tour);
  }

  /** On every page load: resume the tour in progress, or start the one the URL asks for. */
  init(): void {
    this.state = loadState();
    this.tour = this.state ? findTour(this.state.tourId) : undefined;
    const link = takeStartLink(this.state);
    if (link?.ask) this.requestStart(link.tourId, link.opts);
    else if (link) {
      this.start(link.tourId, link.opts);
      return;
    }
    this.emit();
    if (this.state && this.state.phase !== 'done' && this.state.phase !== 'failed') {
      // A wait that was interrupted by the page load is simply done again.
      void this.drive(++this.token);
    }
  }

  /** A start in someone's world (`reset=1`) waiting for the presenter's confirmation that its state may be replaced. */
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

  /** Start (or restart) a tour now, in its own world (or `opts.world`), from its scenario. */
  start(tourId: string, opts: StartOptions = {}): void {
    const tour = findTour(tourId);
    if (!tour) return;
    this.pendingStart = null;
    this.tour = tour;
    const prev = this.state;
    const world = opts.world ?? tourWorldId(tourId);
    const prevWorld = prev?.world ?? DEFAULT_WORLD;
    // Another world's settings go back now; in the same world they are kept from the first tour on.
    const keep = prev?.restore && prevWorld === world ? prev.restore : undefined;
    if (prev?.restore && !keep) void this.putBack(prevWorld, prev.restore);
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
      world,
      ownWorld: opts.world === undefined,
      // The settings from before the first tour of this run, whatever tours came between.
      ...(keep ? { restore: keep } : {}),
    };
    this.cancelWait();
    this.emit();
    void this.drive(++this.token);
  }

  /** Reset the scenario and replay steps 0..n-1 quickly, then show step n. */
  jump(n: number): void {
    if (!this.state || !this.tour) return;
    const { tourId, lang, autoplay, speed, presenter } = this.state;
    const at = Math.max(0, Math.min(n, this.tour.steps.length - 1));
    // The same world again; start() keeps the step list open or closed as it was.
    const world = this.state.ownWorld === false ? { world: this.state.world ?? DEFAULT_WORLD } : {};
    this.start(tourId, { autoplay, speed, lang, presenter, at, ...world });
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
          const world = s.world ?? DEFAULT_WORLD;
          // The tour's own world is made first (its settings are then its own); someone's world is read before it is reset.
          if (s.ownWorld) await openWorld(world, tour.scenario);
          if (!s.restore) {
            const before = (await this.simFetch('GET', '/__sim/settings')) as Record<string, unknown>;
            const changed = ['captcha', ...Object.keys(tour.settings ?? {})];
            s.restore = Object.fromEntries(changed.filter((k) => k in before).map((k) => [k, before[k]]));
            this.persist();
          }
          if (!s.ownWorld) await openWorld(world, tour.scenario);
          await this.simFetch('POST', '/__sim/settings', { ...(tour.settings ?? {}), captcha: false });
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
    await this.putBack(s.world ?? DEFAULT_WORLD, restore);
  }

  private async putBack(world: string, restore: Record<string, unknown>): Promise<void> {
    if (Object.keys(restore).length === 0) return;
    try {
      await simFetch(world, 'POST', '/__sim/settings', restore);
    } catch {
      // The simulator (or the world) went away; nothing left to restore.
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
  private waitForElement(anchor: Anchor, token: number, timeoutMs: number): Promise<Element> {
    return waitForElement(this.withVars(anchor), describeAnchor(anchor), () => this.check(token), timeoutMs);
  }

  private withVars(a: Anchor): Anchor {
    return anchorWithVars(a, this.state?.vars ?? {});
  }

  describe(c: Condition): string {
    return describeCondition(c);
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

  /** The control API of the tour's world. */
  simFetch(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    return simFetch(this.state?.world ?? DEFAULT_WORLD, method, path, body);
  }

  /** A page path of the tour's world (`/beian/#/start` → `/w/tour-x/beian/#/start`). */
  pagePath(path: string): string {
    return inWorld(this.state?.world ?? DEFAULT_WORLD, path);
  }

  /** The wrong value is in: wait for the extension's hint, open it and record what it said (mistake-steps.ts). */
  async showMistake(el: Element, value: string, rule: string | undefined, token: number): Promise<void> {
    if (!this.tour || !this.state) return;
    await showMistake(this.mistakeHost(token), this.tour, this.state.index, this.result(), el, value, rule);
  }

  private correctMistake(step: Step, token: number): Promise<void> {
    return correctMistake(this.mistakeHost(token), step, this.state as PlayerState, this.result());
  }

  private mistakeHost(token: number): MistakeHost {
    return {
      check: () => this.check(token),
      simState: () => this.simFetch('GET', '/__sim/state'),
      element: (anchor, timeoutMs) => this.waitForElement(anchor, token, timeoutMs),
      waitForOption: (el, wanted, timeoutMs) => this.waitForOption(el, wanted, token, timeoutMs),
      timeout: (step) => this.timeout(step),
      verify: (step) => this.verify(step, token),
    };
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

  waitEnabled(el: Element, token: number, timeoutMs: number): Promise<void> {
    return waitEnabled(el, () => this.check(token), timeoutMs);
  }

  waitForOption(el: Element, wanted: string, token: number, timeoutMs: number): Promise<void> {
    return waitForOption(el, wanted, () => this.check(token), timeoutMs);
  }

  async latestOrderId(): Promise<string> {
    const named = this.state?.vars.order;
    if (named) return named;
    const state = (await this.simFetch('GET', '/__sim/state')) as { orders?: { id: string }[] };
    const id = state.orders?.at(-1)?.id;
    if (!id) throw new Error('模拟环境中没有订单 / no order in the simulator');
    return id;
  }

  poll(c: Condition, token: number, timeoutMs: number): Promise<{ ok: boolean; detail?: string }> {
    const vars = this.state?.vars ?? {};
    return pollCondition(
      c,
      vars,
      () => this.check(token),
      () => this.simFetch('GET', '/__sim/state'),
      timeoutMs,
    );
  }

  /** The step's own effect (value typed, box ticked) plus its `expect` list, each polled until true. */
  async verify(step: Step, token: number): Promise<void> {
    const r = this.result();
    const failed = await verifyStep(step, {
      vars: this.state?.vars ?? {},
      check: () => this.check(token),
      simState: () => this.simFetch('GET', '/__sim/state'),
      checks: r.checks,
    });
    if (failed.length) {
      r.ok = false;
      throw new Error(`期望未满足 / expectation not met: ${failed.join('; ')}`);
    }
  }
}

export const player = new TourController();
