/**
 * The in-run baseline of the benchmark (issue 17 §3): the least an extension can do on a filing page.
 * Its content script only finds the form controls and sets one attribute on each (`data-icp-field`),
 * and sets that attribute again on the control a key was typed into. It has no rules, no messages to
 * a background, no hints. Every browser figure of the real extension is printed beside the same
 * figure for this one, measured in the same run on the same pages, so the ratio says how much is the
 * extension and how much the machine. Written to a temporary folder by the bench itself.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CONTENT_SCRIPT = `(() => {
  const CONTROLS = 'input, select, textarea';
  const mark = (el) => el.setAttribute('data-icp-field', el.name || el.id || el.tagName.toLowerCase());
  for (const el of document.querySelectorAll(CONTROLS)) mark(el);
  document.addEventListener('input', (e) => {
    if (e.target instanceof Element && e.target.matches(CONTROLS)) mark(e.target);
  }, true);
})();
`;

/** Same matches as the real extension's local hosts, so the same bench pages load it. */
const MANIFEST = {
  manifest_version: 3,
  name: 'ICP bench baseline',
  version: '1.0.0',
  description: 'Benchmark baseline: marks every form control with one attribute',
  // A service worker, only so the launcher can read the extension's id as it does for the real one.
  background: { service_worker: 'background.js' },
  content_scripts: [
    { matches: ['http://127.0.0.1/*', 'http://localhost/*'], js: ['content.js'], run_at: 'document_idle' },
  ],
};

/** Writes the baseline extension into a fresh temporary folder and returns the folder. */
export function writeBaselineExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'icp-bench-baseline-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  writeFileSync(join(dir, 'content.js'), CONTENT_SCRIPT);
  writeFileSync(join(dir, 'background.js'), '// the baseline has nothing to do in the background\n');
  return dir;
}
