/**
 * The simulator under load (issue 7 §5): starts its own simulator on 127.0.0.1 (a free port, a
 * temporary SIM_DATA_DIR), runs N concurrent rehearsals of the SMS-check flow through the HTTP API
 * (scripts/bench/rehearsal.ts: each a whole 浙江 first filing up to bureau review), then checks that
 * no order was lost or corrupted, that the state file is valid and equal to `GET /__sim/state`, and
 * that a restart brings back exactly that state. Then the same N rehearsals, each in a world of its
 * own (issue 12 item 1), and the per-request time in a world of 10 stored orders against one of
 * 10,000 (issue 12 item 2: the cost must not grow with the world), as a ratio. Prints throughput,
 * latency percentiles and the machine's load average (other programs share the CPU).
 *
 *   node --import tsx scripts/load-test.ts [--n 50] [--port 5295] [--timeout 180] [--json]
 *
 * Exit status: 0 consistent, 1 a problem found (listed), 2 the run could not be completed in time.
 * Bounded: N ≤ 500 rehearsals, everything aborted after --timeout seconds (default 60).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { SimDatabase } from '../simulator/state/database';
import { parseState } from '../simulator/state/migrations';
import {
  applicant,
  httpClient,
  percentile,
  prepareWorld,
  type RehearsalResult,
  rehearse,
  type Sample,
  verifyWorld,
} from './bench/rehearsal';
import { ORDER_COUNTS, seedOrderWorlds, sequentialRehearsals } from './load-test-worlds';

const HOST = '127.0.0.1';
const ROOT = resolve(import.meta.dirname, '..');

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '50' },
    port: { type: 'string' },
    timeout: { type: 'string', default: '180' },
    json: { type: 'boolean', default: false },
  },
});
const N = Math.min(500, Math.max(1, Number(args.n)));
const TIMEOUT_MS = Math.max(5, Number(args.timeout)) * 1000;
const log = (line: string) => {
  if (!args.json) console.log(line);
};

/** A port nobody listens on now: the one given (checked), or one the OS picks. */
async function freePort(): Promise<number> {
  const wanted = args.port ? Number(args.port) : 0;
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', (e) => fail(new Error(`port ${wanted} on ${HOST} is not free: ${String(e)}`)));
    srv.listen(wanted, HOST, () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => ok(port));
    });
  });
}

function startSimulator(port: number, dataDir: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'simulator/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST, SIM_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (d) => process.stderr.write(`[simulator] ${d}`));
  child.stdout?.resume();
  return child;
}

async function waitUntilUp(base: string, child: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the simulator exited with status ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/__sim/scenarios`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the simulator did not answer on ${base} in time`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

async function getState(base: string) {
  const res = await fetch(`${base}/__sim/state`);
  if (!res.ok) throw new Error(`GET /__sim/state → ${res.status}`);
  return res.json();
}

interface Report {
  rehearsals: number;
  completed: number;
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  rehearsalsPerSecond: number;
  latency: { p50_ms: number; p95_ms: number; max_ms: number };
  slowestRoutes: { route: string; count: number; p95_ms: number }[];
  /** The SQLite store read by another process while the server runs, against GET /__sim/state. */
  store: { matchesSchema: boolean; equalsServerState: boolean; orders: number };
  restart: { equalsStateBeforeRestart: boolean };
  /** The same N rehearsals, each in its own world (issue 12 item 1): POST /__sim/worlds, then /w/<id>/…. */
  ownWorlds: {
    completed: number;
    requests: number;
    seconds: number;
    requestsPerSecond: number;
    latency: { p50_ms: number; p95_ms: number; max_ms: number };
  };
  /** Per-request time of the same sequential rehearsals in a world of 10 and of 10,000 orders. */
  flat: { orders: number; requests: number; mean_ms: number; p50_ms: number }[];
  /** mean(10,000 orders) / mean(10 orders): 1 is perfectly flat. */
  flatRatio: number;
  /** 1-, 5- and 15-minute load averages at the end, and the cores. */
  load: { avg: number[]; cores: number };
  /** Target p95 < 50 ms (issue 12), for the shared and the own-world runs. */
  p95Target: { ms: number; shared: boolean; ownWorlds: boolean };
  problems: string[];
  ok: boolean;
}

async function main(): Promise<number> {
  const started = Date.now();
  const deadline = started + TIMEOUT_MS;
  const dataDir = mkdtempSync(join(tmpdir(), 'icp-sim-load-'));
  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  // Worlds of 10 and 10,000 orders, written into the store before the server starts.
  await seedOrderWorlds(dataDir);
  let child = startSimulator(port, dataDir);
  const hardStop = AbortSignal.timeout(TIMEOUT_MS);
  const killer = setTimeout(() => {
    console.error(`load test: hard timeout of ${TIMEOUT_MS / 1000} s reached`);
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(2);
  }, TIMEOUT_MS + 2_000);
  try {
    await waitUntilUp(base, child, deadline);
    const setup = httpClient(base, () => {}, hardStop);
    await prepareWorld(setup, N);
    log(`simulator on ${base} (data ${dataDir}); ${N} concurrent rehearsals of the SMS-check flow…`);

    const samples: Sample[] = [];
    const client = httpClient(base, (s) => samples.push(s), hardStop);
    const t0 = performance.now();
    const results: RehearsalResult[] = await Promise.all(
      Array.from({ length: N }, (_, i) => rehearse(client, applicant(i))),
    );
    const seconds = (performance.now() - t0) / 1000;

    // The state as the server has it, and as the store has it (read by this process, while the
    // server runs): both must agree, and verify.
    const state = await getState(base);
    const problems = verifyWorld(state, results);
    const database = SimDatabase.open(dataDir).database;
    const stored = parseState(database.readRaw('default').raw);
    database.close();
    const matchesSchema = stored.ok;
    if (!stored.ok) problems.push(`the stored world does not match the state schema: ${stored.problem}`);
    const equalsServerState = stored.ok && isDeepStrictEqual(JSON.parse(JSON.stringify(stored.state)), state);
    if (stored.ok && !equalsServerState) problems.push('the stored world differs from GET /__sim/state');

    // A restart must bring back exactly the same state.
    await stop(child);
    child = startSimulator(port, dataDir);
    await waitUntilUp(base, child, deadline);
    const restarted = await getState(base);
    const equalsStateBeforeRestart = isDeepStrictEqual(restarted, state);
    if (!equalsStateBeforeRestart) problems.push('after a restart GET /__sim/state differs from the state before it');

    // The same rehearsals again, each in a world of its own.
    const worldSamples: Sample[] = [];
    for (let i = 0; i < N; i++) {
      const created = await fetch(`${base}/__sim/worlds`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: `load-${i}`, scenario: 'empty' }),
        signal: hardStop,
      });
      if (created.status !== 201) throw new Error(`POST /__sim/worlds load-${i} → ${created.status}`);
      await prepareWorld(
        httpClient(`${base}/w/load-${i}`, () => {}, hardStop),
        1,
      );
    }
    const w0 = performance.now();
    const worldResults: RehearsalResult[] = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        rehearse(
          httpClient(`${base}/w/load-${i}`, (s) => worldSamples.push(s), hardStop),
          applicant(0),
        ),
      ),
    );
    const worldSeconds = (performance.now() - w0) / 1000;
    for (let i = 0; i < N; i++) {
      const worldState = await getState(`${base}/w/load-${i}`);
      for (const p of verifyWorld(worldState, [worldResults[i] as RehearsalResult]))
        problems.push(`world load-${i}: ${p}`);
    }
    const worldMs = worldSamples.map((s) => s.ms);

    // Per-request time against the size of the world: the same rehearsals, one request at a time.
    const flat: Report['flat'] = [];
    for (const orders of ORDER_COUNTS) {
      const flatSamples: Sample[] = [];
      const flatResults = await sequentialRehearsals(base, orders, (s) => flatSamples.push(s), hardStop);
      for (const r of flatResults) if (r.failure) problems.push(`world of ${orders} orders: ${r.failure}`);
      const v = flatSamples.map((s) => s.ms);
      flat.push({
        orders,
        requests: v.length,
        mean_ms: round(v.reduce((a, b) => a + b, 0) / Math.max(1, v.length)),
        p50_ms: round(percentile(v, 50)),
      });
    }
    const flatRatio = round((flat[1]?.mean_ms ?? 0) / Math.max(0.01, flat[0]?.mean_ms ?? 0));

    const ms = samples.map((s) => s.ms);
    const byRoute = new Map<string, number[]>();
    for (const s of samples) byRoute.set(s.route, [...(byRoute.get(s.route) ?? []), s.ms]);
    const completed = results.filter((r) => !r.failure && r.status === 'bureau-review').length;
    const report: Report = {
      rehearsals: N,
      completed,
      requests: samples.length,
      errors: samples.filter((s) => s.status >= 500).length,
      seconds: round(seconds),
      requestsPerSecond: round(samples.length / seconds),
      rehearsalsPerSecond: round(completed / seconds),
      latency: { p50_ms: round(percentile(ms, 50)), p95_ms: round(percentile(ms, 95)), max_ms: round(Math.max(...ms)) },
      slowestRoutes: [...byRoute]
        .map(([route, v]) => ({ route, count: v.length, p95_ms: round(percentile(v, 95)) }))
        .sort((a, b) => b.p95_ms - a.p95_ms)
        .slice(0, 5),
      store: { matchesSchema, equalsServerState, orders: stored.ok ? stored.state.orders.length : 0 },
      restart: { equalsStateBeforeRestart },
      ownWorlds: {
        completed: worldResults.filter((r) => !r.failure && r.status === 'bureau-review').length,
        requests: worldSamples.length,
        seconds: round(worldSeconds),
        requestsPerSecond: round(worldSamples.length / worldSeconds),
        latency: {
          p50_ms: round(percentile(worldMs, 50)),
          p95_ms: round(percentile(worldMs, 95)),
          max_ms: round(Math.max(...worldMs)),
        },
      },
      flat,
      flatRatio,
      load: { avg: loadavg().map(round), cores: cpus().length },
      p95Target: {
        ms: 50,
        shared: percentile(ms, 95) < 50,
        ownWorlds: percentile(worldMs, 95) < 50,
      },
      problems,
      ok: problems.length === 0,
    };
    if (args.json) console.log(JSON.stringify(report));
    else printReport(report);
    return report.ok ? 0 : 1;
  } finally {
    clearTimeout(killer);
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function printReport(r: Report): void {
  const rows: [string, string][] = [
    ['rehearsals completed', `${r.completed} / ${r.rehearsals}`],
    ['requests', `${r.requests} in ${r.seconds} s (${r.errors} with 5xx)`],
    ['throughput', `${r.requestsPerSecond} requests/s · ${r.rehearsalsPerSecond} rehearsals/s`],
    ['one shared world: latency p50 / p95 / max', `${r.latency.p50_ms} / ${r.latency.p95_ms} / ${r.latency.max_ms} ms`],
    [
      'store (simulator.db)',
      `${r.store.orders} orders; schema ${r.store.matchesSchema}; = server state ${r.store.equalsServerState}`,
    ],
    ['restart', `state identical after restart: ${r.restart.equalsStateBeforeRestart}`],
    [
      'own world each: completed',
      `${r.ownWorlds.completed} / ${r.rehearsals}; ${r.ownWorlds.requests} requests in ${r.ownWorlds.seconds} s`,
    ],
    [
      'own world each: throughput, p50 / p95 / max',
      `${r.ownWorlds.requestsPerSecond} requests/s; ${r.ownWorlds.latency.p50_ms} / ${r.ownWorlds.latency.p95_ms} / ${r.ownWorlds.latency.max_ms} ms`,
    ],
    ...r.flat.map((f): [string, string] => [
      `world of ${f.orders} orders: per request`,
      `mean ${f.mean_ms} ms, p50 ${f.p50_ms} ms (${f.requests} requests, one at a time)`,
    ]),
    [`per-request time ${ORDER_COUNTS[1]} / ${ORDER_COUNTS[0]} orders`, `${r.flatRatio}× (1 = flat)`],
    [
      'p95 < 50 ms',
      `shared world ${r.p95Target.shared ? 'yes' : 'NO'}; own worlds ${r.p95Target.ownWorlds ? 'yes' : 'NO'}`,
    ],
    ['load average (1/5/15 min)', `${r.load.avg.join(' / ')} on ${r.load.cores} cores`],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
  console.log('slowest routes (p95):');
  for (const s of r.slowestRoutes) console.log(`  ${s.p95_ms.toString().padStart(8)} ms  ×${s.count}  ${s.route}`);
  if (r.problems.length) {
    console.log(`PROBLEMS (${r.problems.length}):`);
    for (const p of r.problems.slice(0, 50)) console.log(`  - ${p}`);
  } else
    console.log(
      'no order lost or corrupted: every history consistent, stored world = server state = state after restart',
    );
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`load test could not run: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
