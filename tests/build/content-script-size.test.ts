// The content script's size budget (issue 17 item 4; research reliability-performance §3.5): at most
// 20 KB gzip -9 for everything the manifest's content scripts load, in both builds, measured the way
// `npm run bench` reports it. Reads the built files, so it runs after `npm run build`:
//   npm run test:size
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CONTENT_SCRIPT_BUDGET_GZIP_BYTES, contentScriptSize } from '../../scripts/bench/bundle';

const OUTPUT = join(import.meta.dirname, '../../.output');

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join(OUTPUT, target);

  test(`${target}: the content script is at most ${CONTENT_SCRIPT_BUDGET_GZIP_BYTES / 1024} KB gzip`, () => {
    assert.ok(existsSync(join(dir, 'manifest.json')), `no build in ${dir}: run npm run build first`);
    const size = contentScriptSize(dir);
    assert.deepEqual(size.files, ['content-scripts/content.js']);
    assert.ok(
      size.gzip_bytes <= CONTENT_SCRIPT_BUDGET_GZIP_BYTES,
      `${size.files.join(', ')}: ${size.gzip_bytes} bytes gzip, over the budget of ${CONTENT_SCRIPT_BUDGET_GZIP_BYTES}`,
    );
  });

  test(`${target}: the content script carries no zod and compiles no code (MV3 CSP)`, () => {
    const js = readFileSync(join(dir, 'content-scripts/content.js'), 'utf8');
    // zod's core names its classes `$Zod…` and its config flag `jitless`; neither survives minifying otherwise.
    assert.doesNotMatch(js, /\$Zod|jitless/);
    assert.doesNotMatch(js, /new Function\s*\(|\beval\s*\(/);
  });
}
