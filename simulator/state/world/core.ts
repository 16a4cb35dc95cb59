import type { FilingDraft } from '../../../shared/domain/draft';
import { mobileFormat } from '../../../shared/formats/phone';
import {
  normaliseMobile,
  resolveProvinceCode,
  SMS_CODE_RULES,
  type StepId,
  stepsFor,
} from '../../../shared/process/index';
import { smsMechanics } from '../../../shared/process/sms-check-policy';
import { formatChina, parseInstant, simDate } from '../clock';
import { PROVIDER_SENDER } from '../data';
import { notFound } from '../errors';
import { nextId } from '../random';
import {
  type CappedList,
  type Carrier,
  type FiledSubject,
  type Order,
  type SimState,
  type SmsKind,
  WORLD_CAPS,
} from '../schema';
import type { BlobStore } from '../store';

/**
 * What every part of the simulated world shares: the world handle, time helpers, lookups and
 * outgoing SMS. The behaviour lives beside this file, one concern each (index.ts lists them).
 */

export interface World {
  state: SimState;
  /** Simulated now (ms). */
  now: number;
  /** Time of the transition being applied: `now`, or an earlier due time while catching up. */
  at: number;
  blobs: BlobStore;
  /** The orders that can fall due (SMS-check windows, review stages), when the store keeps that list. */
  timedOrders?: Order[];
}

export const iso = (ms: number) => formatChina(ms);
/** An instant of the state (ISO text) in ms; 0 when absent. */
export const instant = (ms: string | undefined) => parseInstant(ms ?? '') ?? 0;

// ── Small helpers ───────────────────────────────────────────────────────────────────────────────

export function account(state: SimState) {
  const a = state.accounts[0];
  if (!a) throw new Error('the world has no account');
  return a;
}

export function normId(s: string | undefined): string {
  return (s ?? '').normalize('NFKC').replace(/\s/g, '').toUpperCase();
}

export function normDomain(s: string | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/\/.*$/, '')
    .replace(/^www\./, '');
}

export function idTail(idNumber: string | undefined): string {
  return normId(idNumber).slice(-6);
}

export function carrierOf(state: SimState, mobile: string): Carrier {
  const override = state.carriers[mobile];
  if (override) return override;
  // The segment table lives in shared/formats/phone.ts (one source for the checker and the simulator).
  const details = mobileFormat.check(mobile).details;
  const carrier = details?.carrier ?? 'unknown';
  if (carrier === 'broadnet') return 'broadcast';
  if (carrier === 'data-only') return details?.network && details.network !== 'broadnet' ? details.network : 'unknown';
  return carrier;
}

/** MIIT's sender number for a carrier; virtual operators (and carriers the spec does not list) have none (spec §6.2). */
/** Who MIIT's codes come from on the simulated day: 12381 once the national system sends them, else the carrier's number. */
export function miitSender(carrier: Carrier, atMs: number): string | null {
  const sender = smsMechanics(simDate(atMs)).sender?.value;
  if (sender !== undefined && sender !== 'carriers') return String(sender);
  if (carrier === 'mobile' || carrier === 'unicom' || carrier === 'telecom') return SMS_CODE_RULES.senders[carrier];
  return null;
}

export function provinceCodeOf(name: string | undefined): string | undefined {
  return resolveProvinceCode(name);
}

/**
 * Append to one of a world's growing lists, dropping the oldest beyond its cap (WORLD_CAPS) and
 * counting them in `state.dropped`, so 1,000 code requests cannot grow a world without bound.
 */
export function pushCapped<T>(state: SimState, kind: CappedList, list: T[], item: T): void {
  list.push(item);
  const over = list.length - WORLD_CAPS[kind];
  if (over > 0) {
    list.splice(0, over);
    state.dropped[kind] += over;
  }
}

export function sendSms(
  w: World,
  sms: { to: string; text: string; kind: SmsKind; code?: string; from?: string | null; orderId?: string; at?: number },
): void {
  pushCapped(w.state, 'sms', w.state.sms, {
    id: nextId(w.state, 'M'),
    to: sms.to,
    from: sms.from === undefined ? PROVIDER_SENDER : sms.from,
    text: sms.text,
    code: sms.code ?? null,
    sentAt: iso(sms.at ?? w.at),
    kind: sms.kind,
    ...(sms.orderId ? { orderId: sms.orderId } : {}),
  });
}

export const PROVIDER_SIGN = '【云备案】';

export function notice(w: World, to: string | undefined, text: string, orderId?: string): void {
  const mobile = normaliseMobile(to);
  if (mobile)
    sendSms(w, { to: mobile, text: `${PROVIDER_SIGN}${text}`, kind: 'notice', ...(orderId ? { orderId } : {}) });
}

export function findOrder(state: SimState, id: string): Order {
  const order = state.orders.find((o) => o.id === id);
  if (!order) throw notFound({ zh: `订单 ${id} 不存在`, en: `No order ${id}` });
  return order;
}

export function findSubject(state: SimState, id: string | undefined): FiledSubject | undefined {
  return id ? state.subjects.find((s) => s.id === id) : undefined;
}

/** Stable text of the draft parts the bureau sees (spec §6.2: "data need no change"). */
export function draftHash(draft: FilingDraft): string {
  const { date: _d, smsCheck: _s, ...rest } = draft;
  return stableStringify(rest);
}

export function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableStringify((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

// ── Steps of an order (shared/process) ─────────────────────────────────────────────────────────

export function orderSteps(w: World, order: Order): StepId[] {
  return stepsFor(order.type, order.provinceCode, simDate(w.at)).map((s) => s.id);
}

export function hasStep(w: World, order: Order, id: StepId): boolean {
  return orderSteps(w, order).includes(id);
}
