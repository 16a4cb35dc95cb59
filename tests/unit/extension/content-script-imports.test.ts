import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const REPO = join(__dirname, '../../..');
const ENTRY = join(REPO, 'extension/entrypoints/content.ts');

/** Module specifiers a source file loads at run time (`import type` and `export type` load nothing). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    if (m[2]) continue;
    out.push(m[3] as string);
  }
  return out;
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  return undefined;
}

/** Every source module the content script loads, and every package it names, transitively. */
function graph(entry: string): { modules: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const target = resolveLocal(file, spec);
      if (target) visit(target);
    }
  };
  visit(entry);
  return { modules: [...seen].map((f) => relative(REPO, f)), packages };
}

describe('the content script’s import graph (issue 17 item 4: ≤ 20 KB gzip)', () => {
  const { modules, packages } = graph(ENTRY);

  test('loads no zod: the background and the panel validate with zod, the content script with content-guards.ts', () => {
    expect([...packages].filter((p) => p === 'zod' || p.startsWith('zod/'))).toEqual([]);
    expect(modules).not.toContain('extension/zod-setup.ts');
    expect(modules).toContain('extension/content-guards.ts');
  });

  test('loads neither the rules core, the plan nor the panel strings (they stay in the background / panel)', () => {
    expect(modules.filter((m) => /^shared\/(rules|process|formats|regions)\//.test(m))).toEqual([]);
    expect(modules).not.toContain('extension/i18n.ts');
    expect(modules).toContain('extension/i18n-hints.ts');
  });

  test('loads no field catalogue: the background sends it at start (content.ts), the locator only indexes it', () => {
    expect(modules).not.toContain('shared/domain/fields.ts');
    expect(modules).toContain('shared/domain/field-text.ts');
    expect(modules).not.toContain('extension/page/profiles/notes.ts');
  });

  test('the walk itself sees type-only imports as loading nothing, and follows runtime ones', () => {
    // watch.ts imports `type CheckRequest` from check/tab-session.ts (which loads the rules core).
    expect(modules).toContain('extension/page/watch.ts');
    expect(modules).not.toContain('extension/check/tab-session.ts');
    expect(runtimeImports(join(REPO, 'extension/check/tab-session.ts'))).toContain('../../shared/rules/engine');
  });
});
