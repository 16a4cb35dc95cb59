/**
 * What "entering" a step does, one entry per step kind (issue 14 item 5): the table replaces the
 * player's long switch, so adding a step kind is one schema branch plus one entry here, and the
 * type of `STEP_RUNNERS` fails the build until both exist.
 *
 * A runner performs the step's action for real in the page (or against the control API), records
 * what it checked, and leaves the step in the phase it is to be shown in (`shown`, `mistake`, or
 * `verify` when a page load is due). It returns `navigating` when the page is being replaced, so the
 * player stops driving and resumes on the next page.
 */
import { getPath, substitute } from '../../tours/runtime';
import type { Also, Condition, Step, StepKind } from '../../tours/schema';
import { chooseFile, chooseOption, sampleFile, setChecked, typeValue } from './dom';

export type Outcome = 'navigating' | 'continue';

/** The part of the player a runner uses (implemented by TourController). */
export interface StepHost {
  /** Throws when the tour was stopped or restarted meanwhile. */
  check(token: number): void;
  persist(): void;
  timeout(step: Step): number;
  resolveAnchor(step: Step, token: number, optional?: boolean): Promise<Element | null>;
  /** The element of an anchor other than the step's own (an `also` field), waited for. */
  findElement(anchor: Also['anchor'], token: number, timeoutMs: number): Promise<Element>;
  verify(step: Step, token: number): Promise<void>;
  poll(c: Condition, token: number, timeoutMs: number): Promise<{ ok: boolean; detail?: string }>;
  describe(c: Condition): string;
  waitEnabled(el: Element, token: number, timeoutMs: number): Promise<void>;
  waitForOption(el: Element, wanted: string, token: number, timeoutMs: number): Promise<void>;
  /** Types or chooses the wrong value's consequences: waits for the extension's hint and opens it. */
  showMistake(el: Element, value: string, rule: string | undefined, token: number): Promise<void>;
  latestOrderId(): Promise<string>;
  /** A page path in the tour's world (`/beian/#/start` → `/w/tour-x/beian/#/start`). */
  pagePath(path: string): string;
  simFetch(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown>;
}

export interface RunContext {
  host: StepHost;
  token: number;
  /** Replaying quickly towards a later step: no typing delay, no mistakes. */
  replaying: boolean;
  /** Delay between typed characters. */
  typing: number;
  vars: Record<string, string>;
  /** The page load after a reset is still due (the first goto reloads). */
  fresh: boolean;
  navAttempts: number;
  /** Record a check of this step. */
  record(what: string, ok: boolean, detail?: string): void;
  /** Set the phase the step is shown in next. */
  setPhase(phase: 'shown' | 'mistake' | 'verify'): void;
  setFresh(fresh: boolean): void;
  setNavAttempts(n: number): void;
}

type Runner<K extends StepKind> = (step: Extract<Step, { kind: K }>, ctx: RunContext) => Promise<Outcome>;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function normHash(hash: string): string {
  return hash === '' || hash === '#' ? '#/' : hash;
}

/**
 * The further fields of a merged step (`also`), set after the step's own value, in order: a select
 * waits for its option (a city list loads after the province), a file input gets its sample file.
 */
async function setAlso(step: Step, ctx: RunContext): Promise<void> {
  const items = 'also' in step ? (step.also ?? []) : [];
  for (const item of items) {
    const el = await ctx.host.findElement(item.anchor, ctx.token, ctx.host.timeout(step));
    if ('file' in item) {
      await ctx.host.waitEnabled(el, ctx.token, ctx.host.timeout(step));
      chooseFile(el, sampleFile(item.file, item.name));
    } else if (el instanceof HTMLSelectElement) {
      const wanted = substitute(item.value, ctx.vars);
      await ctx.host.waitForOption(el, wanted, ctx.token, ctx.host.timeout(step));
      chooseOption(el, wanted);
    } else {
      await typeValue(el, substitute(item.value, ctx.vars), ctx.typing);
    }
  }
  // The card points at the step's own element again.
  if (items.length) await ctx.host.resolveAnchor(step, ctx.token, true);
}

/** Point at the step's element (when it has one), check its expectations, show it. */
async function show(step: Step, ctx: RunContext, anchorOptional = true): Promise<Outcome> {
  await ctx.host.resolveAnchor(step, ctx.token, anchorOptional);
  await ctx.host.verify(step, ctx.token);
  ctx.setPhase('shown');
  return 'continue';
}

/** After a change made through the control API: reload the page when asked, else show the step. */
async function afterWorldChange(step: Step & { reload?: boolean }, ctx: RunContext): Promise<Outcome> {
  ctx.host.check(ctx.token);
  if (step.reload) {
    ctx.setPhase('verify');
    ctx.host.persist();
    location.reload();
    return 'navigating';
  }
  return show(step, ctx);
}

export const STEP_RUNNERS: { [K in StepKind]: Runner<K> } = {
  async goto(step, ctx) {
    const target = ctx.host.pagePath(substitute(step.path, ctx.vars));
    const url = new URL(target, location.origin);
    if (ctx.fresh) {
      // After a reset the page is loaded afresh, so no screen shows data from before it.
      ctx.setFresh(false);
      ctx.host.persist();
      if (url.pathname === location.pathname) {
        history.replaceState(history.state, '', target);
        location.reload();
      } else {
        location.assign(target);
      }
      return 'navigating';
    }
    const here = location.pathname + normHash(location.hash);
    const want = url.pathname + normHash(url.hash);
    if (here !== want) {
      if (ctx.navAttempts >= 3) throw new Error(`无法打开 ${target} / cannot open ${target} (at ${here})`);
      ctx.setNavAttempts(ctx.navAttempts + 1);
      ctx.host.persist();
      if (url.pathname === location.pathname) {
        location.hash = url.hash;
        await sleep(30);
        return 'continue';
      }
      location.assign(target);
      return 'navigating';
    }
    ctx.setNavAttempts(0);
    ctx.record(`url ${want}`, true);
    return show(step, ctx, false);
  },

  async fill(step, ctx) {
    const el = (await ctx.host.resolveAnchor(step, ctx.token)) as Element;
    if (step.mistake && !ctx.replaying) {
      const wrong = substitute(step.mistake.value, ctx.vars);
      await typeValue(el, wrong, ctx.typing);
      await ctx.host.showMistake(el, wrong, step.mistake.expectRule, ctx.token);
      ctx.setPhase('mistake');
      return 'continue';
    }
    await typeValue(el, substitute(step.value, ctx.vars), ctx.typing);
    await setAlso(step, ctx);
    await ctx.host.verify(step, ctx.token);
    ctx.setPhase('shown');
    return 'continue';
  },

  async select(step, ctx) {
    const el = (await ctx.host.resolveAnchor(step, ctx.token)) as Element;
    const mistake = step.mistake && !ctx.replaying ? step.mistake : undefined;
    const wanted = substitute(mistake ? mistake.value : step.value, ctx.vars);
    await ctx.host.waitForOption(el, wanted, ctx.token, ctx.host.timeout(step));
    chooseOption(el, wanted);
    if (mistake) {
      await ctx.host.showMistake(el, wanted, mistake.expectRule, ctx.token);
      ctx.setPhase('mistake');
      return 'continue';
    }
    await setAlso(step, ctx);
    await ctx.host.verify(step, ctx.token);
    ctx.setPhase('shown');
    return 'continue';
  },

  async check(step, ctx) {
    const el = (await ctx.host.resolveAnchor(step, ctx.token)) as Element;
    await ctx.host.waitEnabled(el, ctx.token, ctx.host.timeout(step));
    setChecked(el, step.checked);
    await ctx.host.verify(step, ctx.token);
    ctx.setPhase('shown');
    return 'continue';
  },

  async upload(step, ctx) {
    const el = (await ctx.host.resolveAnchor(step, ctx.token)) as Element;
    await ctx.host.waitEnabled(el, ctx.token, ctx.host.timeout(step));
    chooseFile(el, sampleFile(step.file, step.name));
    await setAlso(step, ctx);
    await ctx.host.verify(step, ctx.token);
    ctx.setPhase('shown');
    return 'continue';
  },

  async click(step, ctx) {
    // Shown first; the player clicks on "next", so the audience sees the button before it is pressed.
    await ctx.host.resolveAnchor(step, ctx.token);
    ctx.setPhase('shown');
    return 'continue';
  },

  async waitFor(step, ctx) {
    await ctx.host.resolveAnchor(step, ctx.token, true);
    const ok = await ctx.host.poll(step.until, ctx.token, ctx.host.timeout(step));
    const what = ctx.host.describe(step.until);
    ctx.record(what, ok.ok, ok.detail);
    if (!ok.ok)
      throw new Error(`等待超时：${what} / timed out waiting for ${what}${ok.detail ? ` (${ok.detail})` : ''}`);
    return show(step, ctx);
  },

  async advanceClock(step, ctx) {
    const answer = (await ctx.host.simFetch('POST', '/__sim/clock', { advance: step.duration })) as { now?: string };
    ctx.record(`clock +${step.duration}`, true, answer.now);
    return afterWorldChange(step, ctx);
  },

  async review(step, ctx) {
    const order = step.order ? substitute(step.order, ctx.vars) : await ctx.host.latestOrderId();
    await ctx.host.simFetch('POST', `/__sim/orders/${encodeURIComponent(order)}/review`, {
      stage: step.stage,
      decision: step.decision,
      ...(step.reason ? { reason: step.reason } : {}),
    });
    ctx.record(`review ${step.stage} ${step.decision} ${order}`, true);
    return afterWorldChange(step, ctx);
  },

  async readSms(step, ctx) {
    const name = step.as ?? `code:${step.mobile}`;
    const seenKey = `${name}#seen`;
    const seen = Number(ctx.vars[seenKey] ?? -1);
    const deadline = performance.now() + ctx.host.timeout(step);
    for (;;) {
      ctx.host.check(ctx.token);
      const answer = (await ctx.host.simFetch('GET', `/__sim/sms?to=${encodeURIComponent(step.mobile)}`)) as {
        items: { text: string; code: string | null; kind: string }[];
      };
      let found: { value: string; at: number } | undefined;
      answer.items.forEach((m, i) => {
        if (step.smsKind && m.kind !== step.smsKind) return;
        if (i <= seen) return;
        const value = step.pattern ? new RegExp(step.pattern).exec(m.text)?.[1] : (m.code ?? undefined);
        if (value) found = { value, at: i };
      });
      if (found) {
        ctx.vars[name] = found.value;
        ctx.vars[seenKey] = String(found.at);
        ctx.record(`sms to ${step.mobile}`, true, found.value);
        break;
      }
      if (performance.now() > deadline)
        throw new Error(`${step.mobile} 没有收到新的验证码短信 / no new code SMS to ${step.mobile}`);
      await sleep(150);
    }
    return show(step, ctx);
  },

  async remember(step, ctx) {
    const answer = await ctx.host.simFetch('GET', substitute(step.get, ctx.vars));
    const value = getPath(answer, step.path);
    if (value === undefined || value === null || typeof value === 'object')
      throw new Error(`${step.get} 中没有 ${step.path} / no ${step.path} in ${step.get}`);
    ctx.vars[step.as] = String(value);
    ctx.record(`remember ${step.as}`, true, String(value));
    return show(step, ctx);
  },

  async note(step, ctx) {
    return show(step, ctx, false);
  },
};

/** Run the entry of a step's kind. */
export function runStep(step: Step, ctx: RunContext): Promise<Outcome> {
  const runner = STEP_RUNNERS[step.kind] as Runner<StepKind>;
  return runner(step as Extract<Step, { kind: StepKind }>, ctx);
}
