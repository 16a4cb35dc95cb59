import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicant,
  EXPECTED_HISTORY,
  httpClient,
  type Json,
  prepareWorld,
  type RehearsalResult,
  rehearse,
  type Sample,
  verifyWorld,
} from '../../../scripts/bench/rehearsal';
import { createHandlers } from '../../../simulator/handlers/index';
import { createStore } from '../../../simulator/state/create';
import type { SimStore } from '../../../simulator/state/store';

// Issue 7 §5, in memory: the same concurrent SMS-check rehearsals scripts/load-test.ts runs against a
// real server, here through the MSW handlers on an in-memory store (no persistence, no timing), and
// the consistency checks the load test relies on — which must themselves catch a corrupted state.

const BASE = 'http://sim-load.test';
const N = 24;

let store: SimStore;
const server = setupServer();
const samples: Sample[] = [];
let results: RehearsalResult[] = [];
let finalState: Json;

beforeAll(async () => {
  store = await createStore({ realNow: () => Date.UTC(2026, 0, 1) });
  server.use(...createHandlers(store));
  server.listen({ onUnhandledRequest: 'error' });
  await prepareWorld(
    httpClient(BASE, () => {}),
    N,
  );
  const client = httpClient(BASE, (s) => samples.push(s));
  results = await Promise.all(Array.from({ length: N }, (_, i) => rehearse(client, applicant(i))));
  finalState = store.snapshot();
}, 60_000);
afterAll(() => server.close());

describe(`${N} concurrent SMS-check rehearsals, each a whole first filing (spec §3, §6; issue 7 §5)`, () => {
  it('every rehearsal reaches bureau review through the API, and no request fails on the server', () => {
    expect(results.filter((r) => r.failure).map((r) => r.failure)).toEqual([]);
    expect(results.map((r) => r.status)).toEqual(Array(N).fill('bureau-review'));
    expect(samples.filter((s) => s.status >= 500)).toEqual([]);
  });

  it('no order is lost, duplicated or mixed up; histories, SMS counters, uploads and service numbers are exact', () => {
    expect(verifyWorld(finalState, results)).toEqual([]);
    expect(new Set(finalState.orders.map((o: Json) => o.id)).size).toBe(N);
  });

  it('the consistency check catches a lost order, a broken history, a shared service number and a lost wrong-tail count', () => {
    const lost = structuredClone(finalState);
    lost.orders.splice(3, 1);
    expect(verifyWorld(lost, results).join('\n')).toMatch(/orders in the state for|lost or duplicated/);

    const broken = structuredClone(finalState);
    broken.orders[0].history.splice(2, 1);
    expect(verifyWorld(broken, results).join('\n')).toMatch(/history/);

    const shared = structuredClone(finalState);
    const numbers = shared.serviceNumbers.filter((n: Json) => n.orderId);
    numbers[1].number = numbers[0].number;
    expect(verifyWorld(shared, results).join('\n')).toMatch(/bound twice/);

    const uncounted = structuredClone(finalState);
    for (const c of uncounted.orders[5].sms.codes) c.wrongIdTails = 0;
    expect(verifyWorld(uncounted, results).join('\n')).toMatch(/wrong ID tails counted 0/);
  });

  it('the store is consistent after the run: committed state equals what GET /__sim/state answers', async () => {
    const answer = await (await fetch(`${BASE}/__sim/state`)).json();
    expect(answer).toEqual(finalState);
    expect(answer.orders.every((o: Json) => o.history.map((h: Json) => h.to).join() === EXPECTED_HISTORY.join())).toBe(
      true,
    );
  });
});
