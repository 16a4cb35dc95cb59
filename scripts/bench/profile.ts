/**
 * Main-thread time of the content script, from V8's sampling CPU profiler (CDP `Profiler` on the
 * page's session, one sample every 50 µs).
 *
 * A sample counts as the extension's when any frame of its JS stack belongs to a script at
 * `chrome-extension://<id>/…`: the content script's injection, its event listeners, timers,
 * MutationObserver callbacks, promise continuations after a message to the background, and the DOM
 * work (style, layout) it forces from inside those calls. Time the browser spends later because of
 * its DOM writes (the next frame's style and layout) is not in a JS stack and is not counted. The
 * benchmark pages run no script of their own apart from the probe, which is never on an extension
 * stack. Sampling resolution: ±50 µs per contiguous stretch.
 *
 * Why not a trace: a trace attributes `FunctionCall`s by URL, but promise continuations and
 * microtask callbacks carry none — and the extension's check is a round trip to the background
 * whose answer is applied in such a continuation.
 */
import type { CDPSession } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileCost {
  /** Extension time in the profiled window, ms. */
  ms: number;
  /** Longest contiguous stretch of extension samples, ms (≥ 50: a long task of the extension alone). */
  longestMs: number;
  /** Length of the profiled window, ms. */
  spanMs: number;
}

/** A long task (Long Tasks API, research §3.1 LT): 50 ms of uninterrupted main-thread work. */
export const LONG_TASK_MS = 50;

export const SAMPLING_INTERVAL_US = 50;

export class Sampler {
  constructor(private readonly cdp: CDPSession) {}

  async init(): Promise<void> {
    await this.cdp.send('Profiler.enable');
    await this.cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  }

  start(): Promise<unknown> {
    return this.cdp.send('Profiler.start');
  }

  async stop(prefix: string): Promise<ProfileCost> {
    const { profile } = (await this.cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    return extensionCost(profile, prefix);
  }
}

/** Extension time in a profile: samples whose stack holds a frame of a script under `prefix`. */
export function extensionCost(profile: Profile, prefix: string): ProfileCost {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, boolean>();
  const inExtension = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = !!node && (node.callFrame.url.startsWith(prefix) || (up !== undefined && inExtension(up)));
    memo.set(id, result);
    return result;
  };
  let us = 0;
  let longest = 0;
  let stretch = 0;
  profile.samples.forEach((sample, i) => {
    // timeDeltas[i] is the time since the previous sample: the interval this sample stands for
    const d = Math.max(0, profile.timeDeltas[i] ?? 0);
    if (inExtension(sample)) {
      us += d;
      stretch += d;
      longest = Math.max(longest, stretch);
    } else stretch = 0;
  });
  return { ms: us / 1000, longestMs: longest / 1000, spanMs: (profile.endTime - profile.startTime) / 1000 };
}
