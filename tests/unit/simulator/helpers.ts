import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import { createHandlers } from '../../../simulator/handlers/index';
import { createStore } from '../../../simulator/state/create';
import { SAMPLE_FILES } from '../../../simulator/state/scenarios/index';
import type { SimState } from '../../../simulator/state/schema';
import type { SimStore } from '../../../simulator/state/store';

/**
 * One in-memory simulator per test file, served by the same MSW handlers as the Node server
 * (setupServer from msw/node). Tests drive it only through HTTP, as a page or a tester's script would.
 */
export const BASE = 'http://sim.test';

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON read loosely by the tests
type Json = any;

export interface Answer<T = Json> {
  status: number;
  body: T;
}

export interface Sim {
  store: SimStore;
  call<T = Json>(method: string, path: string, body?: unknown): Promise<Answer<T>>;
  get<T = Json>(path: string): Promise<Answer<T>>;
  post<T = Json>(path: string, body?: unknown): Promise<Answer<T>>;
  put<T = Json>(path: string, body?: unknown): Promise<Answer<T>>;
  del<T = Json>(path: string): Promise<Answer<T>>;
  reset(scenario?: string, options?: { captcha?: boolean }): Promise<void>;
  state(): Promise<SimState>;
  advance(duration: string): Promise<void>;
  sms(to?: string): Promise<
    {
      to: string;
      from: string | null;
      text: string;
      code: string | null;
      sentAt: string;
      kind: string;
      orderId: string | null;
    }[]
  >;
  review(orderId: string, stage: string, decision: string, reason?: string): Promise<Answer>;
  upload(orderId: string, kind: string, file?: 'png' | 'pdf'): Promise<Answer>;
}

export function useSim(): Sim {
  let store!: SimStore;
  let server: ReturnType<typeof setupServer>;
  beforeAll(async () => {
    store = await createStore({ realNow: () => Date.UTC(2026, 0, 1) });
    server = setupServer(...createHandlers(store));
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(() => server.close());

  const call = async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      init.headers = { 'content-type': 'application/json' };
    }
    const res = await fetch(`${BASE}${path}`, init);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as Json };
  };
  const sim: Sim = {
    get store() {
      return store;
    },
    call,
    get: (p) => call('GET', p),
    post: (p, b = {}) => call('POST', p, b),
    put: (p, b = {}) => call('PUT', p, b),
    del: (p) => call('DELETE', p),
    async reset(scenario = 'empty', options = {}) {
      const r = await call('POST', '/__sim/reset', { scenario });
      if (r.status !== 200) throw new Error(`reset failed: ${JSON.stringify(r.body)}`);
      await call('POST', '/__sim/settings', { captcha: options.captcha ?? false });
    },
    async state() {
      return (await call('GET', '/__sim/state')).body as SimState;
    },
    async advance(duration) {
      const r = await call('POST', '/__sim/clock', { advance: duration });
      if (r.status !== 200) throw new Error(JSON.stringify(r.body));
    },
    async sms(to) {
      return (await call('GET', `/__sim/sms${to ? `?to=${to}` : ''}`)).body.items;
    },
    review: (orderId, stage, decision, reason) =>
      call('POST', `/__sim/orders/${orderId}/review`, { stage, decision, ...(reason ? { reason } : {}) }),
    async upload(orderId, kind, file = kind === 'verification-form' ? 'pdf' : 'png') {
      const form = new FormData();
      form.set('kind', kind);
      form.set(
        'file',
        new File([SAMPLE_FILES[file]], `${kind}.${file}`, { type: file === 'pdf' ? 'application/pdf' : 'image/png' }),
      );
      const res = await fetch(`${BASE}/api/beian/orders/${orderId}/uploads`, { method: 'POST', body: form });
      return { status: res.status, body: await res.json() };
    },
  };
  return sim;
}

/** A complete, valid individual filing in 浙江 (the zj scenario's people). */
export const ZJ = {
  decision: {
    province: '浙江省',
    city: '杭州市',
    district: '西湖区',
    nature: '个人',
    idType: '身份证',
    idNumber: '330106199003071236',
    domain: 'wangxiaoming.com',
  },
  subject: {
    province: '浙江省',
    city: '杭州市',
    district: '西湖区',
    nature: '个人',
    idType: '身份证',
    idNumber: '330106199003071236',
    name: '王小明',
    idAddress: '浙江省杭州市西湖区文三路100号',
    mailAddress: '文三路100号',
    principal: {
      name: '王小明',
      idType: '身份证',
      idNumber: '330106199003071236',
      mobile: '13812345678',
      email: 'wangxiaoming@wangxiaoming.com',
    },
  },
  website: (
    domain = 'wangxiaoming.com',
    principal: Record<string, string> = {
      name: '李红',
      idType: '身份证',
      idNumber: '330106198512124565',
      mobile: '13900001111',
      email: 'lihong@wangxiaoming.com',
    },
  ) => ({
    name: '小明旅行摄影记录',
    domains: [domain],
    homeUrl: `www.${domain}`,
    serviceContent: ['其他'],
    languages: ['中文简体'],
    remark: '个人旅行摄影照片与游记分享，不含企业、单位等信息。',
    principal,
  }),
};

/** Run the applicant's side of a first filing up to submission; returns the order id. */
export async function fileUpToSubmit(
  sim: Sim,
  opts: {
    decision?: Record<string, unknown>;
    subject?: Record<string, unknown>;
    websites?: Record<string, unknown>[];
    instanceId?: string;
  } = {},
): Promise<string> {
  const d = await sim.post('/api/beian/type-decision', opts.decision ?? ZJ.decision);
  if (d.status !== 200 || !d.body.order) throw new Error(`type decision: ${JSON.stringify(d.body)}`);
  const id: string = d.body.order.id;
  const steps = [
    await sim.put(`/api/beian/orders/${id}/product`, { instanceId: opts.instanceId ?? 'i-ecs-ok' }),
    await sim.put(`/api/beian/orders/${id}/subject`, opts.subject ?? ZJ.subject),
  ];
  const sites = opts.websites ?? [ZJ.website()];
  for (let i = 0; i < sites.length; i++) steps.push(await sim.put(`/api/beian/orders/${id}/websites/${i}`, sites[i]));
  for (const kind of ['verification-form', 'id-front', 'id-back']) steps.push(await sim.upload(id, kind));
  const bad = steps.find((s) => s.status >= 300);
  if (bad) throw new Error(`filing step failed: ${JSON.stringify(bad.body)}`);
  return id;
}

/** Submit, approve the initial review, take the backdrop photo and approve it: the order reaches the bureau. */
export async function throughPhoto(sim: Sim, id: string): Promise<Answer> {
  const steps = [
    await sim.post(`/api/beian/orders/${id}/submit`),
    await sim.review(id, 'initial', 'approve'),
    await sim.post(`/api/beian/orders/${id}/photo/backdrop`, { mode: 'own' }),
  ];
  const up = await sim.upload(id, 'backdrop-photo', 'png');
  steps.push(up, await sim.post(`/api/beian/orders/${id}/photo`, { uploadId: up.body.upload?.id }));
  const bad = steps.find((s) => s.status >= 300);
  if (bad) throw new Error(`review step failed: ${JSON.stringify(bad.body)}`);
  return sim.review(id, 'photo', 'approve');
}
