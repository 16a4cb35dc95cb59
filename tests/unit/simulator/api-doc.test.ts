import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** simulator/API.md renders: in every table each row has as many cells as its header (a bare `|` in a cell splits it). */

function cells(row: string): number {
  // Separators are `|` not escaped with a backslash.
  return row.trim().replace(/\\\|/g, '').split('|').length - 2;
}

describe('simulator/API.md tables (issue 12 item 6)', () => {
  const text = readFileSync(new URL('../../../simulator/API.md', import.meta.url), 'utf8');
  const lines = text.split('\n');

  it('every table row has the cell count of its header', () => {
    const broken: string[] = [];
    let width = 0;
    let inFence = false;
    lines.forEach((line, i) => {
      if (line.startsWith('```')) inFence = !inFence;
      if (inFence || !line.startsWith('|')) {
        width = 0;
        return;
      }
      if (width === 0) width = cells(line);
      else if (cells(line) !== width) broken.push(`line ${i + 1}: ${cells(line)} cells, header has ${width}`);
    });
    expect(broken).toEqual([]);
  });

  it('the control API rows with alternatives escape their bars', () => {
    expect(text).toContain('"stage":"initial\\|photo\\|bureau"');
    expect(text).toContain('"kind":"delay\\|error\\|network"');
  });
});
