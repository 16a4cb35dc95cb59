/**
 * The load test's worlds of different sizes (issue 12 item 2: a request's cost must not grow with
 * the number of stored orders): `orders-10` and `orders-10000`, written straight into the SQLite
 * store before the server starts, each with captchas off and ECS instances for the rehearsals.
 * The stored orders are drafts (no clock-driven transitions), copies of a 浙江 first filing.
 */

import { createStore } from '../simulator/state/create';
import { SimDatabase } from '../simulator/state/database';
import type { Order } from '../simulator/state/schema';
import { SimStore } from '../simulator/state/store';
import { applicant, httpClient, type RehearsalResult, rehearse, type Sample } from './bench/rehearsal';

export const ORDER_COUNTS = [10, 10_000] as const;
/** Rehearsals per sized world, one request at a time. */
export const SIZED_REHEARSALS = 4;

const worldId = (orders: number) => `orders-${orders}`;

export async function seedOrderWorlds(dataDir: string): Promise<void> {
  const database = SimDatabase.open(dataDir).database;
  try {
    const sample = (await createStore({ scenario: 'zj-first-sms-pending' })).snapshot().orders[0];
    if (!sample) throw new Error('the zj-first-sms-pending scenario has no order to copy');
    const draft: Order = {
      ...sample,
      status: 'draft',
      reviews: [],
      history: sample.history.slice(0, 1),
      photo: { method: 'none', confirmed: false },
    };
    delete draft.sms;
    delete draft.stageSince;
    delete draft.bureauSnapshot;
    delete draft.result;
    for (const count of ORDER_COUNTS) {
      const state = (await createStore({ scenario: 'empty' })).snapshot();
      state.settings.captcha = false;
      const account = state.accounts[0]?.id ?? '';
      const instance = state.instances.find((x) => x.id === 'i-ecs-ok');
      if (!instance) throw new Error('the empty scenario has no i-ecs-ok instance to copy');
      for (let i = 0; i < SIZED_REHEARSALS; i++) {
        const a = applicant(i);
        state.instances.push({ ...instance, id: a.instanceId, name: `load-server-${i}`, publicIp: `10.9.${i}.1` });
      }
      for (let i = 0; i < count; i++)
        state.orders.push({ ...structuredClone(draft), id: `O-${900_000 + i}`, accountId: account, uploads: [] });
      const id = worldId(count);
      database.removeWorld(id);
      new SimStore(state, { persistence: database.persistence(id), blobs: database.blobs(id) });
    }
  } finally {
    database.close();
  }
}

/** SIZED_REHEARSALS whole rehearsals in the world of `orders` orders, one request at a time. */
export async function sequentialRehearsals(
  base: string,
  orders: number,
  record: (s: Sample) => void,
  signal: AbortSignal,
): Promise<RehearsalResult[]> {
  const client = httpClient(`${base}/w/${worldId(orders)}`, record, signal);
  const results: RehearsalResult[] = [];
  for (let i = 0; i < SIZED_REHEARSALS; i++) results.push(await rehearse(client, applicant(i)));
  return results;
}
