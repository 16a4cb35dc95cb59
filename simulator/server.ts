/**
 * The simulator's Node entry (design §6): one server on 127.0.0.1:5180 (`PORT`, `HOST` override) that
 * serves the built pages from `simulator/dist/` (SPA fallback per site folder) and answers `/api/…`
 * and `/__sim/…` with the same MSW handlers the unit tests use (`getResponse`). State persists under
 * `SIM_DATA_DIR` (default `.sim-data/`). Importing this module starts the server unless
 * `SIM_AUTOSTART=0`; `startSimulatorServer` is exported for scripts and tests.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getResponse } from 'msw';
import { internalErrorResponse, setInternalErrorLog } from './handlers/common';
import { createSimulatorHandlers } from './handlers/worlds';
import { DEFAULT_DATA_DIR, openStore, SqlWorldStorage } from './state/persistence';
import type { SimStore } from './state/store';
import { WORLD_ID, WorldRegistry } from './state/worlds';

export interface SimulatorServerOptions {
  port?: number;
  host?: string;
  /** Where the store (simulator.db) lives. */
  dataDir?: string;
  /** The built pages. */
  distDir?: string;
  /** Scenario for a fresh data directory (default `empty`). */
  scenario?: string;
  log?: (line: string) => void;
  /** Host names besides 127.0.0.1, localhost, ::1 and `host` that the Host header may carry. */
  allowedHosts?: string[];
}

export interface RunningSimulator {
  server: Server;
  /** The world `default` (the unprefixed paths). */
  store: SimStore;
  worlds: WorldRegistry;
  url: string;
  close(): Promise<void>;
}

const SITES = ['beian', 'bureau', 'phone', 'console'] as const;

/** `npm start` / `npm run simulator` on a busy port: says which port and how to pick another. */
export class PortBusyError extends Error {
  constructor(
    readonly port: number,
    readonly host: string,
    message: string,
  ) {
    super(message);
    this.name = 'PortBusyError';
  }
}
/** Largest request body accepted: a 5 MB upload as Base64 JSON, with room to spare. */
const MAX_BODY = 12 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Sent with every answer (issue 12 item 3): the pages load only their own scripts and talk only to
 * the simulator; no other site may frame them; no content sniffing. Inline styles are allowed
 * (Preact's `style` props); inline scripts are not.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** The host name of a Host header (`127.0.0.1:5180`, `[::1]:5180`, `localhost`), lower case. */
export function hostName(header: string | undefined): string {
  const h = (header ?? '').trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.replace(/:\d*$/, '');
}

async function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  }
  return headers;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file for a page path: the file itself, a folder's index.html, or the site's index.html (SPA fallback). */
export async function resolveStatic(distDir: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const root = resolve(distDir);
  const target = resolve(join(root, normalize(decoded)));
  if (target !== root && !target.startsWith(root + sep)) return undefined;
  if (await isFile(target)) return target;
  if (await isFile(join(target, 'index.html'))) return join(target, 'index.html');
  const site = SITES.find((s) => decoded === `/${s}` || decoded.startsWith(`/${s}/`));
  if (site && !extname(decoded)) {
    const index = join(root, site, 'index.html');
    if (await isFile(index)) return index;
  }
  return undefined;
}

export async function startSimulatorServer(options: SimulatorServerOptions = {}): Promise<RunningSimulator> {
  const port = options.port ?? 5180;
  const host = options.host ?? '127.0.0.1';
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const distDir = options.distDir ?? fileURLToPath(new URL('./dist/', import.meta.url));
  const log = options.log ?? ((line: string) => console.log(line));

  const opened = await openStore(dataDir, options.scenario ? { scenario: options.scenario } : {});
  if (opened.problem) {
    const banner = '!'.repeat(100);
    log(
      `${banner}\n!!! The saved state in ${dataDir} is unusable: ${opened.problem}\n` +
        `!!! It was kept, unchanged, as ${opened.keptAside ?? '(not moved)'}; the simulator started from a fresh scenario.\n` +
        `!!! 保存的状态无效，已原样保留（见上）；模拟器从新场景开始。\n${banner}`,
    );
  }
  if (opened.imported.length) log(`imported the JSON state of an older simulator: ${opened.imported.join(', ')}`);
  if (opened.removedTemp.length)
    log(`removed ${opened.removedTemp.length} temporary file(s) left by an interrupted write`);
  setInternalErrorLog(log);
  const allowedHosts = new Set(
    ['127.0.0.1', 'localhost', '[::1]', hostName(host), ...(options.allowedHosts ?? []).map((h) => hostName(h))].filter(
      (h) => h !== '' && h !== '0.0.0.0' && h !== '[::]',
    ),
  );
  const store = opened.store;
  const worlds = new WorldRegistry(store, new SqlWorldStorage(opened.database, undefined, log));
  const restored = await worlds.restore();
  if (restored.length) log(`restored worlds: ${restored.join(', ')}`);
  const handlers = createSimulatorHandlers(worlds);

  const server = createServer(async (req, res) => {
    try {
      // DNS rebinding (issue 12 item 3): a page of evil.example resolving to 127.0.0.1 sends
      // `Host: evil.example`; only the simulator's own names are answered.
      if (!allowedHosts.has(hostName(req.headers.host))) {
        sendJson(res, 421, {
          error: {
            code: 'wrong-host',
            message: `主机名 ${hostName(req.headers.host) || '(无)'} 不是本模拟器的地址 / host ${hostName(req.headers.host) || '(none)'} is not this simulator's`,
            text: {
              zh: `主机名 ${hostName(req.headers.host) || '(无)'} 不是本模拟器的地址；请使用 ${[...allowedHosts].join('、')}（局域网地址用 HOST= 设置）`,
              en: `Host ${hostName(req.headers.host) || '(none)'} is not this simulator's; use ${[...allowedHosts].join(', ')} (set HOST= for a LAN address)`,
            },
          },
        });
        return;
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? `${host}:${port}`}`);
      // `/w/<id>/…`: the same pages and APIs on world <id> (design §6 worlds).
      const prefix = /^\/w\/([^/]+)(?=\/|$)/.exec(url.pathname);
      const sitePath = prefix ? url.pathname.slice(prefix[0].length) || '/' : url.pathname;
      if (sitePath.startsWith('/api/') || sitePath.startsWith('/__sim/')) {
        const method = req.method ?? 'GET';
        let body: Buffer | undefined;
        if (method !== 'GET' && method !== 'HEAD') {
          const read = await readBody(req);
          if (read === 'too-large') {
            sendJson(res, 413, {
              error: {
                code: 'too-large',
                message: '请求过大 / request too large',
                text: { zh: '请求过大', en: 'Request too large' },
              },
            });
            return;
          }
          body = read;
        }
        const request = new Request(url, {
          method,
          headers: toHeaders(req),
          ...(body ? { body: new Uint8Array(body) } : {}),
        });
        const response = await getResponse(handlers, request);
        if (!response) {
          sendJson(res, 404, {
            error: {
              code: 'not-found',
              message: '没有这个接口 / no such endpoint',
              text: { zh: '没有这个接口', en: 'No such endpoint: see simulator/API.md' },
            },
          });
          return;
        }
        if (response.type === 'error') {
          // Fault `network`: drop the connection without an answer (design §6).
          req.socket.destroy();
          return;
        }
        const headers: Record<string, string> = { ...SECURITY_HEADERS, 'cross-origin-resource-policy': 'same-origin' };
        response.headers.forEach((v, k) => {
          headers[k] = v;
        });
        res.writeHead(response.status, headers);
        res.end(Buffer.from(await response.arrayBuffer()));
        return;
      }
      if (prefix && !WORLD_ID.test(prefix[1] ?? '')) {
        sendJson(res, 404, { error: { code: 'not-found', message: '没有这个世界 / no such world' } });
        return;
      }
      if (sitePath === '/') {
        res.writeHead(302, { ...SECURITY_HEADERS, location: `${prefix ? prefix[0] : ''}/console/` });
        res.end();
        return;
      }
      const file = await resolveStatic(distDir, sitePath);
      if (!file) {
        res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
        res.end(
          `Not found: ${url.pathname}\n(页面未构建？运行 npm run build:sim / pages not built? run npm run build:sim)\n`,
        );
        return;
      }
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      createReadStream(file).pipe(res);
    } catch (e) {
      if (res.headersSent) {
        log(`request failed after the answer began: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        res.end();
        return;
      }
      const answer = internalErrorResponse(e);
      res.writeHead(500, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    }
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') {
        fail(
          new PortBusyError(
            port,
            host,
            `Port ${port} on ${host} is already in use (another simulator?). Stop it, or pick another port: PORT=${port + 1} npm start\n` +
              `端口 ${port} 已被占用（另一个模拟器？）。请先停止它，或换一个端口：PORT=${port + 1} npm start`,
          ),
        );
      } else fail(e);
    });
    server.listen(port, host, () => ok());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host}:${actualPort}`;
  log(
    `ICP filing simulator on ${url}  (/beian/ /bureau/ /phone/ /console/; state in ${opened.database.file} via ${opened.database.driver}${opened.loaded ? ', restored' : ''})`,
  );
  return {
    server,
    store,
    worlds,
    url,
    close: async () => {
      const closed = new Promise<void>((ok) => server.close(() => ok()));
      server.closeAllConnections();
      await closed;
      await worlds.idle();
      opened.database.close();
    },
  };
}

if (process.env.SIM_AUTOSTART !== '0') {
  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  try {
    await startSimulatorServer({
      ...(port !== undefined && Number.isFinite(port) ? { port } : {}),
      ...(process.env.HOST ? { host: process.env.HOST } : {}),
      ...(process.env.SIM_DATA_DIR ? { dataDir: process.env.SIM_DATA_DIR } : {}),
      ...(process.env.SIM_SCENARIO ? { scenario: process.env.SIM_SCENARIO } : {}),
    });
  } catch (e) {
    if (!(e instanceof PortBusyError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}
