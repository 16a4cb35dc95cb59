import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../simulator/server';

/** Issue 12 items 3 and 5 at the Node server: Host check, headers, a bad state file, leftovers, a busy port. */

let root: string;
let dist: string;
let server: typeof import('../../../simulator/server');
const running: RunningSimulator[] = [];

beforeAll(async () => {
  process.env.SIM_AUTOSTART = '0';
  server = await import('../../../simulator/server');
  root = await mkdtemp(join(tmpdir(), 'sim-safety-'));
  dist = join(root, 'dist');
  await mkdir(join(dist, 'beian'), { recursive: true });
  await writeFile(join(dist, 'beian', 'index.html'), '<!doctype html><title>beian</title>');
  // Importing the server takes seconds when the machine is busy.
}, 60_000);
afterAll(async () => {
  for (const s of running) await s.close();
  await rm(root, { recursive: true, force: true });
});

async function start(dataDir: string, log: (line: string) => void = () => {}, port = 0) {
  const s = await server.startSimulatorServer({ port, dataDir, distDir: dist, log });
  running.push(s);
  return s;
}

/** A raw GET with a chosen Host header (fetch does not let a page or script set it). */
function getWithHost(url: string, path: string, host: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(url);
  return new Promise((ok, fail) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the Node server is closed to other sites (issue 12 item 3)', () => {
  it('DNS rebinding: a request for another host name gets 421 and no state; the own names are answered', async () => {
    const s = await start(join(root, 'rebind'));
    const evil = await getWithHost(s.url, '/__sim/state', 'evil.example:8080');
    expect(evil.status).toBe(421);
    expect(JSON.parse(evil.body).error.code).toBe('wrong-host');
    expect(evil.body).toContain('HOST=');
    expect(evil.body).not.toContain('accounts');
    const port = new URL(s.url).port;
    expect((await getWithHost(s.url, '/__sim/state', `127.0.0.1:${port}`)).status).toBe(200);
    expect((await getWithHost(s.url, '/api/session', `localhost:${port}`)).status).toBe(200);
  });

  it('pages and answers carry CSP with frame-ancestors none, nosniff and no framing', async () => {
    const s = await start(join(root, 'headers'));
    for (const path of ['/beian/', '/api/session', '/__sim/nothing']) {
      const r = await fetch(`${s.url}${path}`);
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});

describe('nothing lost on a bad file (issue 12 item 5)', () => {
  it('a state file that fails the schema is kept aside as state.json.bad-<time>, said loudly, and a fresh scenario starts', async () => {
    const dir = join(root, 'bad');
    await mkdir(dir, { recursive: true });
    const good = await start(join(root, 'source'));
    const state = await (await fetch(`${good.url}/__sim/state`)).json();
    state.orders = [{ ...(state.orders[0] ?? {}), status: 'lost-in-space' }];
    const text = JSON.stringify(state);
    await writeFile(join(dir, 'state.json'), text);

    const lines: string[] = [];
    const s = await start(dir, (line) => lines.push(line));
    const files = await readdir(dir);
    const bad = files.find((f) => f.startsWith('state.json.bad-'));
    expect(bad).toBeDefined();
    expect(await readFile(join(dir, bad ?? ''), 'utf8')).toBe(text);
    const log = lines.join('\n');
    expect(log).toContain('!!! The saved state');
    expect(log).toContain(bad);
    expect(log).toContain('orders.0');
    expect((await (await fetch(`${s.url}/__sim/state`)).json()).orders).toEqual([]);
  });

  it('temporary files left by a write that kill -9 interrupted are removed at start', async () => {
    const dir = join(root, 'leftovers');
    await mkdir(join(dir, 'uploads'), { recursive: true });
    await writeFile(join(dir, 'state.json.tmp-4242-7'), '{"half":');
    await writeFile(join(dir, 'uploads', 'U-0001.tmp-4242-8'), 'half a file');
    await writeFile(join(dir, 'uploads', 'U-0002'), 'a whole file');
    const lines: string[] = [];
    await start(dir, (line) => lines.push(line));
    expect((await readdir(dir)).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(await readdir(join(dir, 'uploads'))).toEqual(['U-0002']);
    expect(lines.join('\n')).toContain('removed 2 temporary file(s)');
  });
});

describe('a busy port (issue 12 item 6)', () => {
  it('says which port is busy and how to pick another, instead of a raw EADDRINUSE', async () => {
    const first = await start(join(root, 'busy-a'));
    const port = Number(new URL(first.url).port);
    const second = server.startSimulatorServer({ port, dataDir: join(root, 'busy-b'), distDir: dist, log: () => {} });
    await expect(second).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use`);
    await expect(second).rejects.toThrow(`PORT=${port + 1}`);
    await expect(second).rejects.toBeInstanceOf(server.PortBusyError);
  });
});
