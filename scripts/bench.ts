/**
 * `npm run bench` — the extension's cost on filing pages, against the budgets of issue 7 §1
 * (research reliability-performance §3): the built extension (`.output/chrome-mv3`) in Chromium,
 * generated filing pages of 20, 60 and 200 fields served from 127.0.0.1, and the rules core in Node.
 *
 *   npm run bench [-- --json] [--strict] [--runs 30] [--keys 240] [--extension-dir DIR] [--port N]
 *
 * Measures (methods in docs/quality-notes.md):
 * - scan: main-thread time of the content script per page load (V8 sampling profiler, every stack
 *   with a frame of the extension: injection, locate, read, annotate, and the continuation that
 *   applies the background's findings), p50/p95 over --runs loads per size; also the wall time from
 *   DOMContentLoaded to the last marker write (what a user waits for).
 * - keystroke: on the 60-field page, real key presses into the ID number, mobile and e-mail fields,
 *   each toggling a finding: main-thread time of the content script per keystroke (profiler), and
 *   the wall latency from keydown to the marker/hint change (includes the extension's debounce and
 *   the round trip to the background that runs the rules).
 * - long tasks ≥ 50 ms during scans and typing (PerformanceObserver in the page, and the longest
 *   contiguous stretch of extension samples); content-script and panel bytes (raw, gzip -9); the
 *   content script's JS heap (isolate heap after GC with the content script minus the same page
 *   without it); rules-core throughput (checkDraft on the fixture drafts in Node).
 * - the same figures for an in-run baseline extension (bench/baseline.ts: marks every control with one
 *   attribute) measured right after each of the extension's, with extension ÷ baseline; the rules core
 *   beside a plain validator over the same drafts (bench/plain-validator.ts); a Fusion-rendered
 *   60-field page when tests/fixtures/libs/build.ts is in the checkout; the load average before/after.
 *   `--no-baseline` skips the baseline.
 * Exit status 0 even when a budget fails, unless --strict (then 1). Finishes within about 5 minutes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { FilingDraft } from '../shared/domain/draft';
import { parseDraft } from '../shared/domain/draft';
import { checkDraft } from '../shared/rules/engine';
import { writeBaselineExtension } from './bench/baseline';
import { type BundleSize, CONTENT_SCRIPT_BUDGET_GZIP_BYTES, contentScriptSize, panelSize } from './bench/bundle';
import { filingPage } from './bench/pages';
import { plainValidate } from './bench/plain-validator';
import { PROBE_SOURCE } from './bench/probe';
import { LONG_TASK_MS, type ProfileCost, SAMPLING_INTERVAL_US, Sampler } from './bench/profile';
import { percentile } from './bench/rehearsal';
import { EXTENSION_DIR, extensionIdOf, launchWithExtension } from './browser';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    runs: { type: 'string', default: '30' },
    keys: { type: 'string', default: '240' },
    'growth-keys': { type: 'string', default: '40' },
    'extension-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
    'no-baseline': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(args.runs));
const KEYS = Math.max(2, Number(args.keys));
const GROWTH_KEYS = Math.max(0, Number(args['growth-keys']));
const SIZES = [20, 60, 200] as const;
type Size = (typeof SIZES)[number];
const QUIET_MS = 150;
const MAX_SETTLE_MS = 6_000;
const KEY_TIMEOUT_MS = 1_500;
/** Keys typed into one field before moving to the next (an even number: each pair toggles a finding on and off). */
const KEYS_PER_FIELD = 20;

/** Issue 7 §1 budgets. */
/** Issue 17 §3: keydown → marker/hint on screen within one 60 Hz frame at p95 (quiet machine). */
const BUDGET = {
  keystrokeP95Ms: 4,
  keystrokeWallP95Ms: 16,
  scan60Ms: 16,
  longTasks: 0,
  contentScriptGzipBytes: CONTENT_SCRIPT_BUDGET_GZIP_BYTES,
};

const log = (line: string) => {
  if (!args.json) process.stderr.write(`${line}\n`);
};
const r2 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? null : Math.round(x * 100) / 100);
const stats = (v: number[]) => ({
  p50_ms: r2(percentile(v, 50)),
  p95_ms: r2(percentile(v, 95)),
  max_ms: r2(v.length ? Math.max(...v) : Number.NaN),
});
const median = (v: number[]) => percentile(v, 50);

// ── rules core in Node ───────────────────────────────────────────────────────────────────────────

function rulesThroughput(): {
  rulesPerSecond: number;
  incrementalPerSecond: number;
  plainPerSecond: number;
  drafts: string[];
} {
  const dir = join(ROOT, 'tests/fixtures/drafts');
  const drafts: { name: string; draft: FilingDraft }[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    try {
      const parsed = parseDraft(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (parsed.ok) drafts.push({ name: f, draft: parsed.draft });
    } catch {
      /* not JSON: not a draft for the benchmark */
    }
  }
  if (drafts.length === 0) throw new Error('no fixture drafts in tests/fixtures/drafts');
  const run = (ms: number, fn: (d: FilingDraft) => void) => {
    let n = 0;
    const end = performance.now() + ms;
    while (performance.now() < end)
      for (const { draft } of drafts) {
        fn(draft);
        n++;
      }
    return n;
  };
  const full = (d: FilingDraft) => checkDraft(d, { date: d.date ?? '2018-11-28' });
  const one = (d: FilingDraft) =>
    checkDraft(d, { date: d.date ?? '2018-11-28', fields: ['subject.principal.mobile'], mode: 'page' });
  run(300, full); // warm-up
  const t0 = performance.now();
  const n = run(1_500, full);
  const s = (performance.now() - t0) / 1000;
  run(100, one);
  const t1 = performance.now();
  const m = run(700, one);
  const s1 = (performance.now() - t1) / 1000;
  // the plain validator over the same drafts (bench/plain-validator.ts); the sum keeps V8 from
  // dropping the calls as dead code
  let failures = 0;
  const plain = (d: FilingDraft) => {
    failures += plainValidate(d);
  };
  run(100, plain);
  const t2 = performance.now();
  const p = run(700, plain);
  const s2 = (performance.now() - t2) / 1000;
  if (failures < 0) throw new Error('unreachable');
  return {
    rulesPerSecond: Math.round(n / s),
    incrementalPerSecond: Math.round(m / s1),
    plainPerSecond: Math.round(p / s2),
    drafts: drafts.map((d) => d.name),
  };
}

// ── pages server ─────────────────────────────────────────────────────────────────────────────────

const PAGES = new Map(SIZES.map((n) => [n, filingPage(n)]));

/** The built component-library fixture pages (tests/fixtures/libs/dist), when they exist. */
let libsDist: string | undefined;
const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function pagesHandler(req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (libsDist && path.startsWith('/libs/')) {
    const file = resolve(libsDist, `.${path.slice('/libs'.length)}`);
    if (file.startsWith(libsDist) && existsSync(file)) {
      const type = STATIC_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(readFileSync(file));
      return;
    }
  }
  const m = /^\/filing-(\d+)\.html/.exec(req.url ?? '');
  const page = m ? PAGES.get(Number(m[1]) as Size) : undefined;
  if (!page) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(page.html);
}

function listen(port: number, host: string): Promise<{ server: Server; port: number }> {
  const server = createServer(pagesHandler);
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      ok({ server, port: typeof address === 'object' && address ? address.port : port });
    });
  });
}

async function serve(port: number): Promise<{ server: Server; base: string }> {
  const { server, port: actual } = await listen(port, '127.0.0.1');
  return { server, base: `http://127.0.0.1:${actual}` };
}

/**
 * The same pages on a loopback address no content script matches (the extension runs on
 * 127.0.0.1 and localhost only): IPv6 [::1], else 127.0.0.2 (Linux). The baseline for long tasks and
 * heap: the same navigation, the same streaming parse, no extension. Undefined when neither binds.
 */
async function serveBaseline(): Promise<{ server: Server; base: string } | undefined> {
  for (const [host, urlHost] of [
    ['::1', '[::1]'],
    ['127.0.0.2', '127.0.0.2'],
  ] as const) {
    try {
      const { server, port } = await listen(0, host);
      return { server, base: `http://${urlHost}:${port}` };
    } catch {
      /* not available here: try the next */
    }
  }
  return undefined;
}

// ── in-browser measurements ──────────────────────────────────────────────────────────────────────

interface Settled {
  dcl?: number;
  firstWrite?: number;
  lastWrite?: number;
  writes: number;
  fields: number;
  flagged: number;
  invalid: number;
  timedOut: boolean;
}

const settle = (page: Page) =>
  page.evaluate(
    ([q, m]) =>
      (window as never as { __icpBench: { settled(q: number, m: number): Promise<Settled> } }).__icpBench.settled(q, m),
    [QUIET_MS, MAX_SETTLE_MS] as const,
  );
const longTasksOf = (page: Page) =>
  page.evaluate(
    () =>
      (window as never as { __icpBench: { longTasks: { start: number; duration: number }[] } }).__icpBench.longTasks
        .length,
  );

interface ScanResult {
  cpu: ProfileCost[];
  settled: Settled[];
  pageLongTasks: number;
  /** The content script's own stopwatch on the last page loaded, when it answers. */
  selfTimed?: SelfTimings;
}

interface SelfTimings {
  /** Page-side input handler per event. */
  input: number[];
  /** locateFields on rescans (and, in older builds, reads too). */
  scan: number[];
  /** locateFields of the first scan after load. */
  firstScan?: number;
  /** readDraft per check. */
  read?: number[];
  /** annotator.update per check. */
  annotate: number[];
  fields: number;
}

/**
 * The content script's own stopwatch (its `timings` message: page-side input handling, locating the
 * fields, reading the draft, annotating, ms), asked from an extension page as the panel would. A cross-check of the profiler's
 * figures, with the split between finding the fields and drawing the findings. Undefined when the
 * extension has no such message.
 */
async function selfTimings(
  context: BrowserContext,
  extensionId: string,
  url: string,
): Promise<SelfTimings | undefined> {
  const panel = await context.newPage();
  try {
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    return await panel.evaluate(async (pageUrl) => {
      const c = (
        globalThis as never as {
          chrome: {
            tabs: {
              query(q: object): Promise<{ id?: number; url?: string }[]>;
              sendMessage(id: number, m: unknown): Promise<unknown>;
            };
          };
        }
      ).chrome;
      const tab = (await c.tabs.query({})).find((t) => t.url === pageUrl);
      if (tab?.id === undefined) return undefined;
      const reply = (await c.tabs.sendMessage(tab.id, { type: 'timings' }).catch(() => undefined)) as
        | SelfTimings
        | undefined;
      return reply && Array.isArray(reply.scan) ? reply : undefined;
    }, url);
  } catch {
    return undefined;
  } finally {
    await panel.close();
  }
}

async function scanRuns(
  page: Page,
  sampler: Sampler,
  prefix: string,
  base: string,
  path: string,
  /** Undefined for the baseline extension, which has no stopwatch to ask. */
  extensionId: string | undefined,
): Promise<ScanResult> {
  const settled: Settled[] = [];
  const cpu: ProfileCost[] = [];
  let pageLongTasks = 0;
  for (let r = 0; r < RUNS; r++) {
    await sampler.start();
    await page.goto(`${base}/${path}?run=${r}`, { waitUntil: 'domcontentloaded' });
    settled.push(await settle(page));
    cpu.push(await sampler.stop(prefix));
    pageLongTasks += await longTasksOf(page);
  }
  const selfTimed = extensionId ? await selfTimings(page.context(), extensionId, page.url()) : undefined;
  return { cpu, settled, pageLongTasks, ...(selfTimed ? { selfTimed } : {}) };
}

/**
 * Long tasks of the same page loads without the content script (the baseline server: same navigation
 * and streaming parse, an address no content script matches). What the browser alone does, e.g.
 * laying out 200 rows on a cold start; the extension is charged only with what comes on top.
 */
async function baselineLongTasks(page: Page, baseBase: string, size: Size): Promise<number> {
  let n = 0;
  for (let r = 0; r < RUNS; r++) {
    await page.goto(`${baseBase}/filing-${size}.html?baseline=${r}`, { waitUntil: 'load' });
    await page.waitForTimeout(QUIET_MS);
    n += await longTasksOf(page);
  }
  return n;
}

interface KeyTarget {
  id: string;
  /** Key pairs that toggle a finding: [first, then back]. */
  keys: [string, string];
}

/** The subject principal's mobile, ID number and e-mail: present on every generated page. */
function keyTargets(size: Size): KeyTarget[] {
  const rows = PAGES.get(size)?.rows ?? [];
  const idOf = (path: string) => `f${rows.findIndex((r) => r.path === path)}`;
  const idValue = rows.find((r) => r.path === 'subject.principal.idNumber')?.value ?? '';
  return [
    { id: idOf('subject.principal.mobile'), keys: ['8', 'Backspace'] }, // 10 digits (wrong) ↔ 11 (right)
    { id: idOf('subject.principal.idNumber'), keys: ['Backspace', idValue.slice(-1)] }, // 17 ↔ 18 characters
    { id: idOf('subject.principal.email'), keys: ['@', 'Backspace'] }, // a@b.com@ (wrong) ↔ a@b.com
  ];
}

interface KeyResult {
  cpu: number[];
  wall: number[];
  noUpdate: number;
  pageLongTasks: number;
  longestMs: number;
  /** The content script's own stopwatch for this page (its `timings` message), when it answers. */
  selfTimed?: SelfTimings;
}

async function typeKeys(
  page: Page,
  sampler: Sampler,
  prefix: string,
  base: string,
  size: Size,
  count: number,
  extensionId: string | undefined,
): Promise<KeyResult> {
  await page.goto(`${base}/filing-${size}.html?typing`, { waitUntil: 'domcontentloaded' });
  await settle(page);
  const before = await longTasksOf(page);
  const targets = keyTargets(size);
  const cpu: number[] = [];
  const wall: number[] = [];
  let longestMs = 0;
  let noUpdate = 0;
  let focused = '';
  for (let k = 0; k < count; k++) {
    const target = targets[Math.floor(k / KEYS_PER_FIELD) % targets.length] as KeyTarget;
    if (focused !== target.id) {
      await page.focus(`#${target.id}`);
      await page.keyboard.press('End');
      // let the focus change and its checks (blur of the previous field) pass before timing
      await page.evaluate(
        (t) =>
          (window as never as { __icpBench: { settled(q: number, m: number): Promise<unknown> } }).__icpBench.settled(
            t,
            t * 4,
          ),
        QUIET_MS,
      );
      focused = target.id;
    }
    await page.evaluate(
      (id) => (window as never as { __icpBench: { arm(id: string): boolean } }).__icpBench.arm(id),
      target.id,
    );
    await sampler.start();
    await page.keyboard.press(target.keys[k % 2] as string);
    const r = await page.evaluate(
      (t) =>
        (window as never as { __icpBench: { finish(t: number): Promise<{ wall?: number }> } }).__icpBench.finish(t),
      KEY_TIMEOUT_MS,
    );
    const cost = await sampler.stop(prefix);
    cpu.push(cost.ms);
    longestMs = Math.max(longestMs, cost.longestMs);
    if (r?.wall !== undefined) wall.push(r.wall);
    else noUpdate++;
  }
  const after = await longTasksOf(page);
  const selfTimed = extensionId ? await selfTimings(page.context(), extensionId, page.url()) : undefined;
  return {
    cpu,
    wall,
    noUpdate,
    pageLongTasks: after - before,
    longestMs,
    ...(selfTimed ? { selfTimed } : {}),
  };
}

/** Isolate heap after GC of a fresh tab showing the page with the content script, minus one without it. */
async function heapOf(
  context: BrowserContext,
  base: string,
  baseBase: string | undefined,
  size: Size,
): Promise<{ withExtension: number; without: number; delta: number }> {
  const measure = async (withExtension: boolean) => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    try {
      if (withExtension) {
        await page.goto(`${base}/filing-${size}.html?heap`, { waitUntil: 'domcontentloaded' });
        await settle(page);
      } else if (baseBase) {
        // the same page from an address no content script matches
        await page.goto(`${baseBase}/filing-${size}.html?heap`, { waitUntil: 'domcontentloaded' });
        await page.waitForTimeout(QUIET_MS);
      } else {
        // about:blank is not a page the content script runs on either: same DOM, same probe
        await page.setContent(PAGES.get(size)?.html ?? '', { waitUntil: 'domcontentloaded' });
        await page.waitForTimeout(QUIET_MS);
      }
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      return usage.usedSize;
    } finally {
      await cdp.detach().catch(() => {});
      await page.close();
    }
  };
  const withExt: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < 3; i++) {
    withExt.push(await measure(true));
    without.push(await measure(false));
  }
  const w = median(withExt);
  const wo = median(without);
  return { withExtension: w, without: wo, delta: w - wo };
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────────

type Heap = { withExtension: number; without: number; delta: number };

/** One Chromium with one extension loaded, the probe installed and the profiler ready. */
interface Subject {
  context: BrowserContext;
  extensionId: string;
  prefix: string;
  page: Page;
  cdp: CDPSession;
  sampler: Sampler;
}

async function openSubject(extDir: string, warmupUrl: string): Promise<Subject> {
  const context = await launchWithExtension({ extensionDir: extDir });
  try {
    const extensionId = await extensionIdOf(context);
    await context.addInitScript({ content: PROBE_SOURCE });
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp: CDPSession = await context.newCDPSession(page);
    const sampler = new Sampler(cdp);
    await sampler.init();
    // one untimed load so the first timed run does not pay for the renderer's and the extension's first start
    await page.goto(warmupUrl, { waitUntil: 'domcontentloaded' });
    await settle(page);
    return { context, extensionId, prefix: `chrome-extension://${extensionId}/`, page, cdp, sampler };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** What one extension gave: scans by page key (`20`, `60`, `200`, `fusion-60`), keystrokes and heap by size. */
interface Measured {
  scan: Partial<Record<string, ScanResult>>;
  keys: Partial<Record<Size, KeyResult>>;
  heap: Partial<Record<Size, Heap>>;
}

/**
 * The Fusion-rendered 60-field page of the component-library fixtures (tests/fixtures/libs, built by
 * their own `buildLibFixtures`), as a path on the bench server; undefined when that builder is not in
 * this checkout or fails.
 */
async function fusionPagePath(): Promise<string | undefined> {
  const builder = join(ROOT, 'tests/fixtures/libs/build.ts');
  if (!existsSync(builder)) return undefined;
  try {
    const mod = (await import(pathToFileURL(builder).href)) as {
      buildLibFixtures?: (o?: { quiet?: boolean }) => Promise<string>;
      FUSION_MANY_PAGE?: string;
    };
    if (!mod.buildLibFixtures || !mod.FUSION_MANY_PAGE) return undefined;
    const dist = resolve(await mod.buildLibFixtures({ quiet: true }));
    const page = resolve(mod.FUSION_MANY_PAGE);
    if (!existsSync(page) || !page.startsWith(dist)) return undefined;
    libsDist = dist;
    return `libs/${page.slice(dist.length + 1)}`;
  } catch (error) {
    log(`Fusion page skipped: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

const FUSION_KEY = 'fusion-60';
const load = () => loadavg().map((x) => Math.round(x * 100) / 100) as [number, number, number];

async function main(): Promise<number> {
  const started = performance.now();
  const loadBefore = load();
  const extDir = args['extension-dir'] ? resolve(args['extension-dir']) : EXTENSION_DIR;
  if (!existsSync(join(extDir, 'manifest.json'))) {
    if (args['extension-dir']) throw new Error(`no manifest.json in ${extDir}`);
    log('building the extension (npx wxt build)…');
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: args.json ? 'ignore' : 'inherit', timeout: 180_000 });
  }
  const baselineDir = args['no-baseline'] ? undefined : writeBaselineExtension();

  const contentScript = contentScriptSize(extDir);
  const baselineScript = baselineDir ? contentScriptSize(baselineDir) : undefined;
  const panel = panelSize(extDir);
  log('rules core throughput (and the plain validator over the same drafts)…');
  const rules = rulesThroughput();
  const fusionPath = await fusionPagePath();
  if (!fusionPath) log('no Fusion 60-field page (tests/fixtures/libs/build.ts): that row is left out');

  const { server, base } = await serve(Number(args.port));
  const noExtension = await serveBaseline();
  const ext: Measured = { scan: {}, keys: {}, heap: {} };
  const bl: Measured = { scan: {}, keys: {}, heap: {} };
  const withoutExtension: Partial<Record<Size, number>> = {};
  const pages: [key: string, path: string, size: Size | undefined][] = [
    ...SIZES.map((n) => [String(n), `filing-${n}.html`, n] as [string, string, Size]),
    ...(fusionPath ? [[FUSION_KEY, fusionPath, undefined] as [string, string, undefined]] : []),
  ];
  const subjects: Subject[] = [];
  let extensionId = '';
  try {
    const real = await openSubject(extDir, `${base}/filing-20.html?warmup`);
    subjects.push(real);
    extensionId = real.extensionId;
    const baseline = baselineDir ? await openSubject(baselineDir, `${base}/filing-20.html?warmup`) : undefined;
    if (baseline) subjects.push(baseline);
    // Each measurement runs for the extension and then at once for the baseline, so both see the
    // same machine load.
    const both = async <T>(label: string, fn: (s: Subject, isBaseline: boolean) => Promise<T>) => {
      log(label);
      const a = await fn(real, false);
      const b = baseline ? await fn(baseline, true) : undefined;
      return [a, b] as const;
    };
    for (const [key, path, size] of pages) {
      const [a, b] = await both(`scan: ${RUNS} loads of ${path}…`, (s, isB) =>
        scanRuns(s.page, s.sampler, s.prefix, base, path, isB ? undefined : s.extensionId),
      );
      ext.scan[key] = a;
      if (b) bl.scan[key] = b;
      if (noExtension && size) {
        log(`long tasks without any extension: ${RUNS} loads of the same page from ${noExtension.base}…`);
        withoutExtension[size] = await baselineLongTasks(real.page, noExtension.base, size);
      }
    }
    const [k60, bk60] = await both(`keystrokes: ${KEYS} on the 60-field page…`, (s, isB) =>
      typeKeys(s.page, s.sampler, s.prefix, base, 60, KEYS, isB ? undefined : s.extensionId),
    );
    ext.keys[60] = k60;
    if (bk60) bl.keys[60] = bk60;
    if (GROWTH_KEYS > 0)
      for (const size of [20, 200] as const) {
        const [a, b] = await both(`keystrokes: ${GROWTH_KEYS} on the ${size}-field page (growth)…`, (s, isB) =>
          typeKeys(s.page, s.sampler, s.prefix, base, size, GROWTH_KEYS, isB ? undefined : s.extensionId),
        );
        ext.keys[size] = a;
        if (b) bl.keys[size] = b;
      }
    for (const s of subjects) await s.cdp.detach().catch(() => {});
    for (const size of SIZES) {
      const [a, b] = await both(`heap: ${size}-field page with and without the content script…`, (s) =>
        heapOf(s.context, base, noExtension?.base, size),
      );
      ext.heap[size] = a;
      if (b) bl.heap[size] = b;
    }
  } finally {
    for (const s of subjects) await s.context.close();
    server.close();
    noExtension?.server.close();
  }
  const loadAfter = load();

  // ── report ──
  const summary = summarise(ext, pages);
  const baselineSummary = baselineDir ? summarise(bl, pages) : undefined;
  const { scanOut, keystroke, keystrokeWall, growth } = summary;
  const k60 = ext.keys[60] as KeyResult;
  // Long tasks caused by the content script: the page's PerformanceObserver ('longtask', research §3.1
  // LT) during page loads, minus what the same loads give without the extension (the pages run no
  // script of their own), plus every one while typing (typing into a plain input makes none).
  // The profiler's longest unbroken stretch of extension code says whether one was the extension's alone.
  const longTaskRows = SIZES.map((s) => {
    const withExt = (ext.scan[String(s)] as ScanResult).pageLongTasks;
    const without = withoutExtension[s];
    // without a baseline every long task of a load is charged to the extension
    return {
      page: s,
      with_extension: withExt,
      without_extension: without ?? null,
      baseline_extension: bl.scan[String(s)]?.pageLongTasks ?? null,
      caused: Math.max(0, withExt - (without ?? 0)),
    };
  });
  const typingLongTasks = Object.values(ext.keys).reduce((n, k) => n + (k?.pageLongTasks ?? 0), 0);
  const longTasks = longTaskRows.reduce((n, r) => n + r.caused, 0) + typingLongTasks;
  const extensionAlone =
    SIZES.reduce(
      (n, s) => n + (ext.scan[String(s)] as ScanResult).cpu.filter((w) => w.longestMs >= LONG_TASK_MS).length,
      0,
    ) + Object.values(ext.keys).filter((k) => k && k.longestMs >= LONG_TASK_MS).length;
  const selfStats = (t: SelfTimings | undefined) =>
    t
      ? {
          fields: t.fields,
          input_p50_ms: r2(percentile(t.input, 50)),
          input_p95_ms: r2(percentile(t.input, 95)),
          locate_first_ms: r2(t.firstScan),
          locate_p50_ms: r2(percentile(t.scan, 50)),
          read_p50_ms: r2(percentile(t.read ?? [], 50)),
          read_p95_ms: r2(percentile(t.read ?? [], 95)),
          annotate_p50_ms: r2(percentile(t.annotate, 50)),
          annotate_p95_ms: r2(percentile(t.annotate, 95)),
        }
      : null;
  const scan60 = scanOut['60']?.p50_ms ?? Number.NaN;
  const budgets = [
    {
      name: 'keystroke p95 (content-script main-thread time)',
      value: keystroke.p95_ms,
      limit: BUDGET.keystrokeP95Ms,
      unit: 'ms',
    },
    {
      name: 'keystroke → marker/hint p95 (wall)',
      value: keystrokeWall.p95_ms,
      limit: BUDGET.keystrokeWallP95Ms,
      unit: 'ms',
    },
    { name: 'full 60-field scan (p50 main-thread time)', value: scan60, limit: BUDGET.scan60Ms, unit: 'ms' },
    { name: 'long tasks ≥ 50 ms caused by the content script', value: longTasks, limit: BUDGET.longTasks, unit: '' },
    { name: 'content script gzip', value: contentScript.gzip_bytes, limit: BUDGET.contentScriptGzipBytes, unit: 'B' },
  ].map((b) => ({
    ...b,
    pass:
      b.value !== null &&
      !Number.isNaN(b.value) &&
      (b.name.startsWith('long') ? b.value <= b.limit : b.value < b.limit),
  }));
  const comparison = baselineSummary
    ? compare(summary, baselineSummary, pages, contentScript, baselineScript, rules, ext, bl)
    : [];
  const report = {
    keystroke,
    keystrokeWall,
    scan: scanOut,
    longTasks,
    longTasksDetail: {
      page_loads: longTaskRows,
      typing: typingLongTasks,
      extension_code_alone_over_50ms: extensionAlone,
      longest_extension_stretch_ms: r2(
        Math.max(
          0,
          ...SIZES.flatMap((s) => (ext.scan[String(s)] as ScanResult).cpu.map((w) => w.longestMs)),
          ...Object.values(ext.keys).map((k) => k?.longestMs ?? 0),
        ),
      ),
    },
    selfTimed: {
      scan: Object.fromEntries(SIZES.map((s) => [String(s), selfStats((ext.scan[String(s)] as ScanResult).selfTimed)])),
      typing60: selfStats(k60.selfTimed),
    },
    contentScript: { bytes: contentScript.bytes, gzip_bytes: contentScript.gzip_bytes, files: contentScript.files },
    sidePanel: panel ? { bytes: panel.bytes, gzip_bytes: panel.gzip_bytes, files: panel.files } : null,
    heap_bytes: ext.heap[60]?.delta ?? null,
    heap: Object.fromEntries(SIZES.map((s) => [String(s), ext.heap[s] ?? null])),
    rulesPerSecond: rules.rulesPerSecond,
    rulesIncrementalPerSecond: rules.incrementalPerSecond,
    plainValidatorPerSecond: rules.plainPerSecond,
    growth,
    budgets,
    baseline: baselineSummary
      ? {
          what: 'a content script that only marks every control with one attribute (scripts/bench/baseline.ts)',
          keystroke: baselineSummary.keystroke,
          keystrokeWall: baselineSummary.keystrokeWall,
          scan: baselineSummary.scanOut,
          growth: baselineSummary.growth,
          contentScript: baselineScript ? { bytes: baselineScript.bytes, gzip_bytes: baselineScript.gzip_bytes } : null,
        }
      : null,
    comparison,
    load: { before: loadBefore, after: loadAfter, cpus: (await import('node:os')).cpus().length },
    environment: {
      extensionDir: extDir,
      baselineDir: baselineDir ?? null,
      extensionId,
      runs: RUNS,
      keys: KEYS,
      samplingIntervalUs: SAMPLING_INTERVAL_US,
      node: process.version,
      cpus: (await import('node:os')).cpus().length,
      drafts: rules.drafts,
      fusionPage: fusionPath ?? null,
    },
    elapsed_s: r2((performance.now() - started) / 1000),
  };
  if (args.json) console.log(JSON.stringify(report));
  else printTable(report, contentScript, panel);
  const failed = budgets.filter((b) => !b.pass);
  return args.strict && failed.length ? 1 : 0;
}

/** Per-extension figures: scans by page, keystrokes, growth. */
function summarise(m: Measured, pages: [string, string, Size | undefined][]) {
  const scanOut = Object.fromEntries(
    pages.map(([key, , size]) => {
      const s = m.scan[key] as ScanResult;
      const cpu = s.cpu.map((w) => w.ms);
      const annotateWall = s.settled
        .filter((x) => x.lastWrite !== undefined && x.dcl !== undefined)
        .map((x) => (x.lastWrite as number) - (x.dcl as number));
      const last = s.settled.at(-1);
      return [
        key,
        {
          ...stats(cpu),
          longest_ms: r2(Math.max(0, ...s.cpu.map((w) => w.longestMs))),
          wall_p50_ms: r2(percentile(annotateWall, 50)),
          wall_p95_ms: r2(percentile(annotateWall, 95)),
          runs: s.cpu.length,
          runs_without_markers: s.settled.filter((x) => x.lastWrite === undefined).length,
          fields_marked: last?.fields ?? 0,
          fields_flagged: last?.flagged ?? 0,
          page_fields: size ?? 60,
          long_tasks: s.pageLongTasks,
        },
      ];
    }),
  ) as Record<string, Record<string, number | null>>;
  const k60 = m.keys[60] as KeyResult;
  const keystroke = {
    ...stats(k60.cpu),
    samples: k60.cpu.length,
    measure:
      "the content script's main-thread time per keystroke (V8 sampling profiler, every stack with an extension frame)",
  };
  const keystrokeWall = { ...stats(k60.wall), samples: k60.wall.length, no_update: k60.noUpdate };
  const growth = Object.fromEntries(
    SIZES.map((size) => [
      String(size),
      {
        scan_p50_ms: scanOut[String(size)]?.p50_ms ?? null,
        scan_wall_p50_ms: scanOut[String(size)]?.wall_p50_ms ?? null,
        keystroke_p50_ms: m.keys[size] ? r2(median((m.keys[size] as KeyResult).cpu)) : null,
        keystroke_wall_p50_ms: m.keys[size] ? r2(median((m.keys[size] as KeyResult).wall)) : null,
        heap_bytes: m.heap[size]?.delta ?? null,
      },
    ]),
  );
  return { scanOut, keystroke, keystrokeWall, growth };
}

type Summary = ReturnType<typeof summarise>;

/** Every figure of the extension beside the baseline's, with extension ÷ baseline. */
function compare(
  e: Summary,
  b: Summary,
  pages: [string, string, Size | undefined][],
  contentScript: BundleSize,
  baselineScript: BundleSize | undefined,
  rules: { rulesPerSecond: number; plainPerSecond: number },
  ext: Measured,
  bl: Measured,
): { measure: string; unit: string; extension: number | null; baseline: number | null; ratio: number | null }[] {
  const row = (measure: string, unit: string, x: number | null | undefined, y: number | null | undefined) => ({
    measure,
    unit,
    extension: x ?? null,
    baseline: y ?? null,
    ratio: x !== null && x !== undefined && y ? Number((x / y).toPrecision(2)) : null,
  });
  const rows = [
    row('keystroke → marker/hint, wall p50', 'ms', e.keystrokeWall.p50_ms, b.keystrokeWall.p50_ms),
    row('keystroke → marker/hint, wall p95', 'ms', e.keystrokeWall.p95_ms, b.keystrokeWall.p95_ms),
    row('keystroke, content-script main thread p50', 'ms', e.keystroke.p50_ms, b.keystroke.p50_ms),
    row('keystroke, content-script main thread p95', 'ms', e.keystroke.p95_ms, b.keystroke.p95_ms),
  ];
  for (const [key] of pages) {
    const name = key === FUSION_KEY ? 'Fusion 60-field page' : `${key}-field page`;
    rows.push(row(`${name}: scan main thread p50`, 'ms', e.scanOut[key]?.p50_ms, b.scanOut[key]?.p50_ms));
    rows.push(row(`${name}: scan main thread p95`, 'ms', e.scanOut[key]?.p95_ms, b.scanOut[key]?.p95_ms));
    rows.push(
      row(
        `${name}: DOMContentLoaded → last marker p50`,
        'ms',
        e.scanOut[key]?.wall_p50_ms,
        b.scanOut[key]?.wall_p50_ms,
      ),
    );
    rows.push(row(`${name}: long tasks in ${RUNS} loads`, '', e.scanOut[key]?.long_tasks, b.scanOut[key]?.long_tasks));
  }
  for (const size of [20, 200] as const)
    if (ext.keys[size] && bl.keys[size])
      rows.push(
        row(
          `${size}-field page: keystroke wall p50`,
          'ms',
          e.growth[String(size)]?.keystroke_wall_p50_ms,
          b.growth[String(size)]?.keystroke_wall_p50_ms,
        ),
      );
  for (const size of SIZES)
    rows.push(row(`${size}-field page: content-script heap`, 'B', ext.heap[size]?.delta, bl.heap[size]?.delta));
  rows.push(row('content script gzip', 'B', contentScript.gzip_bytes, baselineScript?.gzip_bytes));
  rows.push(
    row(
      'drafts checked per second in Node (rules core vs plain validator)',
      '/s',
      rules.rulesPerSecond,
      rules.plainPerSecond,
    ),
  );
  return rows;
}

function printTable(r: Json, contentScript: BundleSize, panel: BundleSize | undefined): void {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const ms = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${x} ms`);
  const out: string[] = [];
  out.push('ICP 备案助手 — benchmark (issue 7 §1, issue 17 §3)');
  out.push(
    `machine load average (1/5/15 min) before ${r.load.before.join(' / ')}, after ${r.load.after.join(' / ')}, on ${r.load.cpus} CPUs`,
    '',
  );
  out.push('budget                                            value         limit      result');
  for (const b of r.budgets as Json[]) {
    const v = b.unit === 'B' ? kb(b.value) : b.unit === 'ms' ? ms(b.value) : String(b.value);
    const l = b.unit === 'B' ? kb(b.limit) : b.unit === 'ms' ? `< ${b.limit} ms` : `${b.limit}`;
    out.push(`${b.name.padEnd(48)}  ${v.padStart(10)}  ${l.padStart(10)}   ${b.pass ? 'pass' : 'FAIL'}`);
  }
  out.push('', `scan, check and annotate per page load, ${r.environment.runs} loads per size`);
  out.push(
    '  cpu = content-script main-thread time (budget); longest = longest unbroken stretch; wall = DOMContentLoaded → last marker',
  );
  out.push('fields   cpu p50     cpu p95     longest     wall p50    wall p95    marked/flagged');
  for (const key of Object.keys(r.scan)) {
    const s = r.scan[key];
    const size = s.page_fields;
    out.push(
      `${(key === FUSION_KEY ? 'Fusion' : key).padStart(6)}   ${ms(s.p50_ms).padEnd(10)}  ${ms(s.p95_ms).padEnd(10)}  ${ms(s.longest_ms).padEnd(10)}  ${ms(s.wall_p50_ms).padEnd(10)}  ${ms(s.wall_p95_ms).padEnd(10)}  ${s.fields_marked}/${s.fields_flagged} of ${size}${s.runs_without_markers ? `  (${s.runs_without_markers} runs without markers)` : ''}`,
    );
  }
  out.push(
    '',
    `keystrokes on the 60-field page (${r.keystroke.samples} keys into the ID number, mobile and e-mail fields, each toggling a finding)`,
  );
  out.push(
    `  content-script main-thread time  p50 ${ms(r.keystroke.p50_ms)}  p95 ${ms(r.keystroke.p95_ms)}  max ${ms(r.keystroke.max_ms)}   ← budget`,
  );
  out.push(
    `  wall: keydown → marker/hint     p50 ${ms(r.keystrokeWall.p50_ms)}  p95 ${ms(r.keystrokeWall.p95_ms)}  max ${ms(r.keystrokeWall.max_ms)}  (${r.keystrokeWall.no_update} keys without an update in ${KEY_TIMEOUT_MS} ms)`,
  );
  out.push('', 'growth 20 → 60 → 200 fields (p50)');
  out.push('fields   scan        scan wall    keystroke   key wall    heap');
  for (const size of SIZES) {
    const g = r.growth[String(size)];
    out.push(
      `${String(size).padStart(6)}   ${ms(g.scan_p50_ms).padEnd(10)}  ${ms(g.scan_wall_p50_ms).padEnd(11)}  ${ms(g.keystroke_p50_ms).padEnd(10)}  ${ms(g.keystroke_wall_p50_ms).padEnd(10)}  ${g.heap_bytes === null ? '—' : kb(g.heap_bytes)}`,
    );
  }
  out.push('');
  const lt = r.longTasksDetail;
  out.push(
    `long tasks ≥ 50 ms caused by the content script: ${r.longTasks} — page loads with/without it: ${lt.page_loads
      .map((x: Json) => `${x.page}-field ${x.with_extension}/${x.without_extension ?? '?'}`)
      .join(
        ', ',
      )}; while typing: ${lt.typing}; longest unbroken stretch of extension code ${ms(lt.longest_extension_stretch_ms)} (${lt.extension_code_alone_over_50ms} runs ≥ 50 ms)`,
  );

  const st = r.selfTimed;
  if (st.typing60 || Object.values(st.scan).some(Boolean)) {
    out.push("content script's own stopwatch (its `timings` message; p50 / p95):");
    for (const size of SIZES) {
      const x = st.scan[String(size)];
      if (x)
        out.push(
          `  ${String(size).padStart(3)}-field page load: locate ${ms(x.locate_first_ms)}, read ${ms(x.read_p50_ms)} / ${ms(x.read_p95_ms)}, annotate ${ms(x.annotate_p50_ms)} / ${ms(x.annotate_p95_ms)}`,
        );
    }
    if (st.typing60)
      out.push(
        `  typing (60): input handler ${ms(st.typing60.input_p50_ms)} / ${ms(st.typing60.input_p95_ms)}, read ${ms(st.typing60.read_p50_ms)} / ${ms(st.typing60.read_p95_ms)}, annotate ${ms(st.typing60.annotate_p50_ms)} / ${ms(st.typing60.annotate_p95_ms)}`,
      );
  }
  out.push(
    `content script: ${kb(contentScript.bytes)} raw, ${kb(contentScript.gzip_bytes)} gzip (${contentScript.files.join(', ')})`,
  );
  out.push(
    panel
      ? `side panel: ${kb(panel.bytes)} raw, ${kb(panel.gzip_bytes)} gzip (${panel.files.length} files)`
      : 'side panel: not in this build',
  );
  out.push(
    `content-script heap on the 60-field page: ${r.heap_bytes === null ? '—' : kb(r.heap_bytes)} (isolate heap after GC, with minus without the content script)`,
  );
  out.push(
    `rules core: ${r.rulesPerSecond} drafts/s full check, ${r.rulesIncrementalPerSecond} drafts/s one-field incremental check (Node ${r.environment.node})`,
  );
  if (r.comparison.length) {
    out.push('', `beside the in-run baseline (${r.baseline.what}); ratio = extension ÷ baseline`);
    out.push(
      `${'measure'.padEnd(66)}  ${'extension'.padStart(10)}  ${'baseline'.padStart(10)}  ${'ratio'.padStart(6)}`,
    );
    const fmt = (x: number | null, unit: string) =>
      x === null ? '—' : unit === 'B' ? kb(x) : unit === 'ms' ? `${x} ms` : unit === '/s' ? `${x}/s` : String(x);
    for (const c of r.comparison as Json[])
      out.push(
        `${c.measure.padEnd(66)}  ${fmt(c.extension, c.unit).padStart(10)}  ${fmt(c.baseline, c.unit).padStart(10)}  ${(c.ratio === null ? '—' : `×${c.ratio}`).padStart(6)}`,
      );
  }
  out.push(`elapsed ${r.elapsed_s} s`);
  console.log(out.join('\n'));
}

// biome-ignore lint/suspicious/noExplicitAny: the report is printed field by field
type Json = any;

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(2);
  },
);
