/** Bytes of the built extension's content scripts and side panel, raw and gzip -9 (research §3.5). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The content script's budget: 20 KB gzip -9 (issue 17 item 4; uBlock Origin's is about 14 KB). */
export const CONTENT_SCRIPT_BUDGET_GZIP_BYTES = 20 * 1024;

export interface BundleSize {
  files: string[];
  bytes: number;
  gzip_bytes: number;
}

function measure(dir: string, files: string[]): BundleSize {
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const data = readFileSync(join(dir, f));
    bytes += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  return { files, bytes, gzip_bytes: gzip };
}

/** Every script and style the manifest's content scripts load. */
export function contentScriptSize(dir: string): BundleSize {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const files = new Set<string>();
  for (const cs of manifest.content_scripts ?? []) for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) files.add(f);
  return measure(dir, [...files]);
}

/** Local files a module or page pulls in: `<script src>`, `<link href>`, static and dynamic `import`s, transitively. */
function closure(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const rel = normalize(file).replace(/^[/\\]+/, '');
    if (seen.has(rel) || !existsSync(join(dir, rel))) return;
    seen.add(rel);
    const text = readFileSync(join(dir, rel), 'utf8');
    const refs = [
      ...text.matchAll(/<script[^>]*\ssrc=["']([^"']+)["']/g),
      ...text.matchAll(/<link[^>]*\shref=["']([^"']+\.(?:css|js))["']/g),
      ...text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.(?:js|css|mjs))["']/g),
    ].map((m) => m[1] as string);
    for (const ref of refs) {
      if (/^[a-z]+:/i.test(ref)) continue;
      visit(ref.startsWith('/') ? ref : join(dirname(rel), ref));
    }
  };
  visit(entry);
  return [...seen];
}

/** The side panel (Chrome) or the popup/sidebar page, with everything it loads. */
export function panelSize(dir: string): BundleSize | undefined {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const entry: string | undefined =
    manifest.side_panel?.default_path ?? manifest.sidebar_action?.default_panel ?? manifest.action?.default_popup;
  if (!entry || !existsSync(join(dir, entry))) return undefined;
  return measure(dir, closure(dir, entry));
}
