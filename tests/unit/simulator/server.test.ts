import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../simulator/server';

const JSON_TYPE = { 'content-type': 'application/json' };

/** The Node entry (design §6): static pages with SPA fallback, the same handlers over real HTTP, restart. */

let dir: string;
let dist: string;
let start: typeof import('../../../simulator/server').startSimulatorServer;
let sim: RunningSimulator;

beforeAll(async () => {
  process.env.SIM_AUTOSTART = '0';
  ({ startSimulatorServer: start } = await import('../../../simulator/server'));
  dir = await mkdtemp(join(tmpdir(), 'sim-server-'));
  dist = join(dir, 'dist');
  for (const site of ['beian', 'bureau', 'phone', 'console']) {
    await mkdir(join(dist, site), { recursive: true });
    await writeFile(join(dist, site, 'index.html'), `<!doctype html><title>${site}</title>`);
  }
  await mkdir(join(dist, 'assets'), { recursive: true });
  await writeFile(join(dist, 'assets', 'app.js'), 'console.log(1)');
  sim = await start({ port: 0, dataDir: join(dir, 'data'), distDir: dist, log: () => {} });
  // Importing the server takes seconds when the machine is busy.
}, 60_000);
afterAll(async () => {
  await sim?.close();
  await rm(dir, { recursive: true, force: true });
});

const j = (path: string, init?: RequestInit) => fetch(`${sim.url}${path}`, init);

describe('simulator/server.ts', () => {
  it('listens on 127.0.0.1 and answers the control API and /api through the MSW handlers', async () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await j('/__sim/reset', {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ scenario: 'zj-first-sms-pending' }),
    });
    expect(r.status).toBe(200);
    const sms = await (await j('/__sim/sms')).json();
    expect(sms.items.filter((m: { kind: string }) => m.kind === 'sms-check')).toHaveLength(2);
    expect((await j('/__sim/reset', { method: 'POST', headers: JSON_TYPE, body: '{oops' })).status).toBe(400);
  });

  it('serves each site folder with an SPA fallback to its index.html, and assets with their type', async () => {
    const page = await j('/beian/orders/O-0001/website');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>beian</title>');
    expect(await (await j('/bureau/')).text()).toContain('<title>bureau</title>');
    expect(await (await j('/phone/13812345678')).text()).toContain('<title>phone</title>');
    const asset = await j('/assets/app.js');
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect((await j('/assets/missing.js')).status).toBe(404);
    expect((await j('/../../etc/passwd')).status).toBe(404);
    expect((await j('/', { redirect: 'manual' })).headers.get('location')).toBe('/console/');
  });

  it('unknown /api paths are JSON 404s; a `network` fault drops the connection', async () => {
    const r = await j('/api/nothing-here');
    expect(r.status).toBe(404);
    expect((await r.json()).error.code).toBe('not-found');
    await j('/__sim/faults', {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ path: '/api/session', kind: 'network', times: 1 }),
    });
    await expect(j('/api/session')).rejects.toThrow();
    expect((await j('/api/session')).status).toBe(200);
  });

  it('multipart uploads pass through the Node request conversion', async () => {
    await j('/__sim/reset', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ scenario: 'empty' }) });
    await j('/__sim/settings', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ captcha: false }) });
    const d = await j('/api/beian/type-decision', {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({
        province: '浙江省',
        city: '杭州市',
        district: '西湖区',
        nature: '个人',
        idType: '身份证',
        idNumber: '330106199003071236',
        domain: 'wangxiaoming.com',
      }),
    });
    expect(d.status).toBe(200);
    const form = new FormData();
    form.set('kind', 'other');
    form.set('file', new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'x.jpg'));
    const r = await j('/api/beian/orders/O-0001/uploads', { method: 'POST', body: form });
    expect(r.status).toBe(201);
    expect((await r.json()).upload.mime).toBe('image/jpeg');
  });

  it('survives a restart: the state is loaded from SIM_DATA_DIR', async () => {
    const before = await (await j('/__sim/state')).json();
    await sim.close();
    sim = await start({ port: 0, dataDir: join(dir, 'data'), distDir: dist, log: () => {} });
    const after = await (await j('/__sim/state')).json();
    expect(after).toEqual(before);
  });
});
