/** Rules-core throughput in Node: checkDraft on the fixture drafts, beside a plain validator over the same drafts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FilingDraft } from '../../shared/domain/draft';
import { parseDraft } from '../../shared/domain/draft';
import { checkDraft } from '../../shared/rules/engine';
import { plainValidate } from './plain-validator';

export function rulesThroughput(root: string): {
  rulesPerSecond: number;
  /** The same drafts per second of CPU time the process was given (less sensitive to other jobs). */
  rulesPerCpuSecond: number;
  incrementalPerSecond: number;
  plainPerSecond: number;
  drafts: string[];
} {
  const dir = join(root, 'tests/fixtures/drafts');
  const drafts: { name: string; draft: FilingDraft }[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    try {
      const parsed = parseDraft(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (parsed.ok) drafts.push({ name: f, draft: parsed.draft });
    } catch {
      /* not JSON: not a draft for the benchmark */
    }
  }
  if (drafts.length === 0) throw new Error('no fixture drafts in tests/fixtures/drafts');
  /** At least `ms` and at least `minCalls` calls: on a loaded machine a time window alone may not warm V8 up. */
  const run = (ms: number, fn: (d: FilingDraft) => void, minCalls = 0) => {
    let n = 0;
    const end = performance.now() + ms;
    while (performance.now() < end || n < minCalls)
      for (const { draft } of drafts) {
        fn(draft);
        n++;
      }
    return n;
  };
  const full = (d: FilingDraft) => checkDraft(d, { date: d.date ?? '2018-11-28' });
  const one = (d: FilingDraft) =>
    checkDraft(d, { date: d.date ?? '2018-11-28', fields: ['subject.principal.mobile'], mode: 'page' });
  run(300, full, 600); // warm-up
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const n = run(1_500, full, 300);
  const s = (performance.now() - t0) / 1000;
  // CPU seconds this process got: on a loaded machine the wall figure is mostly the other jobs' share.
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  run(100, one, 600);
  const t1 = performance.now();
  const m = run(700, one);
  const s1 = (performance.now() - t1) / 1000;
  // the plain validator over the same drafts (bench/plain-validator.ts); the sum keeps V8 from
  // dropping the calls as dead code
  let failures = 0;
  const plain = (d: FilingDraft) => {
    failures += plainValidate(d);
  };
  run(100, plain);
  const t2 = performance.now();
  const p = run(700, plain);
  const s2 = (performance.now() - t2) / 1000;
  if (failures < 0) throw new Error('unreachable');
  return {
    rulesPerSecond: Math.round(n / s),
    rulesPerCpuSecond: Math.round(n / cpuSeconds),
    incrementalPerSecond: Math.round(m / s1),
    plainPerSecond: Math.round(p / s2),
    drafts: drafts.map((d) => d.name),
  };
}
