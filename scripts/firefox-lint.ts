// Mozilla's addons-linter (what addons.mozilla.org runs on upload) over the Firefox zip from
// `npm run zip`. Exit 1 on any error; warnings and notices are printed with their file and line.
//   npm run lint:firefox [-- path/to/firefox.zip]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface LinterMessage {
  code: string;
  message: string;
  description?: string | string[];
  file?: string;
  line?: number;
  column?: number;
}
interface LinterReport {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

function firefoxZip(): string {
  const given = process.argv[2];
  if (given) return resolve(given);
  // `npm run zip` makes the store build, whose zips land in .output/store/.
  const dir = resolve('.output/store');
  const zip = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith('-firefox.zip')) : undefined;
  if (!zip) throw new Error('No .output/store/*-firefox.zip: run `npm run zip` first.');
  return join(dir, zip);
}

const zip = firefoxZip();
const bin = resolve('node_modules/addons-linter/bin/addons-linter');
let raw: string;
try {
  raw = execFileSync(process.execPath, [bin, '--output', 'json', '--boring', zip], {
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
  });
} catch (error) {
  // addons-linter exits 1 when it finds errors; its JSON report is still on stdout.
  raw = (error as { stdout?: string }).stdout ?? '';
  if (!raw.trim()) throw error;
}
const report = JSON.parse(raw) as LinterReport;
const where = (m: LinterMessage) => [m.file, m.line, m.column].filter((x) => x !== undefined).join(':');
console.log(`addons-linter ${zip}`);
for (const [kind, list] of [
  ['error', report.errors],
  ['warning', report.warnings],
  ['notice', report.notices],
] as const) {
  for (const m of list) console.log(`  ${kind.padEnd(7)} ${m.code.padEnd(44)} ${where(m) || '-'}  ${m.message}`);
}
const { errors, warnings, notices } = report.summary;
console.log(`errors ${errors}, warnings ${warnings}, notices ${notices}`);
if (errors > 0) process.exit(1);
