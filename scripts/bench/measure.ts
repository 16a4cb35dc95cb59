/** In-browser measurements: page loads (scan), key presses, long tasks, heap, the content script's stopwatch. */
import type { BrowserContext, Page } from '@playwright/test';
import { KEY_TIMEOUT_MS, KEYS_PER_FIELD, MAX_SETTLE_MS, median, PAGES, QUIET_MS, type Size } from './config';
import type { ProfileCost, Sampler } from './profile';

export interface Settled {
  dcl?: number;
  firstWrite?: number;
  lastWrite?: number;
  writes: number;
  fields: number;
  flagged: number;
  invalid: number;
  timedOut: boolean;
}

export const settle = (page: Page) =>
  page.evaluate(
    ([q, m]) =>
      (window as never as { __icpBench: { settled(q: number, m: number): Promise<Settled> } }).__icpBench.settled(q, m),
    [QUIET_MS, MAX_SETTLE_MS] as const,
  );
export const longTasksOf = (page: Page) =>
  page.evaluate(
    () =>
      (window as never as { __icpBench: { longTasks: { start: number; duration: number }[] } }).__icpBench.longTasks
        .length,
  );

export interface ScanResult {
  cpu: ProfileCost[];
  settled: Settled[];
  pageLongTasks: number;
  /** The content script's own stopwatch on the last page loaded, when it answers. */
  selfTimed?: SelfTimings;
}

export interface SelfTimings {
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
export async function selfTimings(
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

export async function scanRuns(
  page: Page,
  sampler: Sampler,
  prefix: string,
  base: string,
  path: string,
  /** Undefined for the baseline extension, which has no stopwatch to ask. */
  extensionId: string | undefined,
  runs: number,
): Promise<ScanResult> {
  const settled: Settled[] = [];
  const cpu: ProfileCost[] = [];
  let pageLongTasks = 0;
  for (let r = 0; r < runs; r++) {
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
export async function baselineLongTasks(page: Page, baseBase: string, size: Size, runs: number): Promise<number> {
  let n = 0;
  for (let r = 0; r < runs; r++) {
    await page.goto(`${baseBase}/filing-${size}.html?baseline=${r}`, { waitUntil: 'load' });
    await page.waitForTimeout(QUIET_MS);
    n += await longTasksOf(page);
  }
  return n;
}

export interface KeyTarget {
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

export interface KeyResult {
  cpu: number[];
  wall: number[];
  noUpdate: number;
  pageLongTasks: number;
  longestMs: number;
  /** The content script's own stopwatch for this page (its `timings` message), when it answers. */
  selfTimed?: SelfTimings;
}

export async function typeKeys(
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
export async function heapOf(
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
