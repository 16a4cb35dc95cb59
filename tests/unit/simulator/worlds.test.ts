import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulatorHandlers } from '../../../simulator/handlers/worlds';
import { createStore } from '../../../simulator/state/create';
import { WorldRegistry } from '../../../simulator/state/worlds';

/** Worlds (issue 12 item 1, design §6): isolated copies of everything, under /w/<id>/…; unprefixed = default. */

const BASE = 'http://sim.test';
let registry: WorldRegistry;
const server = setupServer();

beforeAll(async () => {
  const realNow = () => Date.UTC(2026, 0, 1);
  registry = new WorldRegistry(await createStore({ realNow }), undefined, realNow);
  server.use(...createSimulatorHandlers(registry));
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server.close());

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

describe('worlds', () => {
  it('POST /__sim/worlds creates a world from a scenario (201), a second time 409, bad ids and scenarios refused', async () => {
    const created = await call('POST', '/__sim/worlds', { id: 'w1', scenario: 'zj-first-sms-pending' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'w1', scenario: 'zj-first-sms-pending', counts: { orders: 1 } });
    expect((await call('POST', '/__sim/worlds', { id: 'w1' })).status).toBe(409);
    const bad = await call('POST', '/__sim/worlds', { id: 'W_1' });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields)).toEqual(['id']);
    expect((await call('POST', '/__sim/worlds', { id: 'w2', scenario: 'nope' })).status).toBe(404);
    const list = await call('GET', '/__sim/worlds');
    expect(list.body.items.map((w: { id: string }) => w.id)).toEqual(['default', 'w1']);
  });

  it('each world has its own state, settings, clock, faults and SMS; the default world is untouched', async () => {
    await call('POST', '/__sim/worlds', { id: 'w3', scenario: 'empty' });
    expect((await call('POST', '/w/w3/__sim/settings', { captcha: false })).status).toBe(200);
    expect((await call('POST', '/w/w3/__sim/clock', { advance: 'P3D' })).status).toBe(200);
    expect(
      (await call('POST', '/w/w3/__sim/faults', { path: '/api/session', kind: 'error', status: 503 })).status,
    ).toBe(201);
    expect((await call('GET', '/w/w3/api/session')).status).toBe(503);

    const def = await call('GET', '/api/session');
    expect(def.status).toBe(200);
    expect(def.body.settings.captcha).toBe(true);
    expect((await call('GET', '/w/w1/api/session')).status).toBe(200);
    expect((await call('GET', '/__sim/clock')).body.now).not.toBe((await call('GET', '/w/w3/__sim/clock')).body.now);

    const w1Sms = (await call('GET', '/w/w1/__sim/sms')).body.items;
    expect(w1Sms.filter((m: { kind: string }) => m.kind === 'sms-check')).toHaveLength(2);
    expect((await call('GET', '/__sim/sms')).body.items).toEqual([]);
  });

  it('a reset in one world leaves the others as they are (parallel test workers)', async () => {
    await call('POST', '/__sim/worlds', { id: 'a', scenario: 'zj-first-sms-pending' });
    await call('POST', '/__sim/worlds', { id: 'b', scenario: 'zj-first-sms-pending' });
    const resets = await Promise.all([
      call('POST', '/w/a/__sim/reset', { scenario: 'empty' }),
      call('GET', '/w/b/__sim/state'),
    ]);
    expect(resets.map((r) => r.status)).toEqual([200, 200]);
    expect((await call('GET', '/w/a/__sim/state')).body.orders).toEqual([]);
    expect((await call('GET', '/w/b/__sim/state')).body.orders[0].status).toBe('sms-check');
  });

  it('an unknown world is a 404 that says how to create it; DELETE removes a world; default cannot be deleted', async () => {
    const missing = await call('GET', '/w/ghost/api/session');
    expect(missing.status).toBe(404);
    expect(missing.body.error.text.en).toContain('POST /__sim/worlds');
    await call('POST', '/__sim/worlds', { id: 'gone' });
    expect((await call('DELETE', '/__sim/worlds/gone')).status).toBe(200);
    expect((await call('GET', '/w/gone/api/session')).status).toBe(404);
    expect((await call('DELETE', '/__sim/worlds/gone')).status).toBe(404);
    expect((await call('DELETE', '/__sim/worlds/default')).status).toBe(409);
  });

  it('the request journal of a world: method, path, status, time and body size, for that world only', async () => {
    await call('POST', '/__sim/worlds', { id: 'j', scenario: 'empty' });
    await call('GET', '/w/j/api/session');
    await call('POST', '/w/j/__sim/clock', { advance: 'PT1H' });
    await call('GET', '/w/j/api/nothing');
    const journal = await call('GET', '/w/j/__sim/requests');
    expect(journal.body.world).toBe('j');
    expect(
      journal.body.items.map((e: { method: string; path: string; status: number }) => [e.method, e.path, e.status]),
    ).toEqual([
      ['GET', '/api/session', 200],
      ['POST', '/__sim/clock', 200],
      ['GET', '/api/nothing', 404],
    ]);
    expect(journal.body.items[1].bodySize).toBe(JSON.stringify({ advance: 'PT1H' }).length);
    expect(journal.body.items[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const def = await call('GET', '/__sim/requests');
    expect(def.body.items.some((e: { path: string }) => e.path === '/api/nothing')).toBe(false);
  });

  it('the progress table: each world with its last order and status counts', async () => {
    const list = (await call('GET', '/__sim/worlds')).body.items;
    const a = list.find((w: { id: string }) => w.id === 'b');
    expect(a.lastOrder).toMatchObject({ id: 'O-0001', type: 'first', status: 'sms-check' });
    expect(a.statuses).toEqual({ 'sms-check': 1 });
  });
});
