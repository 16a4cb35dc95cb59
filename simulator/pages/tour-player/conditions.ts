/**
 * What a tour step says must hold (`expect`, `waitFor`), evaluated once against the page and the
 * simulator's state, and described for the step's results.
 */
import { describeAnchor, getPath, substitute } from '../../tours/runtime';
import type { Anchor, Condition, Step } from '../../tours/schema';
import { findOne, findOption, isDisabled, normText, pageText, shownValue, valueMatches } from './dom';
import type { CheckResult } from './types';

/** An anchor with its remembered values (`{{sn1}}`) filled in. */
export function anchorWithVars(a: Anchor, vars: Readonly<Record<string, string>>): Anchor {
  const sub = (t: string | undefined) => (t === undefined ? undefined : substitute(t, vars));
  const out: Anchor = {};
  if (a.label !== undefined) out.label = sub(a.label);
  if (a.role !== undefined) out.role = a.role;
  if (a.name !== undefined) out.name = sub(a.name);
  if (a.partial !== undefined) out.partial = a.partial;
  if (a.text !== undefined) out.text = sub(a.text);
  if (a.within) out.within = anchorWithVars(a.within, vars);
  return out;
}

export function describeCondition(c: Condition): string {
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

/** Evaluate a condition once; `simState` reads `GET /__sim/state` of the tour's world. */
export async function evaluateCondition(
  c: Condition,
  vars: Readonly<Record<string, string>>,
  simState: () => Promise<unknown>,
): Promise<{ ok: boolean; detail?: string }> {
  if (c.text && !pageText().includes(normText(substitute(c.text, vars))))
    return { ok: false, detail: 'text not on the page' };
  if (c.noText && pageText().includes(normText(substitute(c.noText, vars))))
    return { ok: false, detail: 'text still on the page' };
  if (c.url && !(location.pathname + location.hash).includes(substitute(c.url, vars)))
    return { ok: false, detail: `at ${location.pathname}${location.hash}` };
  if (c.anchor) {
    const el = findOne(anchorWithVars(c.anchor, vars));
    if (!el) return { ok: false, detail: 'element not found' };
    if (c.value !== undefined && !valueMatches(el, substitute(c.value, vars)))
      return { ok: false, detail: `value “${shownValue(el)}”` };
  }
  if (c.status || c.state) {
    const state = (await simState()) as { orders?: { id: string; status: string }[] };
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

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Evaluate until true or `timeoutMs` passed; `check` throws when the tour moved on meanwhile. */
export async function pollCondition(
  c: Condition,
  vars: Readonly<Record<string, string>>,
  check: () => void,
  simState: () => Promise<unknown>,
  timeoutMs: number,
): Promise<{ ok: boolean; detail?: string }> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    check();
    const r = await evaluateCondition(c, vars, simState);
    if (r.ok || performance.now() > deadline) return r;
    await sleep(c.status || c.state ? 200 : 80);
  }
}

export interface VerifyContext {
  vars: Readonly<Record<string, string>>;
  check: () => void;
  simState: () => Promise<unknown>;
  /** Each check is recorded here. */
  checks: CheckResult[];
}

/**
 * The step's own effect (values typed, including merged fields; box ticked; files chosen) plus its
 * `expect` list, each polled until true. Returns what failed (empty: all held).
 */
export async function verifyStep(step: Step, ctx: VerifyContext): Promise<string[]> {
  const implicit: Condition[] = [];
  if ((step.kind === 'fill' || step.kind === 'select') && !step.expect?.some((c) => c.value !== undefined))
    implicit.push({ anchor: step.anchor, value: step.value });
  for (const item of 'also' in step ? (step.also ?? []) : [])
    if ('value' in item) implicit.push({ anchor: item.anchor, value: item.value });
  const failed: string[] = [];
  for (const c of [...implicit, ...(step.expect ?? [])]) {
    const res = await pollCondition(c, ctx.vars, ctx.check, ctx.simState, step.timeoutMs ?? 5000);
    const what = describeCondition(c);
    ctx.checks.push({ what, ok: res.ok, ...(res.detail ? { detail: res.detail } : {}) });
    if (!res.ok) failed.push(`${what}${res.detail ? ` — ${res.detail}` : ''}`);
  }
  if (step.kind === 'check') {
    const el = findOne(anchorWithVars(step.anchor, ctx.vars));
    const ok = !!el && (el as HTMLInputElement).checked === step.checked;
    ctx.checks.push({ what: `checked = ${step.checked}`, ok });
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
      ctx.check();
      const el = findOne(anchorWithVars(file.anchor, ctx.vars));
      const held = el instanceof HTMLInputElement && el.files?.[0]?.name === file.name;
      ok = held || pageText().includes(normText(file.name));
      if (ok || performance.now() > deadline) break;
      await sleep(80);
    }
    ctx.checks.push({ what: `file ${file.name}`, ok });
    if (!ok) failed.push(`file ${file.name}`);
  }
  return failed;
}

/** Poll until the anchor's element is there; throws a clear message after `timeoutMs`. */
export async function waitForElement(
  anchor: Anchor,
  described: string,
  check: () => void,
  timeoutMs: number,
): Promise<Element> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    check();
    const el = findOne(anchor);
    if (el) return el;
    if (performance.now() > deadline)
      throw new Error(`找不到元素 ${described}（${timeoutMs / 1000} 秒）/ element ${described} not found`);
    await sleep(80);
  }
}

export async function waitEnabled(el: Element, check: () => void, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (isDisabled(el)) {
    check();
    if (performance.now() > deadline) throw new Error(`元素不可用（disabled）/ the element stays disabled`);
    await sleep(80);
  }
}

export async function waitForOption(el: Element, wanted: string, check: () => void, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    check();
    if (el instanceof HTMLSelectElement && !el.disabled && findOption(el, wanted)) return;
    if (performance.now() > deadline) throw new Error(`下拉列表中没有「${wanted}」/ no option “${wanted}”`);
    await sleep(80);
  }
}
