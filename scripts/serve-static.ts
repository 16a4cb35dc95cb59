// A tiny static file server for the e2e fixture pages: `serve-static.ts <dir> <port> [/prefix/=<dir> …]`
// on 127.0.0.1. Each extra `/prefix/=<dir>` serves another folder under that prefix (the library
// fixture apps built into tests/fixtures/libs/dist are served as /libs/).
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'tests/fixtures/pages');
const port = Number(process.argv[3] ?? 5188);
const mounts = process.argv
  .slice(4)
  .map((arg) => /^(\/[^=]*\/)=(.+)$/.exec(arg))
  .filter((m): m is RegExpExecArray => !!m)
  .map((m) => ({ prefix: m[1] as string, dir: resolve(m[2] as string) }));

/** The folder and the path inside it a request path maps to. */
function locate(path: string): { dir: string; rel: string } {
  const mount = mounts.find((m) => path.startsWith(m.prefix));
  return mount ? { dir: mount.dir, rel: path.slice(mount.prefix.length - 1) } : { dir: root, rel: path };
}
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
  const { dir, rel } = locate(path);
  const file = normalize(join(dir, rel));
  if (!file.startsWith(dir)) {
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
