import { beforeEach, describe, expect, it } from 'vitest';
import { type Sim, useSim } from './helpers';

const sim = useSim();

const NANJING = {
  province: '江苏省',
  city: '南京市',
  district: '玄武区',
  nature: '企业',
  idType: '营业执照',
  idNumber: '91320106MA1XY2345B',
};
const SHENZHEN = {
  province: '广东省',
  city: '深圳市',
  district: '南山区',
  nature: '企业',
  idType: '营业执照',
  idNumber: '91440300MA5DC67896',
};

async function uploadAll(s: Sim, id: string, kinds = ['verification-form', 'id-front', 'id-back', 'subject-licence']) {
  for (const k of kinds) expect((await s.upload(id, k)).status).toBe(201);
}

/** initial → photo (backdrop) → bureau review, for provinces without SMS check. */
async function reviewToBureau(s: Sim, id: string) {
  const sub = await s.post(`/api/beian/orders/${id}/submit`);
  expect(sub.status, JSON.stringify(sub.body)).toBe(200);
  const init = await s.review(id, 'initial', 'approve');
  if (init.body.status !== 'photo-check') return init;
  await s.post(`/api/beian/orders/${id}/photo/backdrop`, { mode: 'own' });
  const up = await s.upload(id, 'backdrop-photo');
  await s.post(`/api/beian/orders/${id}/photo`, { uploadId: up.body.upload.id });
  return s.review(id, 'photo', 'approve');
}

async function bjSubject(s: Sim) {
  return (await s.get('/api/beian/filings')).body.subjects[0];
}

describe('type decision over the simulated world (spec §2)', () => {
  it('access-elsewhere: subject and domain filed elsewhere → 新增接入 with an order pre-filled from the record', async () => {
    await sim.reset('access-elsewhere');
    const r = await sim.post('/api/beian/type-decision', { ...NANJING, domain: 'nanjing-example.com' });
    expect(r.body.type).toBe('access-new');
    expect(r.body.order.draft.subject.name).toBe('南京示例信息技术有限公司');
    expect(r.body.order.draft.websites[0].filingNumber).toBe('苏ICP备17012345号-1');
  });

  it('access-elsewhere: same subject, a new domain → 新增网站（原备案不在本平台）', async () => {
    await sim.reset('access-elsewhere');
    const r = await sim.post('/api/beian/type-decision', { ...NANJING, domain: 'nanjing-new.cn' });
    expect(r.body.type).toBe('new-website-elsewhere');
    expect(r.body.startFrom).toBe('order');
  });

  it('a subject filed here: new domain → 新增网站（原备案在本平台）, domain elsewhere → 继续接入, both from my filings', async () => {
    await sim.reset('access-elsewhere');
    const a = await sim.post('/api/beian/type-decision', { ...SHENZHEN, domain: 'sz-new.cn' });
    expect(a.body).toMatchObject({ type: 'new-website-here', startFrom: 'my-filings', order: null });
    const b = await sim.post('/api/beian/type-decision', { ...SHENZHEN, domain: 'sz-blog-example.com' });
    expect(b.body).toMatchObject({ type: 'access-continue', startFrom: 'my-filings', order: null });
  });

  it('a domain filed under another subject cannot be filed online (422 at the domain field)', async () => {
    await sim.reset('access-elsewhere');
    const r = await sim.post('/api/beian/type-decision', {
      province: '浙江省',
      city: '杭州市',
      district: '西湖区',
      nature: '个人',
      idType: '身份证',
      idNumber: '330106199003071236',
      domain: 'nanjing-example.com',
    });
    expect(r.status).toBe(422);
    expect(Object.keys(r.body.error.fields)).toEqual(['websites[0].domains[0]']);
  });

  it('wanwang-legacy → 认领原万网备案; upload, 1-working-day review, then the subject is in my filings', async () => {
    await sim.reset('wanwang-legacy');
    const r = await sim.post('/api/beian/type-decision', {
      province: '北京市',
      city: '市辖区',
      district: '朝阳区',
      nature: '企业',
      idType: '营业执照',
      idNumber: '911101057000123456',
      domain: 'laozihao-example.com',
    });
    expect(r.body).toMatchObject({ type: 'claim', startFrom: 'claim' });
    const id = r.body.order.id;
    expect((await sim.post(`/api/beian/orders/${id}/submit`)).body.error.fields['upload.claim-document']).toBeDefined();
    expect((await sim.upload(id, 'claim-document')).status).toBe(201);
    const sub = await sim.post(`/api/beian/orders/${id}/submit`);
    expect(sub.body.status).toBe('initial-review');
    expect(sub.body.steps).toContain('claim-review');
    const due = (await sim.get('/__sim/reviews')).body.items[0];
    expect(due.dueAt).toBe('2018-11-27T09:00:00+08:00');
    const ok = await sim.review(id, 'initial', 'approve');
    expect(ok.body.status).toBe('approved');
    const subjects = (await sim.get('/api/beian/filings')).body.subjects;
    expect(subjects[0]).toMatchObject({ filingNumber: '京ICP备08012345号' });
    expect(subjects[0].actions.length).toBeGreaterThan(0);
  });

  it('claim also starts by filing number (POST /api/beian/orders {type:"claim"}); an unknown number is refused', async () => {
    await sim.reset('wanwang-legacy');
    expect((await sim.post('/api/beian/orders', { type: 'claim', filingNumber: '京ICP备00000000号' })).status).toBe(
      422,
    );
    const r = await sim.post('/api/beian/orders', { type: 'claim', filingNumber: '京ICP备08012345号' });
    expect(r.status).toBe(201);
    expect(r.body.type).toBe('claim');
  });
});

describe('access filings and the filing password (spec §2, §4.4)', () => {
  beforeEach(() => sim.reset('access-elsewhere'));

  it('新增接入: nothing can be changed; a wrong password is rejected by the bureau at submission, the right one then goes through', async () => {
    const d = await sim.post('/api/beian/type-decision', { ...NANJING, domain: 'nanjing-example.com' });
    const id = d.body.order.id;
    const order = d.body.order;
    expect((await sim.put(`/api/beian/orders/${id}/product`, { instanceId: 'i-ecs-ok' })).status).toBe(200);
    const changed = await sim.put(`/api/beian/orders/${id}/subject`, {
      ...order.draft.subject,
      mailAddress: '中山路1号',
    });
    expect(changed.status).toBe(422);
    expect(Object.keys(changed.body.error.fields)).toEqual(['subject.mailAddress']);
    expect((await sim.put(`/api/beian/orders/${id}/subject`, order.draft.subject)).status).toBe(200);
    const site = await sim.put(`/api/beian/orders/${id}/websites/0`, {});
    expect(site.status, JSON.stringify(site.body)).toBe(200);
    expect(site.body.order.serviceNumbers[0]).toMatch(/^\d{10}$/);
    expect((await sim.put(`/api/beian/orders/${id}/websites/1`, { name: '另一个网站' })).status).toBe(422);
    expect(
      (await sim.put(`/api/beian/orders/${id}/access`, { filingNumber: '苏ICP备99999999号', filingPassword: 'x' }))
        .status,
    ).toBe(422);
    const access = await sim.put(`/api/beian/orders/${id}/access`, {
      filingNumber: '苏ICP备17012345号',
      filingPassword: 'wrong-password',
    });
    expect(access.body.draft.filingPassword).toBe('******');
    await uploadAll(sim, id);
    const atBureau = await reviewToBureau(sim, id);
    expect(atBureau.body.status).toBe('rejected');
    expect(atBureau.body.lastRejection).toMatchObject({ stage: 'bureau' });
    expect(atBureau.body.lastRejection.reason).toContain('ICP备案密码错误');

    await sim.put(`/api/beian/orders/${id}/access`, { filingPassword: 'Nj2017pw' });
    const again = await reviewToBureau(sim, id);
    // the photo approved earlier is still valid: straight to the bureau (江苏: no SMS check in 2018)
    expect(again.body.status).toBe('bureau-review');
    const ok = await sim.review(id, 'bureau', 'approve');
    expect(ok.body.status).toBe('approved');
    const subjects = (await sim.get('/api/beian/filings')).body.subjects;
    expect(subjects.map((s: { filingNumber: string }) => s.filingNumber)).toContain('苏ICP备17012345号');
    const used = (await sim.get('/api/beian/service-numbers')).body.items;
    expect(used[0].status).toBe('已使用');
  });

  it('继续接入备案 for a website still hosted elsewhere, from my filings', async () => {
    const s = (await sim.get('/api/beian/filings')).body.subjects[0];
    expect(s.name).toBe('深圳示例电子商务有限公司');
    const elsewhere = s.websites.find((w: { accessHere: boolean }) => !w.accessHere);
    const r = await sim.post('/api/beian/orders', {
      type: 'access-continue',
      subjectId: s.id,
      websiteId: elsewhere.id,
    });
    expect(r.status).toBe(201);
    const id = r.body.id;
    await sim.put(`/api/beian/orders/${id}/product`, { instanceId: 'i-ecs-ok' });
    expect((await sim.put(`/api/beian/orders/${id}/websites/0`, {})).status).toBe(200);
    await sim.put(`/api/beian/orders/${id}/access`, { filingPassword: 'Sz2016pw' });
    await uploadAll(sim, id);
    expect((await reviewToBureau(sim, id)).body.status).toBe('bureau-review');
    await sim.review(id, 'bureau', 'approve');
    const after = (await sim.get('/api/beian/filings')).body.subjects[0];
    expect(after.websites.every((w: { accessHere: boolean }) => w.accessHere)).toBe(true);
  });
});

describe('my filings: actions of an approved subject (spec §2; scenario bj-company-approved)', () => {
  beforeEach(() => sim.reset('bj-company-approved'));

  it('shows the subject with its filing numbers and every action; all hidden while an order is in progress', async () => {
    const s = await bjSubject(sim);
    expect(s.filingNumber).toMatch(/^京ICP备\d{8}号$/);
    expect(s.websites[0].filingNumber).toBe(`${s.filingNumber}-1`);
    expect(s.actions).toEqual([
      'new-website-here',
      'access-continue',
      'change-subject',
      'change-website',
      'cancel-subject',
      'cancel-website',
      'cancel-access',
    ]);
    const r = await sim.post('/api/beian/orders', { type: 'change-subject', subjectId: s.id });
    expect(r.status).toBe(201);
    const busy = await bjSubject(sim);
    expect(busy.actions).toEqual([]);
    expect(busy.orderInProgress).toMatchObject({ id: r.body.id, type: 'change-subject' });
    const refused = await sim.post('/api/beian/orders', { type: 'new-website-here', subjectId: s.id });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('order-in-progress');
    await sim.post(`/api/beian/orders/${r.body.id}/abandon`);
    expect((await bjSubject(sim)).actions.length).toBe(7);
  });

  it('增加网站 → new website -2 after approval, its own service number', async () => {
    const s = await bjSubject(sim);
    const r = await sim.post('/api/beian/orders', { type: 'new-website-here', subjectId: s.id });
    const id = r.body.id;
    expect(r.body.draft.subject.name).toBe('北京示例科技有限公司');
    expect((await sim.put(`/api/beian/orders/${id}/subject`, r.body.draft.subject)).status).toBe(200);
    await sim.put(`/api/beian/orders/${id}/product`, { instanceId: 'i-ecs-ok' });
    const principal = r.body.draft.subject.principal;
    const site = await sim.put(`/api/beian/orders/${id}/websites/0`, {
      name: '北京示例科技招聘',
      domains: ['shilikeji-jobs.cn'],
      homeUrl: 'www.shilikeji-jobs.cn',
      serviceContent: ['单位门户网站'],
      languages: ['中文简体'],
      principal,
    });
    expect(site.status, JSON.stringify(site.body)).toBe(200);
    await uploadAll(sim, id);
    expect((await reviewToBureau(sim, id)).body.status).toBe('bureau-review');
    const ok = await sim.review(id, 'bureau', 'approve');
    expect(ok.body.result.websiteFilingNumbers).toEqual([`${s.filingNumber}-2`]);
    expect((await bjSubject(sim)).websites).toHaveLength(2);
  });

  it('变更主体: the province cannot change; an approved change updates the subject, the number stays', async () => {
    const s = await bjSubject(sim);
    const r = await sim.post('/api/beian/orders', { type: 'change-subject', subjectId: s.id });
    const id = r.body.id;
    const moved = await sim.put(`/api/beian/orders/${id}/subject`, { ...r.body.draft.subject, province: '天津市' });
    expect(moved.status).toBe(422);
    expect(moved.body.error.fields['subject.province'][0].source).toContain('spec §2');
    const ok = await sim.put(`/api/beian/orders/${id}/subject`, {
      ...r.body.draft.subject,
      mailAddress: '中关村大街2号',
    });
    expect(ok.status).toBe(200);
    await uploadAll(sim, id);
    expect((await reviewToBureau(sim, id)).body.status).toBe('bureau-review');
    await sim.review(id, 'bureau', 'approve');
    const state = await sim.state();
    expect(state.subjects[0]?.data.mailAddress).toBe('中关村大街2号');
    expect((await bjSubject(sim)).filingNumber).toBe(s.filingNumber);
  });

  it('变更网站信息: a domain added to the website, same website number', async () => {
    const s = await bjSubject(sim);
    const site = s.websites[0];
    const r = await sim.post('/api/beian/orders', { type: 'change-website', subjectId: s.id, websiteId: site.id });
    const id = r.body.id;
    const data = {
      ...r.body.draft.websites[0],
      domains: ['shilikeji.cn', 'shilikeji.com.cn'],
      remark: '域名指向同一网站',
    };
    delete data.filingNumber;
    const saved = await sim.put(`/api/beian/orders/${id}/websites/0`, data);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    await uploadAll(sim, id);
    expect((await reviewToBureau(sim, id)).body.status).toBe('bureau-review');
    await sim.review(id, 'bureau', 'approve');
    const after = await bjSubject(sim);
    expect(after.websites[0].domains).toEqual(['shilikeji.cn', 'shilikeji.com.cn']);
    expect(after.websites[0].filingNumber).toBe(site.filingNumber);
  });

  it('注销网站 and 注销主体 need the filing password; a wrong one is rejected by the bureau', async () => {
    const state = await sim.state();
    const password = state.subjects[0]?.password ?? '';
    const s = await bjSubject(sim);
    const cw = await sim.post('/api/beian/orders', {
      type: 'cancel-website',
      subjectId: s.id,
      websiteId: s.websites[0].id,
    });
    expect(cw.body.steps).not.toContain('initial-review');
    expect((await sim.post(`/api/beian/orders/${cw.body.id}/submit`)).body.error.fields.filingPassword).toBeDefined();
    await sim.put(`/api/beian/orders/${cw.body.id}/access`, { filingPassword: 'nope' });
    expect((await sim.post(`/api/beian/orders/${cw.body.id}/submit`)).body.status).toBe('rejected');
    await sim.put(`/api/beian/orders/${cw.body.id}/access`, { filingPassword: password });
    expect((await sim.post(`/api/beian/orders/${cw.body.id}/submit`)).body.status).toBe('bureau-review');
    await sim.review(cw.body.id, 'bureau', 'approve');
    expect((await bjSubject(sim)).websites[0].status).toBe('cancelled');

    const cs = await sim.post('/api/beian/orders', { type: 'cancel-subject', subjectId: s.id });
    await sim.put(`/api/beian/orders/${cs.body.id}/access`, { filingPassword: password });
    await sim.post(`/api/beian/orders/${cs.body.id}/submit`);
    await sim.review(cs.body.id, 'bureau', 'approve');
    const after = await bjSubject(sim);
    expect(after.status).toBe('cancelled');
    expect(after.actions).toEqual([]);
  });

  it('取消接入 needs an SMS code to the account phone AND the password; afterwards the subject leaves my filings, its number stays at MIIT', async () => {
    const state = await sim.state();
    const password = state.subjects[0]?.password ?? '';
    const s = await bjSubject(sim);
    const r = await sim.post('/api/beian/orders', { type: 'cancel-access', subjectId: s.id });
    const id = r.body.id;
    const sent = await sim.post('/api/beian/account-code', { purpose: 'cancel-access' });
    expect(sent.body.sentTo).toBe('137****2222');
    const code = (await sim.sms('13700002222')).filter((m) => m.kind === 'account-code').at(-1)?.code ?? '';
    expect(
      (await sim.put(`/api/beian/orders/${id}/access`, { accountCode: '000000', filingPassword: password })).status,
    ).toBe(422);
    expect((await sim.post(`/api/beian/orders/${id}/submit`)).body.error.fields.accountCode).toBeDefined();
    const ok = await sim.put(`/api/beian/orders/${id}/access`, { accountCode: code, filingPassword: password });
    expect(ok.body.accountCodeVerified).toBe(true);
    expect((await sim.post(`/api/beian/orders/${id}/submit`)).body.status).toBe('bureau-review');
    await sim.review(id, 'bureau', 'approve');
    expect((await sim.get('/api/beian/filings')).body.subjects).toEqual([]);
    const after = await sim.state();
    expect(after.subjects[0]).toMatchObject({ status: 'filed', accessHere: false, filingNumber: s.filingNumber });
  });

  it('the type decision for the filed subject and its own domain offers the filed-website actions', async () => {
    const r = await sim.post('/api/beian/type-decision', {
      province: '北京市',
      city: '市辖区',
      district: '海淀区',
      nature: '企业',
      idType: '营业执照',
      idNumber: '91110108772551611J',
      domain: 'shilikeji.cn',
    });
    expect(r.body).toMatchObject({ type: 'change-website', outcome: 'choose', startFrom: 'my-filings' });
  });
});
