/**
 * `npm run bench` — the extension's cost on filing pages, against the budgets of issue 7 §1
 * (research reliability-performance §3): the built extension (`.output/chrome-mv3`) in Chromium,
 * generated filing pages of 20, 60 and 200 fields served from 127.0.0.1, and the rules core in Node.
 *
 *   npm run bench [-- --json] [--strict] [--runs 30] [--keys 240] [--extension-dir DIR] [--port N (N+1: no-extension server)]
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
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { writeBaselineExtension } from './bench/baseline';
import { type BundleSize, contentScriptSize, panelSize } from './bench/bundle';
import { BUDGET, median, r2, SIZES, type Size, stats } from './bench/config';
import {
  baselineLongTasks,
  heapOf,
  type KeyResult,
  type ScanResult,
  type SelfTimings,
  scanRuns,
  settle,
  typeKeys,
} from './bench/measure';
import { PROBE_SOURCE } from './bench/probe';
import { LONG_TASK_MS, SAMPLING_INTERVAL_US, Sampler } from './bench/profile';
import { percentile } from './bench/rehearsal';
import { FUSION_KEY, printTable } from './bench/report';
import { rulesThroughput } from './bench/rules-core';
import { serve, serveBaseline, serveLibs } from './bench/server';
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

const log = (line: string) => {
  if (!args.json) process.stderr.write(`${line}\n`);
};

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
    serveLibs(dist);
    return `libs/${page.slice(dist.length + 1)}`;
  } catch (error) {
    log(`Fusion page skipped: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

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
  const rules = rulesThroughput(ROOT);
  const fusionPath = await fusionPagePath();
  if (!fusionPath) log('no Fusion 60-field page (tests/fixtures/libs/build.ts): that row is left out');

  const { server, base } = await serve(Number(args.port));
  // The no-extension server on the next port when one is given (0: any free port).
  const noExtension = await serveBaseline(Number(args.port) ? Number(args.port) + 1 : 0);
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
        scanRuns(s.page, s.sampler, s.prefix, base, path, isB ? undefined : s.extensionId, RUNS),
      );
      ext.scan[key] = a;
      if (b) bl.scan[key] = b;
      if (noExtension && size) {
        log(`long tasks without any extension: ${RUNS} loads of the same page from ${noExtension.base}…`);
        withoutExtension[size] = await baselineLongTasks(real.page, noExtension.base, size, RUNS);
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
    {
      name: 'rules core (whole drafts/s in Node, at least)',
      value: rules.rulesPerSecond,
      limit: BUDGET.rulesPerSecond,
      unit: '/s',
      atLeast: true,
    },
  ].map((b: { name: string; value: number | null; limit: number; unit: string; atLeast?: boolean }) => ({
    ...b,
    pass:
      b.value !== null &&
      !Number.isNaN(b.value) &&
      (b.atLeast
        ? b.value >= b.limit
        : b.name.startsWith('long') || b.unit === 'B'
          ? b.value <= b.limit
          : b.value < b.limit),
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
    rulesPerCpuSecond: rules.rulesPerCpuSecond,
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

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(2);
  },
);
