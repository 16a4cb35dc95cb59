/**
 * Checking as the applicant types (issue 4 §2): a full scan and check when the page loads or changes
 * shape (MutationObserver, throttled), and on input only the changed field and the rules that read it
 * (sent at once; keystrokes typed while a check is on its way are coalesced into the next one, so
 * the hint follows within one round trip). The page-side cost per keystroke is one Set insert; the rules run in the background (see check/tab-session.ts) and only the markers of fields
 * whose findings changed are touched.
 *
 * Listeners are passive and in the capture phase, never call preventDefault or stopPropagation, and
 * do nothing synchronously but bookkeeping: the page's own handlers, typing and submitting are never
 * delayed or blocked.
 */
import type { FilingDraft } from '../../shared/domain/draft';
import type { FieldSpec } from '../../shared/domain/fields';
import type { Finding } from '../../shared/domain/finding';
import type { CheckRequest } from '../check/tab-session';
import { type AnnotateOptions, type Annotator, createAnnotator } from './annotate';
import { isFilingPage, type LocatedField, locateFields, OWN_UI_ATTR, pageStep } from './locate-fields';
import { type ProviderProfile, profileForHost } from './profiles';
import { readDraft, readField } from './read-draft';

/** Kinds whose value a library changes by re-rendering (no input event): compared at each rescan. */
const LIBRARY_KINDS = new Set<LocatedField['kind']>(['combobox', 'tags', 'radio', 'checkbox-group', 'date', 'upload']);

export interface CheckResult {
  findings: Finding[];
  /** The plan (shared/process FilingPlan), passed on to the panel as it is. */
  plan?: unknown;
  date: string;
  provinceCode?: string;
}

/** Runs the rules core: through the background in the extension, directly in tests. */
export type Checker = (request: CheckRequest) => Promise<CheckResult | undefined> | CheckResult | undefined;

export interface WatchOptions extends AnnotateOptions {
  checker: Checker;
  /** Province/date overrides from the settings. */
  overrides?: CheckRequest['overrides'];
  /** Called after each check (and with `filingPage: false` when the page is not a filing page). */
  onState?: (state: PageState) => void;
  /** Debounce of input checks, ms; 0 (default): send at once and coalesce while a check is on its way. */
  debounceMs?: number;
  /** Least time between two rescans caused by DOM mutations, ms. */
  rescanMs?: number;
  /** The console's profile; by default the one of the page's host (profiles/), if any. */
  profile?: ProviderProfile;
}

export interface PageState {
  filingPage: boolean;
  step?: FieldSpec['step'];
  fields: { path: string; label: string; step: FieldSpec['step'] }[];
  findings: Finding[];
  plan?: unknown;
  date?: string;
  provinceCode?: string;
}

export interface Timings {
  /** Page-side time of input handlers (ms). */
  input: number[];
  /** Locating the fields: one scan of the page (ms). The first, cold one is kept apart in `firstScan`. */
  scan: number[];
  firstScan?: number;
  /** Reading the draft from the located fields (ms). */
  read: number[];
  /** Applying markers and hints after a check (ms). */
  annotate: number[];
}

export interface PageWatcher {
  /** Locate the fields again and run a full check. */
  scan(): Promise<void>;
  /** Wait until pending checks are done (tests). */
  settle(): Promise<void>;
  setOptions(options: Partial<WatchOptions>): void;
  focusField(path: string): boolean;
  fields(): readonly LocatedField[];
  state(): PageState;
  timings(): Timings;
  annotator: Annotator;
  stop(): void;
}

/**
 * Lets the page run between the parts of a scan: locating, marking and reading a large form in one go
 * is one long task on a busy machine (issue 17 item 4). `scheduler.yield` where the browser has it
 * (it keeps our place ahead of other queued work), else a zero timeout.
 */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const SAMPLES = 200;
function record(list: number[], ms: number) {
  list.push(ms);
  if (list.length > SAMPLES) list.shift();
}

export function watchPage(doc: Document, initial: WatchOptions): PageWatcher {
  let options: WatchOptions = { debounceMs: 0, rescanMs: 250, ...initial };
  const annotator = createAnnotator(doc, options);
  const win = doc.defaultView ?? window;
  let fields: LocatedField[] = [];
  let byElement = new WeakMap<Element, LocatedField>();
  let filingPage = false;
  let findings: Finding[] = [];
  let last: { plan?: unknown; date?: string; provinceCode?: string } = {};
  let lastStaticValues = '';
  /** What the library controls showed at the last scan: they change by re-rendering, without input events. */
  let lastLibraryValues = new Map<string, string>();
  const profile = initial.profile ?? profileForHost(doc.location?.hostname ?? '');
  const touched = new Set<string>();
  const pending = new Set<string>();
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let rescanTimer: ReturnType<typeof setTimeout> | undefined;
  let lastRescan = 0;
  let seq = 0;
  let applied = 0;
  let inflight: Promise<void> = Promise.resolve();
  let stopped = false;
  let repositionFrame: number | undefined;
  const times: Timings = { input: [], scan: [], read: [], annotate: [] };

  const state = (): PageState => ({
    filingPage,
    ...(filingPage && pageStep(fields) ? { step: pageStep(fields) } : {}),
    fields: fields.map((f) => ({ path: f.path, label: f.label || f.spec.label.zh, step: f.spec.step })),
    findings,
    ...(last.plan ? { plan: last.plan } : {}),
    ...(last.date ? { date: last.date } : {}),
    ...(last.provinceCode ? { provinceCode: last.provinceCode } : {}),
  });

  function index(list: LocatedField[]) {
    byElement = new WeakMap();
    for (const f of list) {
      for (const c of f.controls) byElement.set(c, f);
      byElement.set(f.anchor, f);
    }
  }

  function staticSignature(list: readonly LocatedField[]): string {
    return list
      .filter((f) => f.kind === 'static')
      .map((f) => `${f.path}=${f.staticText ?? f.anchor.textContent ?? ''}`)
      .join('\n');
  }

  function libraryValues(list: readonly LocatedField[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const f of list) {
      if (!LIBRARY_KINDS.has(f.kind)) continue;
      out.set(f.path, JSON.stringify(readField(f) ?? null));
    }
    return out;
  }

  function fieldsSignature(list: readonly LocatedField[]): string {
    return list.map((f) => `${f.path}:${f.kind}:${f.controls.length}`).join('|');
  }

  async function check(changed?: string[]): Promise<void> {
    if (stopped || !filingPage) return;
    const my = ++seq;
    const t0 = performance.now();
    const draft: FilingDraft = readDraft(fields, { keepBlank: (p) => touched.has(p) });
    record(times.read, performance.now() - t0);
    const request: CheckRequest = {
      draft,
      pageFields: fields.flatMap((f) => f.paths ?? [f.path]),
      ...(changed ? { changed } : {}),
      ...(options.overrides ? { overrides: options.overrides } : {}),
    };
    let result: CheckResult | undefined;
    try {
      result = await options.checker(request);
    } catch {
      result = undefined; // the background was restarting: the next change checks again
    }
    // A later check has already been applied: this answer is stale.
    if (!result || stopped || my < applied) return;
    applied = my;
    findings = result.findings;
    last = {
      ...(result.plan ? { plan: result.plan } : {}),
      date: result.date,
      ...(result.provinceCode ? { provinceCode: result.provinceCode } : {}),
    };
    const t1 = performance.now();
    annotator.update(fields, findings);
    record(times.annotate, performance.now() - t1);
    options.onState?.(state());
  }

  function queue(job: () => Promise<void>): Promise<void> {
    inflight = inflight.then(job, job);
    return inflight;
  }

  function flushPending() {
    if (debounceTimer) clearTimeout(debounceTimer);
    debounceTimer = undefined;
    if (!pending.size) return;
    const changed = [...pending];
    pending.clear();
    void queue(() => check(changed));
  }

  // With no debounce (the default), a change is sent at once and changes typed while that check is
  // on its way are coalesced into the next one: one round trip of latency, never a queue of stale work.
  let busy = false;
  function flushCoalesced() {
    if (busy || !pending.size) return;
    busy = true;
    const changed = [...pending];
    pending.clear();
    void queue(() => check(changed)).finally(() => {
      busy = false;
      flushCoalesced();
    });
  }

  function schedule() {
    if (!options.debounceMs) {
      flushCoalesced();
      return;
    }
    if (debounceTimer) clearTimeout(debounceTimer);
    debounceTimer = setTimeout(flushPending, options.debounceMs);
  }

  /** The scan under way (settle() waits for it: it may be between its parts). */
  let scanning: Promise<void> = Promise.resolve();
  let scanSeq = 0;

  function scanNow(force: boolean): Promise<void> {
    scanning = scanParts(force);
    return scanning;
  }

  async function scanParts(force: boolean): Promise<void> {
    const mine = ++scanSeq;
    const t0 = performance.now();
    const next = locateFields(doc, profile ? { profile } : {});
    const took = performance.now() - t0;
    if (times.firstScan === undefined) times.firstScan = took;
    else record(times.scan, took);
    await yieldToPage();
    // A newer scan started meanwhile (or the watcher stopped): that one applies what the page shows now.
    if (stopped || mine !== scanSeq) return;
    const wasFiling = filingPage;
    const shapeChanged =
      force ||
      fieldsSignature(next) !== fieldsSignature(fields) ||
      // An upload's trigger moves (a one-file widget hides it once it holds a file): markers follow.
      next.some((f, i) => f.anchor !== fields[i]?.anchor || f.controls[0] !== fields[i]?.controls[0]);
    const statics = staticSignature(next);
    const staticsChanged = statics !== lastStaticValues;
    const values = libraryValues(next);
    const valuesChanged = [...values].filter(
      ([path, v]) => lastLibraryValues.has(path) && lastLibraryValues.get(path) !== v,
    );
    fields = next;
    lastStaticValues = statics;
    lastLibraryValues = values;
    index(fields);
    filingPage = isFilingPage(fields);
    if (!filingPage) {
      if (wasFiling || force) {
        annotator.clear();
        findings = [];
        options.onState?.(state());
      }
      return Promise.resolve();
    }
    if (shapeChanged || staticsChanged || !wasFiling) {
      // Markers for the fields as they are now at once; the check refines them.
      annotator.update(fields, findings);
      pending.clear();
      for (const [path] of valuesChanged) touched.add(path);
      return queue(async () => {
        await yieldToPage(); // reading the draft is the scan's third part
        return check();
      });
    }
    if (valuesChanged.length) {
      // A library select or group shows another value: the applicant chose it, as if typed.
      for (const [path] of valuesChanged) {
        touched.add(path);
        pending.add(path);
      }
      schedule();
      return inflight;
    }
    scheduleReposition();
    return Promise.resolve();
  }

  function scheduleRescan() {
    if (rescanTimer || stopped) return;
    const wait = Math.max(16, (options.rescanMs ?? 250) - (performance.now() - lastRescan));
    rescanTimer = setTimeout(() => {
      rescanTimer = undefined;
      lastRescan = performance.now();
      void scanNow(false);
    }, wait);
  }

  function scheduleReposition() {
    if (repositionFrame !== undefined || stopped) return;
    const raf = win.requestAnimationFrame?.bind(win) ?? ((cb: FrameRequestCallback) => setTimeout(() => cb(0), 16));
    repositionFrame = raf(() => {
      repositionFrame = undefined;
      annotator.reposition();
    }) as number;
  }

  function isFormControl(el: Element): boolean {
    return el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA';
  }

  const onInput = (event: Event) => {
    const t0 = performance.now();
    const target = event.target as Element | null;
    if (target?.nodeType !== 1) return;
    const field = byElement.get(target);
    if (field) {
      pending.add(field.path);
      touched.add(field.path);
      schedule();
    } else if (isFormControl(target)) {
      scheduleRescan(); // a control we do not know yet: the form changed shape
    }
    record(times.input, performance.now() - t0);
  };

  const onFocusOut = (event: Event) => {
    const target = event.target as Element | null;
    if (target?.nodeType !== 1) return;
    const field = byElement.get(target);
    if (!field) return;
    if (!touched.has(field.path)) {
      // Leaving a field counts as having been there: a required field left blank is now reported.
      touched.add(field.path);
      pending.add(field.path);
    }
    if (pending.size) flushPending();
  };

  const onLayout = () => scheduleReposition();

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (annotator.isOwn(r.target)) continue;
      if (r.type === 'childList') {
        const own = [...r.addedNodes, ...r.removedNodes].every(
          (n) => n.nodeType === 1 && ((n as Element).hasAttribute(OWN_UI_ATTR) || annotator.isOwn(n)),
        );
        if (own && (r.addedNodes.length || r.removedNodes.length)) continue;
      }
      scheduleRescan();
      return;
    }
  });

  const listen = { capture: true, passive: true } as const;
  doc.addEventListener('input', onInput, listen);
  doc.addEventListener('change', onInput, listen);
  doc.addEventListener('focusout', onFocusOut, listen);
  win.addEventListener('resize', onLayout, { passive: true });
  doc.addEventListener('scroll', onLayout, listen);
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    // Only what shows, hides or retypes a control; never our own data-icp-* or aria-* writes.
    // Libraries show a choice by re-rendering: `aria-checked`/`aria-selected`, a read-only input's `value`, a `title`.
    attributeFilter: [
      'hidden',
      'style',
      'class',
      'type',
      'disabled',
      'open',
      'aria-checked',
      'aria-selected',
      'value',
      'title',
    ],
  });

  const watcher: PageWatcher = {
    annotator,
    scan: () => scanNow(true),
    async settle() {
      flushPending();
      if (rescanTimer) {
        clearTimeout(rescanTimer);
        rescanTimer = undefined;
        await scanNow(false);
      }
      await scanning;
      await inflight;
    },
    setOptions(next) {
      const recheck =
        (next.overrides !== undefined && JSON.stringify(next.overrides) !== JSON.stringify(options.overrides)) ||
        (next.lang !== undefined && next.lang !== options.lang) ||
        (next.minSeverity !== undefined && next.minSeverity !== options.minSeverity);
      options = { ...options, ...next };
      annotator.setOptions(options);
      if (recheck && filingPage) void queue(() => check());
    },
    focusField(path) {
      const field = fields.find((f) => f.path === path);
      if (!field) return false;
      const target = (field.controls.find((c) => !(c as HTMLInputElement).disabled) ?? field.anchor) as HTMLElement;
      target.scrollIntoView?.({ block: 'center', inline: 'nearest' });
      if (field.controls.length) target.focus({ preventScroll: true });
      else {
        // A static value cannot take focus: make it focusable just for this jump.
        if (!target.hasAttribute('tabindex')) {
          target.setAttribute('tabindex', '-1');
          target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
        }
        target.focus({ preventScroll: true });
      }
      return true;
    },
    fields: () => fields,
    state,
    timings: () => ({
      input: [...times.input],
      scan: [...times.scan],
      ...(times.firstScan !== undefined ? { firstScan: times.firstScan } : {}),
      read: [...times.read],
      annotate: [...times.annotate],
    }),
    stop() {
      stopped = true;
      if (debounceTimer) clearTimeout(debounceTimer);
      if (rescanTimer) clearTimeout(rescanTimer);
      observer.disconnect();
      doc.removeEventListener('input', onInput, listen);
      doc.removeEventListener('change', onInput, listen);
      doc.removeEventListener('focusout', onFocusOut, listen);
      doc.removeEventListener('scroll', onLayout, listen);
      win.removeEventListener('resize', onLayout);
      annotator.clear();
    },
  };
  return watcher;
}
