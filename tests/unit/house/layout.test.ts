import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCircles, importGraph, SOURCE_ROOTS, sourceFiles } from './import-graph';

// Issue 14's "done when": no import circle, no source file over 600 lines (a file that long holds
// more than one concern; split it by concern as simulator/state/world/ is split).

const REPO = join(import.meta.dirname, '..', '..', '..');
const MAX_LINES = 600;

describe('house layout', () => {
  it('no import circle among the sources (value imports; `import type` is erased)', () => {
    const files = sourceFiles(REPO, [...SOURCE_ROOTS, 'tests']);
    expect(files.length).toBeGreaterThan(300);
    expect(importCircles(importGraph(REPO, files))).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCircles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it(`no source file over ${MAX_LINES} lines`, () => {
    const long = sourceFiles(REPO, [...SOURCE_ROOTS, 'tests'])
      .map((file) => ({ file, lines: readFileSync(join(REPO, file), 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines}`);
    expect(long).toEqual([]);
  });
});
