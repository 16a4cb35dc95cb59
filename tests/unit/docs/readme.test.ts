import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('shows the tester example exactly as the suite runs it', () => {
    const spec = readFileSync('tests/e2e/tester-example.spec.ts', 'utf8');
    const body = spec.slice(spec.indexOf('\nimport ') + 1);
    expect(readme).toContain(body.trim());
  });
  it('names only npm scripts that exist', () => {
    const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>);
    const named = [...readme.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(5);
    for (const name of named) expect(scripts, `npm run ${name}`).toContain(name);
  });
});
