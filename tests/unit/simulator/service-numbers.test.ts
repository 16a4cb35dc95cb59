import { beforeEach, describe, expect, it } from 'vitest';
import { fileUpToSubmit, useSim, ZJ } from './helpers';

const sim = useSim();

type Inst = {
  id: string;
  product: string;
  eligibility: { eligible: boolean; limit: number; remaining: number; reasons: { zh: string; en: string }[] };
};
async function instances(): Promise<Inst[]> {
  return (await sim.get('/api/beian/instances?pageSize=100')).body.items;
}
const apply = (instanceId: string) => sim.post('/api/beian/service-numbers', { instanceId });

describe('备案服务号 limits and eligibility (spec §7)', () => {
  beforeEach(() => sim.reset('empty'));

  it('the instance list is paged like the real one', async () => {
    const p1 = (await sim.get('/api/beian/instances?page=1&pageSize=10')).body;
    const p3 = (await sim.get('/api/beian/instances?page=3&pageSize=10')).body;
    expect(p1.items).toHaveLength(10);
    expect(p1.total).toBeGreaterThan(20);
    expect(p3.items).toHaveLength(p1.total - 20);
    const ecs = (await sim.get('/api/beian/instances?product=ecs')).body.items;
    expect(ecs.every((i: Inst) => i.product === 'ecs')).toBe(true);
  });

  it('every product kind has an eligible and an ineligible instance in the empty world', async () => {
    const all = await instances();
    for (const product of [
      'ecs',
      'virtual-host',
      'lightweight',
      'elastic-web',
      'site-builder',
      'nat-gateway',
      'ipv6-translation',
      'ens',
    ]) {
      const mine = all.filter((i) => i.product === product);
      expect(
        mine.some((i) => i.eligibility.eligible),
        product,
      ).toBe(true);
      expect(
        mine.some((i) => !i.eligibility.eligible),
        product,
      ).toBe(true);
    }
  });

  it.each([
    ['i-ecs-payg', /按量付费/],
    ['i-ecs-short', /请先续费/],
    ['i-ecs-nobw', /公网带宽/],
    ['i-ecs-hk', /中国大陆/],
    ['i-site-cheap', /99 元/],
    ['i-nat-payg', /包年包月/],
  ])('%s is refused with the reason at instanceId, nothing issued', async (id, reason) => {
    const r = await apply(id);
    expect(r.status).toBe(422);
    expect(r.body.error.fields.instanceId.map((f: { message: { zh: string } }) => f.message.zh).join()).toMatch(reason);
    expect((await sim.get('/api/beian/service-numbers')).body.items).toHaveLength(0);
  });

  it.each([
    ['i-ecs-ok', 5],
    ['i-vhost-ok', 5],
    ['i-light-ok', 5],
    ['i-ens-ok', 5],
    ['i-nat-ok', 2],
    ['i-ipv6-ok', 2],
    ['i-site-ok', 1],
  ])('%s: exactly %i numbers per instance, the next is refused', async (id, limit) => {
    for (let i = 0; i < limit; i++) expect((await apply(id)).status).toBe(201);
    const over = await apply(id);
    expect(over.status).toBe(422);
    expect(over.body.error.text.zh).toContain('上限');
    const inst = (await instances()).find((x) => x.id === id);
    expect(inst?.eligibility).toMatchObject({ eligible: false, limit, remaining: 0 });
  });

  it('弹性Web托管: 5 per ACCOUNT, shared across its instances', async () => {
    for (let i = 0; i < 3; i++) expect((await apply('i-web-ok')).status).toBe(201);
    for (let i = 0; i < 2; i++) expect((await apply('i-web-ok2')).status).toBe(201);
    expect((await apply('i-web-ok2')).status).toBe(422);
    expect((await apply('i-web-ok')).status).toBe(422);
  });

  it('picking an instance in product verification refuses an ineligible one (pay-as-you-go ECS)', async () => {
    const d = await sim.post('/api/beian/type-decision', ZJ.decision);
    const r = await sim.put(`/api/beian/orders/${d.body.order.id}/product`, { instanceId: 'i-ecs-payg' });
    expect(r.status).toBe(422);
    expect(r.body.error.fields.instanceId[0].message.zh).toContain('按量付费');
    expect((await sim.get(`/api/beian/orders/${d.body.order.id}`)).body.product).toBeNull();
  });

  it('an unused number can be entered in product verification instead of an instance, and deleted numbers are never issued again', async () => {
    const n1 = (await apply('i-ecs-ok')).body.number;
    const n2 = (await apply('i-ecs-ok')).body.number;
    expect((await sim.del(`/api/beian/service-numbers/${n2}`)).status).toBe(200);
    // a deleted unused number frees its slot: 5 more can be issued, none of them n2
    const later: string[] = [];
    for (let i = 0; i < 4; i++) later.push((await apply('i-ecs-ok')).body.number);
    expect(later).not.toContain(n2);
    const d = await sim.post('/api/beian/type-decision', ZJ.decision);
    const id = d.body.order.id;
    expect((await sim.put(`/api/beian/orders/${id}/product`, { serviceNumber: n2 })).status).toBe(422);
    const ok = await sim.put(`/api/beian/orders/${id}/product`, { serviceNumber: n1 });
    expect(ok.status).toBe(200);
    await sim.put(`/api/beian/orders/${id}/subject`, ZJ.subject);
    const site = await sim.put(`/api/beian/orders/${id}/websites/0`, ZJ.website());
    expect(site.body.order.serviceNumbers).toEqual([n1]);
    const bound = (await sim.get('/api/beian/service-numbers')).body.items.find(
      (n: { number: string }) => n.number === n1,
    );
    expect(bound).toMatchObject({ status: '已绑定', orderId: id });
    expect((await sim.del(`/api/beian/service-numbers/${n1}`)).status).toBe(409);
  });

  it('a number bound to another order is refused', async () => {
    const id = await fileUpToSubmit(sim);
    const bound = (await sim.get(`/api/beian/orders/${id}`)).body.serviceNumbers[0];
    await sim.post(`/api/beian/orders/${id}/abandon`);
    // after abandoning it is free again
    const other = await sim.post('/api/beian/type-decision', { ...ZJ.decision, domain: 'other-domain.cn' });
    expect((await sim.put(`/api/beian/orders/${other.body.order.id}/product`, { serviceNumber: bound })).status).toBe(
      200,
    );
  });
});

describe('used service numbers are never reusable (spec §7; scenario bj-company-approved)', () => {
  beforeEach(() => sim.reset('bj-company-approved'));

  it('a 已使用 number cannot be entered again, nor deleted, even after its website is cancelled', async () => {
    const numbers = (await sim.get('/api/beian/service-numbers')).body.items;
    expect(numbers).toHaveLength(1);
    const used = numbers[0];
    expect(used.status).toBe('已使用');
    expect((await sim.del(`/api/beian/service-numbers/${used.number}`)).status).toBe(409);
    const s = (await sim.get('/api/beian/filings')).body.subjects[0];
    const order = await sim.post('/api/beian/orders', { type: 'new-website-here', subjectId: s.id });
    const r = await sim.put(`/api/beian/orders/${order.body.id}/product`, { serviceNumber: used.number });
    expect(r.status).toBe(422);
    expect(r.body.error.fields.serviceNumber[0].message.zh).toContain('不能再次使用');
    expect(r.body.error.fields.serviceNumber[0].source).toBe('spec §7');
    // typed directly on the website form too
    await sim.put(`/api/beian/orders/${order.body.id}/product`, { instanceId: 'i-ecs-ok' });
    await sim.put(`/api/beian/orders/${order.body.id}/subject`, order.body.draft.subject);
    const site = await sim.put(`/api/beian/orders/${order.body.id}/websites/0`, {
      name: '北京示例科技招聘',
      domains: ['shilikeji-jobs.cn'],
      homeUrl: 'www.shilikeji-jobs.cn',
      serviceContent: ['单位门户网站'],
      languages: ['中文简体'],
      principal: order.body.draft.subject.principal,
      serviceNumber: used.number,
    });
    expect(site.status).toBe(422);
    expect(Object.keys(site.body.error.fields)).toEqual(['websites[0].serviceNumber']);
  });

  it('a used number still counts toward its instance limit (4 more on i-ecs-ok, then refused)', async () => {
    for (let i = 0; i < 4; i++) expect((await apply('i-ecs-ok')).status).toBe(201);
    expect((await apply('i-ecs-ok')).status).toBe(422);
  });
});
