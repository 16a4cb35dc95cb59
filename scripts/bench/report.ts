import type { BundleSize } from './bundle';
import { KEY_TIMEOUT_MS, SIZES } from './config';

/** The scan key of the Fusion-rendered 60-field page (issue 13), beside the plain sizes. */
export const FUSION_KEY = 'fusion-60';

// biome-ignore lint/suspicious/noExplicitAny: the report is printed field by field
type Json = any;

/** The bench's report as the README's table shows it: budgets, scans, keystrokes, growth, ratios. */
export function printTable(r: Json, contentScript: BundleSize, panel: BundleSize | undefined): void {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const ms = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${x} ms`);
  const out: string[] = [];
  out.push('ICP 备案助手 — benchmark (issue 7 §1, issue 17 §3)');
  out.push(
    `machine load average (1/5/15 min) before ${r.load.before.join(' / ')}, after ${r.load.after.join(' / ')}, on ${r.load.cpus} CPUs`,
    '',
  );
  out.push('budget                                            value         limit      result');
  for (const b of r.budgets as Json[]) {
    const v = b.unit === 'B' ? kb(b.value) : b.unit === 'ms' ? ms(b.value) : `${b.value}${b.unit}`;
    const l =
      b.unit === 'B'
        ? `≤ ${kb(b.limit)}`
        : b.unit === 'ms'
          ? `< ${b.limit} ms`
          : b.atLeast
            ? `≥ ${b.limit}${b.unit}`
            : `${b.limit}`;
    out.push(`${b.name.padEnd(48)}  ${v.padStart(10)}  ${l.padStart(10)}   ${b.pass ? 'pass' : 'FAIL'}`);
  }
  out.push('', `scan, check and annotate per page load, ${r.environment.runs} loads per size`);
  out.push(
    '  cpu = content-script main-thread time (budget); longest = longest unbroken stretch; wall = DOMContentLoaded → last marker',
  );
  out.push('fields   cpu p50     cpu p95     longest     wall p50    wall p95    marked/flagged');
  for (const key of Object.keys(r.scan)) {
    const s = r.scan[key];
    const size = s.page_fields;
    out.push(
      `${(key === FUSION_KEY ? 'Fusion' : key).padStart(6)}   ${ms(s.p50_ms).padEnd(10)}  ${ms(s.p95_ms).padEnd(10)}  ${ms(s.longest_ms).padEnd(10)}  ${ms(s.wall_p50_ms).padEnd(10)}  ${ms(s.wall_p95_ms).padEnd(10)}  ${s.fields_marked}/${s.fields_flagged} of ${size}${s.runs_without_markers ? `  (${s.runs_without_markers} runs without markers)` : ''}`,
    );
  }
  out.push(
    '',
    `keystrokes on the 60-field page (${r.keystroke.samples} keys into the ID number, mobile and e-mail fields, each toggling a finding)`,
  );
  out.push(
    `  content-script main-thread time  p50 ${ms(r.keystroke.p50_ms)}  p95 ${ms(r.keystroke.p95_ms)}  max ${ms(r.keystroke.max_ms)}   ← budget`,
  );
  out.push(
    `  wall: keydown → marker/hint     p50 ${ms(r.keystrokeWall.p50_ms)}  p95 ${ms(r.keystrokeWall.p95_ms)}  max ${ms(r.keystrokeWall.max_ms)}  (${r.keystrokeWall.no_update} keys without an update in ${KEY_TIMEOUT_MS} ms)`,
  );
  out.push('', 'growth 20 → 60 → 200 fields (p50)');
  out.push('fields   scan        scan wall    keystroke   key wall    heap');
  for (const size of SIZES) {
    const g = r.growth[String(size)];
    out.push(
      `${String(size).padStart(6)}   ${ms(g.scan_p50_ms).padEnd(10)}  ${ms(g.scan_wall_p50_ms).padEnd(11)}  ${ms(g.keystroke_p50_ms).padEnd(10)}  ${ms(g.keystroke_wall_p50_ms).padEnd(10)}  ${g.heap_bytes === null ? '—' : kb(g.heap_bytes)}`,
    );
  }
  out.push('');
  const lt = r.longTasksDetail;
  out.push(
    `long tasks ≥ 50 ms caused by the content script: ${r.longTasks} — page loads with/without it: ${lt.page_loads
      .map((x: Json) => `${x.page}-field ${x.with_extension}/${x.without_extension ?? '?'}`)
      .join(
        ', ',
      )}; while typing: ${lt.typing}; longest unbroken stretch of extension code ${ms(lt.longest_extension_stretch_ms)} (${lt.extension_code_alone_over_50ms} runs ≥ 50 ms)`,
  );

  const st = r.selfTimed;
  if (st.typing60 || Object.values(st.scan).some(Boolean)) {
    out.push("content script's own stopwatch (its `timings` message; p50 / p95):");
    for (const size of SIZES) {
      const x = st.scan[String(size)];
      if (x)
        out.push(
          `  ${String(size).padStart(3)}-field page load: locate ${ms(x.locate_first_ms)}, read ${ms(x.read_p50_ms)} / ${ms(x.read_p95_ms)}, annotate ${ms(x.annotate_p50_ms)} / ${ms(x.annotate_p95_ms)}`,
        );
    }
    if (st.typing60)
      out.push(
        `  typing (60): input handler ${ms(st.typing60.input_p50_ms)} / ${ms(st.typing60.input_p95_ms)}, read ${ms(st.typing60.read_p50_ms)} / ${ms(st.typing60.read_p95_ms)}, annotate ${ms(st.typing60.annotate_p50_ms)} / ${ms(st.typing60.annotate_p95_ms)}`,
      );
  }
  out.push(
    `content script: ${kb(contentScript.bytes)} raw, ${kb(contentScript.gzip_bytes)} gzip (${contentScript.files.join(', ')})`,
  );
  out.push(
    panel
      ? `side panel: ${kb(panel.bytes)} raw, ${kb(panel.gzip_bytes)} gzip (${panel.files.length} files)`
      : 'side panel: not in this build',
  );
  out.push(
    `content-script heap on the 60-field page: ${r.heap_bytes === null ? '—' : kb(r.heap_bytes)} (isolate heap after GC, with minus without the content script)`,
  );
  out.push(
    `rules core: ${r.rulesPerSecond} drafts/s full check (${r.rulesPerCpuSecond} per CPU second), ${r.rulesIncrementalPerSecond} drafts/s one-field incremental check (Node ${r.environment.node})`,
  );
  if (r.comparison.length) {
    out.push('', `beside the in-run baseline (${r.baseline.what}); ratio = extension ÷ baseline`);
    out.push(
      `${'measure'.padEnd(66)}  ${'extension'.padStart(10)}  ${'baseline'.padStart(10)}  ${'ratio'.padStart(6)}`,
    );
    const fmt = (x: number | null, unit: string) =>
      x === null ? '—' : unit === 'B' ? kb(x) : unit === 'ms' ? `${x} ms` : unit === '/s' ? `${x}/s` : String(x);
    for (const c of r.comparison as Json[])
      out.push(
        `${c.measure.padEnd(66)}  ${fmt(c.extension, c.unit).padStart(10)}  ${fmt(c.baseline, c.unit).padStart(10)}  ${(c.ratio === null ? '—' : `×${c.ratio}`).padStart(6)}`,
      );
  }
  out.push(`elapsed ${r.elapsed_s} s`);
  console.log(out.join('\n'));
}
