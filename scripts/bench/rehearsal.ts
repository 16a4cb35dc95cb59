/**
 * One rehearsal of the SMS-check flow through the simulator's HTTP API (simulator/API.md), and the
 * checks that many of them, run at once, lost or corrupted nothing. Used by scripts/load-test.ts (a
 * real server on 127.0.0.1) and tests/unit/simulator-load (the same handlers in memory).
 *
 * A rehearsal is a whole 浙江 individual first filing, each with its own people, phones, domain and
 * ECS instance: type decision → product → subject → website → uploads → submit → initial review →
 * backdrop photo → photo review → (codes arrive) → one wrong ID tail → both phones verified →
 * bureau review. Reviews go through the control API, as a tester's script would.
 */
import { idNumberCheckChar } from '../../shared/formats/id-number';
import { SMS_CODE_RULES } from '../../shared/process/sms-check-policy';
import { SAMPLE_FILES } from '../../simulator/state/scenarios/index';

// biome-ignore lint/suspicious/noExplicitAny: API answers are JSON read loosely and checked field by field
export type Json = any;

export interface Sample {
  /** `POST /api/beian/orders/:id/submit` with ids replaced by `:id`. */
  route: string;
  status: number;
  ms: number;
}

export interface SimClient {
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }>;
  upload(orderId: string, kind: string, file: 'png' | 'pdf'): Promise<{ status: number; body: Json }>;
}

/** A client on `base` (e.g. `http://127.0.0.1:5294`) that records every request's route, status and latency. */
export function httpClient(base: string, record: (s: Sample) => void, signal?: AbortSignal): SimClient {
  const route = (method: string, path: string) =>
    `${method} ${path.split('?')[0]?.replace(/\/(O-\d+|U-\d+|\d{11})(?=\/|$)/g, '/:id')}`;
  const timed = async (method: string, path: string, init: RequestInit) => {
    const started = performance.now();
    const res = await fetch(`${base}${path}`, { ...init, method, ...(signal ? { signal } : {}) });
    const text = await res.text();
    record({ route: route(method, path), status: res.status, ms: performance.now() - started });
    let body: Json = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON: kept as text for the error message */
    }
    return { status: res.status, body };
  };
  return {
    call: (method, path, body) =>
      timed(
        method,
        path,
        body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } },
      ),
    upload: (orderId, kind, file) => {
      const form = new FormData();
      form.set('kind', kind);
      form.set(
        'file',
        new File([SAMPLE_FILES[file]], `${kind}.${file}`, { type: file === 'pdf' ? 'application/pdf' : 'image/png' }),
      );
      return timed('POST', `/api/beian/orders/${orderId}/uploads`, { body: form });
    },
  };
}

/** A valid GB 11643 resident ID number for rehearsal `i` (杭州市西湖区, a distinct birth date per person). */
export function idNumberFor(i: number, person: 0 | 1): string {
  const birth = new Date(Date.UTC(1970 + person * 10, 0, 1) + i * 86_400_000);
  const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '');
  const body = `330106${ymd}${String(100 + (i % 800)).padStart(3, '0')}`;
  return body + idNumberCheckChar(body);
}

export interface Applicant {
  index: number;
  instanceId: string;
  domain: string;
  subjectId: string;
  subjectMobile: string;
  webId: string;
  webMobile: string;
}

export function applicant(i: number): Applicant {
  const n = String(i).padStart(4, '0');
  return {
    index: i,
    instanceId: `i-load-${n}`,
    domain: `load-rehearsal-${n}.com`,
    subjectId: idNumberFor(i, 0),
    subjectMobile: `1381000${n}`,
    webId: idNumberFor(i, 1),
    webMobile: `1391000${n}`,
  };
}

function subjectOf(a: Applicant) {
  return {
    province: '浙江省',
    city: '杭州市',
    district: '西湖区',
    nature: '个人',
    idType: '身份证',
    idNumber: a.subjectId,
    name: '王小明',
    idAddress: '浙江省杭州市西湖区文三路100号',
    mailAddress: '文三路100号',
    principal: {
      name: '王小明',
      idType: '身份证',
      idNumber: a.subjectId,
      mobile: a.subjectMobile,
      email: `wangxiaoming@${a.domain}`,
    },
  };
}

function websiteOf(a: Applicant) {
  return {
    name: '小明旅行摄影记录',
    domains: [a.domain],
    homeUrl: `www.${a.domain}`,
    serviceContent: ['其他'],
    languages: ['中文简体'],
    remark: '个人旅行摄影照片与游记分享，不含企业、单位等信息。',
    principal: { name: '李红', idType: '身份证', idNumber: a.webId, mobile: a.webMobile, email: `lihong@${a.domain}` },
  };
}

/**
 * The empty world with captchas off and one eligible ECS instance per rehearsal (an instance has a
 * limit of service numbers, spec §7), imported with `PUT /__sim/state`.
 */
export async function prepareWorld(client: SimClient, count: number): Promise<void> {
  const must = async (what: string, p: Promise<{ status: number; body: Json }>) => {
    const r = await p;
    if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    return r.body;
  };
  await must('reset', client.call('POST', '/__sim/reset', { scenario: 'empty' }));
  await must('settings', client.call('POST', '/__sim/settings', { captcha: false }));
  const state = await must('state', client.call('GET', '/__sim/state'));
  const template = state.instances.find((x: Json) => x.id === 'i-ecs-ok');
  if (!template) throw new Error('the empty scenario has no i-ecs-ok instance to clone');
  for (let i = 0; i < count; i++) {
    const a = applicant(i);
    state.instances.push({
      ...template,
      id: a.instanceId,
      name: `load-server-${i}`,
      publicIp: `10.${(i >> 8) & 255}.${i & 255}.1`,
    });
  }
  await must('import', client.call('PUT', '/__sim/state', state));
}

export interface RehearsalResult {
  applicant: Applicant;
  orderId?: string;
  /** The status the order ended in, from the applicant's own last read. */
  status?: string;
  /** Where it stopped, when it did not reach bureau review. */
  failure?: string;
}

/** Run one whole rehearsal; never throws (a failure is reported in the result). */
export async function rehearse(client: SimClient, a: Applicant): Promise<RehearsalResult> {
  const result: RehearsalResult = { applicant: a };
  const step = async (what: string, p: Promise<{ status: number; body: Json }>, ok = (s: number) => s < 300) => {
    const r = await p;
    if (!ok(r.status)) throw new Error(`${what} → ${r.status} ${JSON.stringify(r.body).slice(0, 400)}`);
    return r.body;
  };
  try {
    const decision = await step(
      'type decision',
      client.call('POST', '/api/beian/type-decision', {
        province: '浙江省',
        city: '杭州市',
        district: '西湖区',
        nature: '个人',
        idType: '身份证',
        idNumber: a.subjectId,
        domain: a.domain,
      }),
    );
    const id: string | undefined = decision.order?.id;
    if (!id) throw new Error(`type decision created no order: ${JSON.stringify(decision).slice(0, 300)}`);
    result.orderId = id;
    await step('product', client.call('PUT', `/api/beian/orders/${id}/product`, { instanceId: a.instanceId }));
    await step('subject', client.call('PUT', `/api/beian/orders/${id}/subject`, subjectOf(a)));
    await step('website', client.call('PUT', `/api/beian/orders/${id}/websites/0`, websiteOf(a)));
    for (const kind of ['verification-form', 'id-front', 'id-back'])
      await step(`upload ${kind}`, client.upload(id, kind, kind === 'verification-form' ? 'pdf' : 'png'));
    await step('submit', client.call('POST', `/api/beian/orders/${id}/submit`, {}));
    await step(
      'initial review',
      client.call('POST', `/__sim/orders/${id}/review`, { stage: 'initial', decision: 'approve' }),
    );
    await step('backdrop', client.call('POST', `/api/beian/orders/${id}/photo/backdrop`, { mode: 'own' }));
    const photo = await step('photo upload', client.upload(id, 'backdrop-photo', 'png'));
    await step('photo', client.call('POST', `/api/beian/orders/${id}/photo`, { uploadId: photo.upload?.id }));
    const reviewed = await step(
      'photo review',
      client.call('POST', `/__sim/orders/${id}/review`, { stage: 'photo', decision: 'approve' }),
    );
    if (reviewed.status !== 'sms-check') throw new Error(`after the photo review: ${reviewed.status}, not sms-check`);

    // The bureau's codes arrive minutes after submission (spec §6.2); the simulated clock is frozen,
    // so each rehearsal moves it on by that much (concurrently with the others, as testers would).
    const codeFor = async (mobile: string): Promise<string | undefined> => {
      const sms = await step('sms', client.call('GET', `/__sim/sms?to=${mobile}`));
      return sms.items.filter((m: Json) => m.kind === 'sms-check' && m.orderId === id).at(-1)?.code ?? undefined;
    };
    let code1 = await codeFor(a.subjectMobile);
    if (!code1) {
      await step(
        'clock',
        client.call('POST', '/__sim/clock', { advance: `PT${SMS_CODE_RULES.arrivesAfterMinutes + 1}M` }),
      );
      code1 = await codeFor(a.subjectMobile);
    }
    const code2 = await codeFor(a.webMobile);
    if (!code1 || !code2) throw new Error('the SMS-check codes did not arrive');

    const verify = (code: string, mobile: string, idTail: string) =>
      step('sms check', client.call('POST', '/api/bureau/sms-check', { code, mobile, idTail }));
    const wrong = await verify(code1, a.subjectMobile, '000000');
    if (wrong.result !== '找不到记录') throw new Error(`a wrong ID tail answered ${wrong.result}`);
    const first = await verify(code1, a.subjectMobile, a.subjectId.slice(-6));
    if (first.result !== '核验完成' || first.orderComplete !== false)
      throw new Error(`first phone: ${JSON.stringify(first)}`);
    const second = await verify(code2, a.webMobile, a.webId.slice(-6));
    if (second.result !== '核验完成' || second.orderComplete !== true)
      throw new Error(`second phone: ${JSON.stringify(second)}`);
    const order = await step('order', client.call('GET', `/api/beian/orders/${id}`));
    result.status = order.status;
  } catch (e) {
    result.failure = e instanceof Error ? e.message : String(e);
  }
  return result;
}

/** The transitions of one successful rehearsal, in order (design §6 statuses). */
export const EXPECTED_HISTORY = [
  'draft',
  'initial-review',
  'photo-check',
  'photo-review',
  'sms-check',
  'bureau-review',
];

/**
 * Everything that must hold in the final state after `results` ran at once: no order lost or
 * duplicated, none mixed up with another's data, each history a consistent chain, counters exact.
 * Returns the problems found (empty: consistent).
 */
export function verifyWorld(state: Json, results: RehearsalResult[]): string[] {
  const problems: string[] = [];
  const orders: Json[] = state.orders ?? [];
  const ids = orders.map((o) => o.id);
  if (new Set(ids).size !== ids.length)
    problems.push(`duplicate order ids: ${ids.length} orders, ${new Set(ids).size} distinct`);
  if (orders.length !== results.length)
    problems.push(`${orders.length} orders in the state for ${results.length} rehearsals`);
  const numbersByOrder = new Map<string, Json[]>();
  for (const n of state.serviceNumbers ?? [])
    if (n.orderId) numbersByOrder.set(n.orderId, [...(numbersByOrder.get(n.orderId) ?? []), n]);
  const boundNumbers = new Set<string>();

  for (const r of results) {
    const a = r.applicant;
    const tag = `rehearsal ${a.index}${r.orderId ? ` (${r.orderId})` : ''}`;
    if (r.failure) problems.push(`${tag} failed: ${r.failure}`);
    if (!r.orderId) continue;
    const matching = orders.filter((o) => o.id === r.orderId);
    if (matching.length !== 1) {
      problems.push(`${tag}: ${matching.length} orders with this id in the state (lost or duplicated)`);
      continue;
    }
    const o = matching[0];
    if (o.status !== 'bureau-review') problems.push(`${tag}: status ${o.status}, expected bureau-review`);
    if (r.status !== undefined && r.status !== o.status)
      problems.push(`${tag}: applicant saw ${r.status}, state says ${o.status}`);
    // no cross-talk: the order holds this rehearsal's own people and domain
    if (o.draft?.subject?.idNumber !== a.subjectId)
      problems.push(`${tag}: subject ID ${o.draft?.subject?.idNumber}, sent ${a.subjectId}`);
    if (o.draft?.websites?.[0]?.domains?.[0] !== a.domain)
      problems.push(`${tag}: domain ${o.draft?.websites?.[0]?.domains?.[0]}, sent ${a.domain}`);
    if (o.product?.instanceId !== a.instanceId)
      problems.push(`${tag}: instance ${o.product?.instanceId}, chose ${a.instanceId}`);
    // history: the expected chain, each entry starting where the previous one ended, time never going back
    const history: Json[] = o.history ?? [];
    const tos = history.map((h) => h.to);
    if (tos.join() !== EXPECTED_HISTORY.join()) problems.push(`${tag}: history ${tos.join(' → ')}`);
    history.forEach((h, k) => {
      const prev = k === 0 ? null : history[k - 1].to;
      if (h.from !== prev) problems.push(`${tag}: history[${k}] from ${h.from}, previous entry ended at ${prev}`);
      if (k > 0 && Date.parse(h.at) < Date.parse(history[k - 1].at))
        problems.push(`${tag}: history[${k}] goes back in time`);
    });
    // SMS check: both phones verified; exactly one wrong tail counted on the subject principal's code
    const codes: Json[] = o.sms?.codes ?? [];
    if (codes.length !== 2 || !codes.every((c) => c.verified))
      problems.push(`${tag}: sms codes ${JSON.stringify(codes.map((c) => [c.mobile, c.verified]))}`);
    const subjectCode = codes.find((c) => c.mobile === a.subjectMobile);
    if (subjectCode?.wrongIdTails !== 1)
      problems.push(`${tag}: wrong ID tails counted ${subjectCode?.wrongIdTails}, sent 1`);
    // uploads: the three documents and the backdrop photo, each once
    const uploads: Json[] = (state.uploads ?? []).filter((u: Json) => u.orderId === o.id);
    if (uploads.length !== 4 || new Set(uploads.map((u) => u.id)).size !== 4)
      problems.push(`${tag}: ${uploads.length} uploads, expected 4`);
    if ((o.uploads ?? []).length !== 4) problems.push(`${tag}: order lists ${(o.uploads ?? []).length} uploads`);
    // one service number bound to the website, not shared with any other order
    const numbers = numbersByOrder.get(o.id) ?? [];
    if (numbers.length !== 1) problems.push(`${tag}: ${numbers.length} service numbers bound`);
    for (const n of numbers) {
      if (boundNumbers.has(n.number)) problems.push(`${tag}: service number ${n.number} bound twice`);
      boundNumbers.add(n.number);
      if (n.instanceId !== a.instanceId) problems.push(`${tag}: service number from ${n.instanceId}`);
    }
    // each phone got exactly one SMS-check code for this order
    for (const mobile of [a.subjectMobile, a.webMobile]) {
      const got = (state.sms ?? []).filter(
        (m: Json) => m.to === mobile && m.kind === 'sms-check' && m.orderId === o.id,
      );
      if (got.length !== 1) problems.push(`${tag}: ${mobile} received ${got.length} SMS-check codes`);
    }
  }
  return problems;
}

/** p-th percentile (nearest rank) of `values`. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}
