import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '../../../extension');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx|html)$/.test(name) ? [p] : [];
  });
}

describe('no network, no remote code, no eval in the extension’s sources (issue 4 §6)', () => {
  const files = sources(ROOT);
  test.each([
    ['fetch(', /\bfetch\s*\(/],
    ['XMLHttpRequest', /XMLHttpRequest/],
    ['WebSocket / EventSource', /\b(WebSocket|EventSource)\b/],
    ['sendBeacon', /sendBeacon/],
    ['eval / new Function', /\beval\s*\(|new\s+Function\s*\(/],
    [
      'innerHTML / outerHTML writes / insertAdjacentHTML',
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/,
    ],
    ['remote script or style URLs', /<(script|link)[^>]+(src|href)=["']https?:/],
    ['<all_urls>', /<all_urls>/],
  ])('none uses %s', (_name, pattern) => {
    const offenders = files.filter((f) => pattern.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('every entrypoint but the content script imports zod-setup first (zod jitless before any schema: MV3 CSP)', () => {
    // The content script carries no zod at all (tests/unit/extension/content-script-imports.test.ts).
    const entries = files.filter((f) => /entrypoints\/background\.ts$|entrypoints\/[^/]+\/main\.tsx$/.test(f));
    expect(entries.length).toBe(4);
    for (const f of entries) {
      const firstImport = readFileSync(f, 'utf8')
        .split('\n')
        .find((l) => l.startsWith('import '));
      expect(firstImport, f).toMatch(/zod-setup/);
    }
  });
});
