import { simNow } from '../clock';
import type { Order } from '../schema';
import type { Tx } from '../store';
import { instant, type World } from './core';
import { reviewDueAt, stageOf } from './machine';
import { returnOrder } from './sms-check';
import { review } from './submit-review';

/** Time: SMS-check expiry and auto review, evaluated lazily when a world is opened (issue 5 item 4). */

/** Open the world inside a store transaction and catch up with the clock (lazy evaluation). */
export function openWorld(tx: Tx): World {
  const now = simNow(tx.state, tx.realNow);
  const w: World = { state: tx.state, now, at: now, blobs: tx.blobs };
  // Only orders that can fall due are looked at (the store keeps the list), not every order.
  if (tx.watch) w.timedOrders = tx.watch<Order>('orders', 'timed', canFallDue);
  catchUp(w);
  return w;
}

/** An order with a clock-driven event ahead: an SMS-check window, or a review stage (auto review). */
export function canFallDue(order: Order): boolean {
  return (order.status === 'sms-check' && order.sms !== undefined) || reviewDueAt(order) !== undefined;
}

/**
 * Apply, in time order, every event due by now: SMS-check windows that ran out (spec §6.2: returned
 * automatically) and, with autoReview, reviews whose usual duration has passed (spec §10).
 * Each event is applied at its own due time, so history reads as if it had happened then.
 */
export function catchUp(w: World): void {
  for (let guard = 0; guard < 10_000; guard++) {
    let next: { at: number; apply: () => void } | undefined;
    for (const order of w.timedOrders ?? w.state.orders) {
      if (order.status === 'sms-check' && order.sms) {
        const at = instant(order.sms.expiresAt);
        if (at <= w.now && (!next || at < next.at)) {
          const o = order;
          next = {
            at,
            apply: () =>
              returnOrder(
                w,
                o,
                `短信核验超时：${o.sms?.validHours ?? 24} 小时内未完成核验，备案申请已自动退回 (spec §6.2)`,
                'clock',
              ),
          };
        }
      }
      if (w.state.settings.autoReview) {
        const due = reviewDueAt(order);
        const stage = stageOf(order.status);
        if (due !== undefined && stage && due <= w.now && (!next || due < next.at)) {
          const o = order;
          next = {
            at: due,
            apply: () => review(w, o.id, stage, 'approve', '自动审核通过（模拟器按规定时长审核）', 'auto-review'),
          };
        }
      }
    }
    if (!next) break;
    w.at = next.at;
    next.apply();
  }
  w.at = w.now;
}
