import { beforeEach, describe, expect, it } from 'vitest';
import { fileUpToSubmit, useSim } from './helpers';

const sim = useSim();

/** Concurrent requests cannot corrupt an order (issue 5 item 7): the store serialises transactions. */
describe('50 parallel requests on one order', () => {
  beforeEach(() => sim.reset('empty'));

  it('50 parallel submits: exactly one succeeds, 49 get 409, the history has one draft → initial-review', async () => {
    const id = await fileUpToSubmit(sim);
    const answers = await Promise.all(Array.from({ length: 50 }, () => sim.post(`/api/beian/orders/${id}/submit`)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(49);
    const order = (await sim.get(`/api/beian/orders/${id}`)).body;
    expect(order.history.map((h: { to: string }) => h.to)).toEqual(['draft', 'initial-review']);
  });

  it('50 parallel uploads and saves interleaved: every upload recorded once, no lost update', async () => {
    const id = await fileUpToSubmit(sim);
    const before = (await sim.get(`/api/beian/orders/${id}`)).body.uploads.length;
    const site = (await sim.get(`/api/beian/orders/${id}`)).body.draft.websites[0];
    delete site.serviceNumber;
    const work = Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0
        ? sim.upload(id, 'other')
        : sim.put(`/api/beian/orders/${id}/websites/0`, { ...site, remark: `${site.remark}（第${i}次修改）` }),
    );
    const answers = await Promise.all(work);
    expect(answers.every((a) => a.status < 300)).toBe(true);
    const order = (await sim.get(`/api/beian/orders/${id}`)).body;
    expect(order.uploads).toHaveLength(before + 25);
    expect(new Set(order.uploads.map((u: { id: string }) => u.id)).size).toBe(before + 25);
    const state = await sim.state();
    expect(state.uploads.filter((u) => u.orderId === id)).toHaveLength(before + 25);
    // one service number stays bound to the website however often it is saved
    expect(state.serviceNumbers.filter((n) => n.status === '已绑定')).toHaveLength(1);
  });

  it('50 parallel wrong ID tails on one code: counted exactly, the order returned exactly once', async () => {
    await sim.reset('zj-first-sms-pending');
    const code = (await sim.sms('13812345678')).find((m) => m.kind === 'sms-check')?.code;
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        sim.post('/api/bureau/sms-check', { code, mobile: '13812345678', idTail: '000000' }),
      ),
    );
    expect(answers.filter((a) => a.body.result === '核验失败')).toHaveLength(1);
    expect(answers.filter((a) => a.body.result === '找不到记录')).toHaveLength(49);
    const order = (await sim.state()).orders[0];
    expect(order?.status).toBe('returned');
    expect(order?.history.filter((h) => h.to === 'returned')).toHaveLength(1);
    expect(order?.sms?.codes[0]?.wrongIdTails).toBe(5);
  });
});
