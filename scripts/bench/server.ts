/** The bench's page server: the generated filing pages, and the built component-library fixture pages. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { PAGES, type Size } from './config';

/** The built component-library fixture pages (tests/fixtures/libs/dist), when they exist. */
let libsDist: string | undefined;
/** Serve the built component-library fixture pages (tests/fixtures/libs/dist) under /libs/. */
export function serveLibs(dist: string): void {
  libsDist = dist;
}
const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function pagesHandler(req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (libsDist && path.startsWith('/libs/')) {
    const file = resolve(libsDist, `.${path.slice('/libs'.length)}`);
    if (file.startsWith(libsDist) && existsSync(file)) {
      const type = STATIC_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(readFileSync(file));
      return;
    }
  }
  const m = /^\/filing-(\d+)\.html/.exec(req.url ?? '');
  const page = m ? PAGES.get(Number(m[1]) as Size) : undefined;
  if (!page) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(page.html);
}

function listen(port: number, host: string): Promise<{ server: Server; port: number }> {
  const server = createServer(pagesHandler);
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      ok({ server, port: typeof address === 'object' && address ? address.port : port });
    });
  });
}

export async function serve(port: number): Promise<{ server: Server; base: string }> {
  const { server, port: actual } = await listen(port, '127.0.0.1');
  return { server, base: `http://127.0.0.1:${actual}` };
}

/**
 * The same pages on a loopback address no content script matches (the extension runs on
 * 127.0.0.1 and localhost only): IPv6 [::1], else 127.0.0.2 (Linux). The baseline for long tasks and
 * heap: the same navigation, the same streaming parse, no extension. Undefined when neither binds.
 */
export async function serveBaseline(port = 0): Promise<{ server: Server; base: string } | undefined> {
  for (const [host, urlHost] of [
    ['::1', '[::1]'],
    ['127.0.0.2', '127.0.0.2'],
  ] as const) {
    try {
      const { server, port: actual } = await listen(port, host);
      return { server, base: `http://${urlHost}:${actual}` };
    } catch {
      /* not available here: try the next */
    }
  }
  return undefined;
}
