import { beforeEach, describe, expect, it } from 'vitest';
import { BASE, fileUpToSubmit, useSim } from './helpers';

const JSON_TYPE = { 'content-type': 'application/json' };

const sim = useSim();

describe('control API (design §6)', () => {
  beforeEach(() => sim.reset('zj-first-sms-pending'));

  it('GET /__sim/scenarios lists the named scenarios with descriptions', async () => {
    const r = await sim.get('/__sim/scenarios');
    expect(r.body.items.map((s: { name: string }) => s.name)).toEqual([
      'empty',
      'zj-first-sms-pending',
      'sh-first-photo-pending',
      'bj-company-approved',
      'access-elsewhere',
      'wanwang-legacy',
      'sh-app-android-ios',
      'zj-first-2026-face',
    ]);
    expect(r.body.items.every((s: { description: string }) => s.description.length > 20)).toBe(true);
    expect(r.body.items.find((s: { name: string }) => s.name === 'access-elsewhere').description).toContain('Nj2017pw');
  });

  it('POST /__sim/reset without a scenario gives the empty world', async () => {
    const r = await sim.post('/__sim/reset', {});
    expect(r.body.scenario).toBe('empty');
    expect((await sim.state()).orders).toEqual([]);
  });

  it('GET /__sim/state has accounts, instances, service numbers, subjects and orders with id/type/province/status/history', async () => {
    const s = await sim.state();
    expect(s.accounts[0]?.phone).toBe('13700002222');
    expect(s.instances.length).toBeGreaterThan(10);
    const o = s.orders[0];
    expect(o).toMatchObject({ id: 'O-0001', type: 'first', province: '浙江省', status: 'sms-check' });
    expect(o?.history.every((h) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/.test(h.at) && h.reason.length > 0)).toBe(
      true,
    );
  });

  it.each([
    ['POST', '/__sim/reset', '{"scenario":'],
    ['POST', '/__sim/clock', 'not json'],
    ['POST', '/__sim/faults', '{'],
    ['POST', '/__sim/settings', '[1,'],
    ['POST', '/__sim/orders/O-0001/review', '{stage:1}'],
    ['PUT', '/__sim/state', '{"version":'],
  ])('%s %s with invalid JSON → 400, nothing changes', async (method, path, text) => {
    const before = await sim.state();
    const r = await sim.call(method, path, text);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid-json');
    expect(await sim.state()).toEqual(before);
  });

  it('unknown scenario → 404 with {error:{message}}, nothing changes', async () => {
    const before = await sim.state();
    const r = await sim.post('/__sim/reset', { scenario: 'no-such-world' });
    expect(r.status).toBe(404);
    expect(r.body.error.message).toContain('no-such-world');
    expect(await sim.state()).toEqual(before);
  });

  it('unknown order → 404; unknown stage or decision → 422; nothing changes', async () => {
    const before = await sim.state();
    expect((await sim.review('O-9999', 'initial', 'approve')).status).toBe(404);
    const stage = await sim.review('O-0001', 'legal', 'approve');
    expect(stage.status).toBe(422);
    expect(stage.body.error.fields.stage).toBeDefined();
    expect((await sim.review('O-0001', 'bureau', 'maybe')).status).toBe(422);
    expect((await sim.review('O-0001', 'bureau', 'approve')).status).toBe(422);
    expect(await sim.state()).toEqual(before);
  });

  it('POST /__sim/clock: advance by ISO durations (PT24H, P3D), set an instant; bad values 422', async () => {
    const now = (await sim.get('/__sim/clock')).body.now;
    expect(now).toBe('2018-11-28T09:10:00+08:00');
    expect((await sim.post('/__sim/clock', { advance: 'P1DT2H' })).body.now).toBe('2018-11-29T11:10:00+08:00');
    expect((await sim.post('/__sim/clock', { set: '2018-12-03T09:00:00+08:00' })).body.now).toBe(
      '2018-12-03T09:00:00+08:00',
    );
    expect((await sim.post('/__sim/clock', { advance: '24 hours' })).status).toBe(422);
    expect((await sim.post('/__sim/clock', { set: 'tomorrow' })).status).toBe(422);
    expect((await sim.post('/__sim/clock', {})).status).toBe(422);
  });

  it('autoReview: reviews are approved when the clock passes their spec durations (working days skip the weekend)', async () => {
    await sim.reset('empty');
    await sim.post('/__sim/settings', { autoReview: true });
    // Friday 2018-11-30 10:00: the initial review is due Monday 2018-12-03 10:00
    await sim.post('/__sim/clock', { set: '2018-11-30T10:00:00+08:00' });
    const id = await fileUpToSubmit(sim);
    await sim.post(`/api/beian/orders/${id}/submit`);
    await sim.advance('P2D');
    expect((await sim.get(`/api/beian/orders/${id}`)).body.status).toBe('initial-review');
    await sim.advance('P1D');
    const o = (await sim.get(`/api/beian/orders/${id}`)).body;
    expect(o.status).toBe('photo-check');
    expect(o.history.at(-1)).toMatchObject({ at: '2018-12-03T10:00:00+08:00', by: 'auto-review' });
  });

  it('GET /__sim/sms lists delivered messages with {to, from, text, code, sentAt}; ?to= filters', async () => {
    const all = (await sim.get('/__sim/sms')).body.items;
    expect(all[0]).toEqual(
      expect.objectContaining({
        to: expect.any(String),
        from: expect.anything(),
        text: expect.any(String),
        sentAt: expect.any(String),
      }),
    );
    const mine = (await sim.get('/__sim/sms?to=13900001111')).body.items;
    expect(mine.every((m: { to: string }) => m.to === '13900001111')).toBe(true);
    expect(mine.some((m: { code: string | null }) => m.code !== null)).toBe(true);
  });

  it('PUT /__sim/state imports an exported state; an invalid one is 422 with field paths and changes nothing', async () => {
    const exported = await sim.state();
    await sim.reset('empty');
    const bad = await sim.put('/__sim/state', { ...exported, orders: [{ id: 'x' }] });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).some((k) => k.startsWith('orders[0]'))).toBe(true);
    expect((await sim.state()).scenario).toBe('empty');
    expect((await sim.put('/__sim/state', exported)).status).toBe(200);
    expect(await sim.state()).toEqual(exported);
  });

  it('settings: captcha off makes captcha fields optional; invalid settings 422', async () => {
    expect((await sim.post('/__sim/settings', { captcha: 'no' })).status).toBe(422);
    expect((await sim.post('/__sim/settings', { wifi: true })).status).toBe(422);
    const s = await sim.post('/__sim/settings', { captcha: false });
    expect(s.body.captcha).toBe(false);
  });
});

describe('faults on /api paths (design §6, issue 5 item 8)', () => {
  beforeEach(() => sim.reset('zj-first-sms-pending'));

  it('error: the given status for `times` requests, then normal again', async () => {
    const f = await sim.post('/__sim/faults', { path: '/api/beian/orders', kind: 'error', status: 503, times: 2 });
    expect(f.status).toBe(201);
    expect((await sim.get('/api/beian/orders')).status).toBe(503);
    const second = await sim.get('/api/beian/orders');
    expect(second.status).toBe(503);
    expect(second.body.error.code).toBe('fault');
    expect((await sim.get('/api/beian/orders')).status).toBe(200);
    expect((await sim.get('/__sim/faults')).body.items).toEqual([]);
  });

  it('network: the connection is dropped (fetch rejects); prefix paths with * and a method filter', async () => {
    await sim.post('/__sim/faults', { path: '/api/bureau/*', kind: 'network', method: 'post' });
    await expect(
      fetch(`${BASE}/api/bureau/sms-check`, { method: 'POST', headers: JSON_TYPE, body: '{}' }),
    ).rejects.toThrow();
    await expect(
      fetch(`${BASE}/api/bureau/sms-resend`, { method: 'POST', headers: JSON_TYPE, body: '{}' }),
    ).rejects.toThrow();
    expect((await sim.get('/api/session')).status).toBe(200);
    const cleared = await sim.del('/__sim/faults');
    expect(cleared.body.removed).toBe(1);
    expect((await sim.post('/api/bureau/sms-resend', { mobile: '13812345678' })).status).toBe(200);
  });

  it('delay: the answer comes after `ms`, unchanged; control paths are never faulted', async () => {
    await sim.post('/__sim/faults', { path: '/api/session', kind: 'delay', ms: 300, times: 1 });
    const t0 = Date.now();
    const r = await sim.get('/api/session');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
    expect(r.status).toBe(200);
    expect((await sim.post('/__sim/faults', { path: '/__sim/state', kind: 'error' })).status).toBe(422);
  });

  it('DELETE /__sim/faults/:id removes one; an unknown id is 404', async () => {
    const f = (await sim.post('/__sim/faults', { path: '/api/session', kind: 'error' })).body;
    expect((await sim.del(`/__sim/faults/${f.id}`)).status).toBe(200);
    expect((await sim.del(`/__sim/faults/${f.id}`)).status).toBe(404);
    expect((await sim.get('/api/session')).status).toBe(200);
  });
});
