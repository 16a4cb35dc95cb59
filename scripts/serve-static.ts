// A tiny static file server for the e2e fixture pages: `serve-static.ts <dir> <port>` on 127.0.0.1.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'tests/fixtures/pages');
const port = Number(process.argv[3] ?? 5188);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isFile()) {
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
    return;
  }
  if (path === '/') {
    const links = existsSync(root) ? readdirSync(root).filter((f) => f.endsWith('.html')) : [];
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><title>fixtures</title><ul>${links.map((l) => `<li><a href="/${l}">${l}</a></li>`).join('')}</ul>`,
    );
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
}).listen(port, '127.0.0.1', () => console.log(`fixtures on http://127.0.0.1:${port}/ from ${root}`));
