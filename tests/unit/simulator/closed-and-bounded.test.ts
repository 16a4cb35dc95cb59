import { afterEach, describe, expect, it } from 'vitest';
import { setInternalErrorLog } from '../../../simulator/handlers/common';
import { formatChina, SIM_TIME_MAX, SIM_TIME_MIN } from '../../../simulator/state/clock';
import { migrateState } from '../../../simulator/state/migrations';
import { WORLD_CAPS } from '../../../simulator/state/schema';
import { pushCapped } from '../../../simulator/state/world/index';
import { BASE, useSim } from './helpers';

/** Issue 12 items 3–4 at the handlers: closed to other sites, bounded input, internal errors. */

const sim = useSim();
const JSON_TYPE = { 'content-type': 'application/json' };

async function raw(path: string, init: RequestInit) {
  const res = await fetch(`${BASE}${path}`, init);
  return { status: res.status, body: await res.json() };
}

describe('closed to other sites (issue 12 item 3)', () => {
  it('a text/plain POST (the CSRF a foreign page can send without a preflight) is refused and changes nothing', async () => {
    await sim.reset('empty', { captcha: true });
    const r = await raw('/__sim/settings', { method: 'POST', body: JSON.stringify({ captcha: false }) });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('forbidden');
    expect(r.body.error.text.zh).toContain('application/json');
    expect(r.body.error.text.en).toContain('text/plain');
    expect((await sim.get('/__sim/settings')).body.captcha).toBe(true);
  });

  it('a form post (urlencoded) and multipart outside the upload endpoint are refused', async () => {
    const form = await raw('/__sim/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'path=/api/&kind=network',
    });
    expect(form.status).toBe(403);
    const data = new FormData();
    data.set('captcha', 'false');
    expect((await raw('/__sim/settings', { method: 'POST', body: data })).status).toBe(403);
    expect((await sim.get('/__sim/faults')).body.items).toEqual([]);
  });

  it('JSON from another origin, or marked cross-site by the browser, is refused; the own origin and scripts pass', async () => {
    const body = JSON.stringify({ captcha: false });
    const foreign = await raw('/__sim/settings', {
      method: 'POST',
      headers: { ...JSON_TYPE, origin: 'http://127.0.0.1:5206' },
      body,
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.text.en).toContain('origin http://127.0.0.1:5206');
    const crossSite = await raw('/__sim/settings', {
      method: 'POST',
      headers: { ...JSON_TYPE, 'sec-fetch-site': 'cross-site' },
      body,
    });
    expect(crossSite.status).toBe(403);
    const own = await raw('/__sim/settings', {
      method: 'POST',
      headers: { ...JSON_TYPE, origin: BASE, 'sec-fetch-site': 'same-origin' },
      body,
    });
    expect(own.status).toBe(200);
    expect(own.body.captcha).toBe(false);
  });

  it('a POST without a body from the own pages (abandon, tour steps) still works', async () => {
    await sim.reset('zj-first-sms-pending');
    const id = (await sim.state()).orders.at(-1)?.id;
    const r = await raw(`/api/beian/orders/${id}/abandon`, { method: 'POST' });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('abandoned');
  });
});

describe('bounded input (issue 12 item 4)', () => {
  it('the clock cannot be set or advanced outside 2000–2100; the world keeps answering', async () => {
    await sim.reset('empty');
    const before = (await sim.get('/__sim/clock')).body.now;
    const far = await sim.post('/__sim/clock', { set: '+275760-09-12T15:59:59Z', running: true });
    expect(far.status).toBe(422);
    expect(far.body.error.fields.set[0].message.en).toContain('2000-01-01 – 2100-01-01');
    const ahead = await sim.post('/__sim/clock', { advance: 'P100Y' });
    expect(ahead.status).toBe(422);
    expect(Object.keys(ahead.body.error.fields)).toEqual(['advance']);
    expect((await sim.get('/__sim/clock')).body).toEqual({ now: before, running: false });
    expect((await sim.get('/api/session')).status).toBe(200);
  });

  it('the time formatter never throws: NaN and absurd instants are clamped into the range', () => {
    expect(formatChina(Number.NaN)).toBe(formatChina(SIM_TIME_MIN));
    expect(formatChina(1e300)).toBe(formatChina(SIM_TIME_MAX));
    expect(formatChina(SIM_TIME_MAX)).toBe('2100-01-01T00:00:00+08:00');
  });

  it('an imported state is checked like the API: clock offset 1e300, fault status 101, delay 2^31 ms are refused', async () => {
    await sim.reset('empty');
    const state = await sim.state();
    const offset = await sim.put('/__sim/state', { ...state, clock: { ...state.clock, offsetMs: 1e300 } });
    expect(offset.status).toBe(422);
    expect(Object.keys(offset.body.error.fields)).toContain('clock.offsetMs');
    const status = await sim.put('/__sim/state', {
      ...state,
      faults: [{ id: 'F-1', path: '/api/session', kind: 'error', status: 101 }],
    });
    expect(status.status).toBe(422);
    expect(Object.keys(status.body.error.fields)).toContain('faults[0].status');
    const delay = await sim.put('/__sim/state', {
      ...state,
      faults: [{ id: 'F-1', path: '/api/session', kind: 'delay', ms: 2147483648 }],
    });
    expect(delay.status).toBe(422);
    expect((await sim.get('/__sim/faults')).body.items).toEqual([]);
  });

  it('reset works whatever the old state: a world with no account and a broken clock answers 500, then resets', async () => {
    const logged: string[] = [];
    setInternalErrorLog((line) => logged.push(line));
    await sim.reset('empty');
    await sim.store.transact((tx) => {
      tx.state.accounts = [];
      tx.state.clock.now = 'not a time';
    });
    const broken = await sim.get('/api/session');
    expect(broken.status).toBe(500);
    expect(broken.body.error.code).toBe('internal');
    expect(broken.body.error.text.en).toContain(`Internal error (${broken.body.error.id})`);
    // Details only in the log, never in the answer.
    expect(JSON.stringify(broken.body)).not.toContain('no account');
    expect(logged.join('\n')).toContain(broken.body.error.id);
    expect(logged.join('\n')).toContain('the world has no account');

    expect((await sim.post('/__sim/reset', { scenario: 'empty' })).status).toBe(200);
    expect((await sim.get('/api/session')).status).toBe(200);
  });

  it('pending codes are capped per world: the oldest are dropped and counted', async () => {
    await sim.reset('empty');
    const extra = 7;
    for (let i = 0; i < WORLD_CAPS.pendingCodes + extra; i++) {
      const r = await sim.post('/api/beian/mobile-code', { mobile: '13812345678' });
      expect(r.status).toBe(200);
    }
    const state = await sim.state();
    expect(state.pendingCodes).toHaveLength(WORLD_CAPS.pendingCodes);
    expect(state.dropped.pendingCodes).toBe(extra);
    expect(state.sms).toHaveLength(WORLD_CAPS.pendingCodes + extra);
  });

  it('pushCapped keeps the newest items of a list and counts what it dropped', () => {
    const state = { dropped: { sms: 0, pendingCodes: 0, history: 0 } } as Parameters<typeof pushCapped>[0];
    const list: number[] = [];
    for (let i = 0; i < WORLD_CAPS.sms + 3; i++) pushCapped(state, 'sms', list, i);
    expect(list).toHaveLength(WORLD_CAPS.sms);
    expect(list[0]).toBe(3);
    expect(list.at(-1)).toBe(WORLD_CAPS.sms + 2);
    expect(state.dropped.sms).toBe(3);
  });

  it('a version-1 state (before the caps) is migrated on import', async () => {
    await sim.reset('zj-first-sms-pending');
    const { dropped: _dropped, ...v1 } = await sim.state();
    const r = await sim.put('/__sim/state', { ...v1, version: 1 });
    expect(r.status).toBe(200);
    const after = await sim.state();
    expect(after.version).toBe(2);
    expect(after.dropped).toEqual({ sms: 0, pendingCodes: 0, history: 0 });
    expect(after.orders.at(-1)?.status).toBe('sms-check');
    expect(migrateState({ version: 2, x: 1 })).toEqual({ version: 2, x: 1 });
  });
});

afterEach(() => setInternalErrorLog((line) => console.error(line)));
