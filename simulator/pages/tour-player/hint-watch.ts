/**
 * Watching the extension's markers on a field while a tour shows a common mistake (design §5:
 * `data-icp-field`, `data-icp-rules`, the hint host's `data-open`). `check` throws when the tour
 * was stopped or restarted meanwhile.
 */
import type { Finding } from '../../../shared/domain/finding';
import { type FiledRecord, mistakeFinding, startsFromRecord } from '../../tours/mistake-message';
import type { Tour } from '../../tours/schema';
import { hintHosts } from './hints';
import type { MistakeResult } from './types';

const HINT_TIMEOUT = 4_000;
/** Without any extension marker on the page this long after typing, the extension is taken as absent. */
const EXTENSION_GRACE = 1_500;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Wait for the rule (or any rule) on the field, or until the extension is evidently absent. */
export async function observeHint(
  el: Element,
  value: string,
  rule: string | undefined,
  check: () => void,
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
    check();
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

/** Whether a hint for the field opened (fix and source shown) within a moment. */
export async function waitHintOpen(el: Element, check: () => void): Promise<boolean> {
  const deadline = performance.now() + 1500;
  for (;;) {
    check();
    if (hintHosts(el).some((h) => h.hasAttribute('data-open'))) return true;
    if (performance.now() > deadline) return false;
    await sleep(50);
  }
}

/** Whether the rule left the field after the correction. */
export async function waitRuleGone(el: Element, rule: string, check: () => void): Promise<boolean> {
  const deadline = performance.now() + 3000;
  for (;;) {
    check();
    const list = (el.getAttribute('data-icp-rules') ?? '').split(/\s+/);
    if (!list.includes(rule)) return true;
    if (performance.now() > deadline) return false;
    await sleep(80);
  }
}

/**
 * The finding the rules core gives for the mistake of step `index`, in the draft the page holds
 * (change filings: on the filed record of `GET /__sim/state`), by the simulated date as the extension does.
 */
export function findingForMistake(tour: Tour, index: number, simState: unknown): Finding | undefined {
  const state = simState as {
    clock?: { now?: string };
    subjects?: { data: unknown; websites: { data: unknown }[] }[];
  };
  let record: FiledRecord | undefined;
  const subject = startsFromRecord(tour) ? state.subjects?.[0] : undefined;
  if (subject) record = { subject: subject.data, websites: subject.websites.map((w) => w.data) };
  const date = /^\d{4}-\d{2}-\d{2}/.exec(state.clock?.now ?? '')?.[0];
  try {
    return mistakeFinding(tour, index, { ...(record ? { record } : {}), ...(date ? { date } : {}) });
  } catch {
    // A draft the engine cannot read: the card goes without the quote rather than failing the tour.
    return undefined;
  }
}
