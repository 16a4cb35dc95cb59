import { beforeEach, describe, expect, it } from 'vitest';
import { fileUpToSubmit, useSim, ZJ } from './helpers';

const sim = useSim();

// Today's photo check (research currency-2026): electronic face verification of each 互联网信息服务负责人
// replaced the backdrop photo; a 2026 order outside 上海 must be able to pass it in the simulator.

/** The scenario of today's flow: a 浙江 first filing at the face check; a second website principal added. */
async function atFaceCheck(opts: { secondPrincipal?: boolean } = {}): Promise<string> {
  await sim.reset('zj-first-2026-face');
  const order = (await sim.get('/api/beian/orders')).body.items[0];
  expect(order.status).toBe('photo-check');
  if (!opts.secondPrincipal) return order.id;
  // The same filing with a second website whose principal is 王小红: the scenario's order is
  // abandoned (one open order per subject) and the new one filed on the scenario's 2026 instance.
  expect((await sim.post(`/api/beian/orders/${order.id}/abandon`)).status).toBe(200);
  const second = ZJ.website('xiaoming-photo.cn', {
    name: '王小红',
    idType: '身份证',
    idNumber: '33010619920315452X',
    mobile: '13700001111',
    email: 'wangxiaohong@xiaoming-photo.cn',
  });
  second.name = '小明摄影作品集';
  const id = await fileUpToSubmit(sim, { instanceId: 'i-ecs-2026', websites: [ZJ.website(), second] });
  const submitted = await sim.post(`/api/beian/orders/${id}/submit`);
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  expect((await sim.review(id, 'initial', 'approve')).body.status).toBe('photo-check');
  return id;
}

const ALL_OK = { plainBackground: true, goodLight: true, locationAllowed: true };

describe('face verification in the simulator (2026 浙江 first filing)', () => {
  beforeEach(async () => {
    await sim.reset('empty');
  });

  it('each website principal verifies; the order waits for the last one, then goes to the photo review and on to the SMS check', async () => {
    const id = await atFaceCheck({ secondPrincipal: true });
    let order = (await sim.get(`/api/beian/orders/${id}`)).body;
    expect(order.photo.method).toBe('face');
    expect(order.actions).toContain('face');
    expect(order.actions).not.toContain('backdrop');
    expect(order.photo.face.map((p: { name: string; verified: boolean }) => [p.name, p.verified])).toEqual([
      ['李红', false],
      ['王小红', false],
    ]);

    const first = await sim.post(`/api/beian/orders/${id}/photo/face`, {
      mobile: order.photo.face[0].mobile,
      ...ALL_OK,
    });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('photo-check');
    expect(first.body.photo.face.map((p: { verified: boolean }) => p.verified)).toEqual([true, false]);

    const last = await sim.post(`/api/beian/orders/${id}/photo/face`, { mobile: '137 0000 1111', ...ALL_OK });
    expect(last.body.status).toBe('photo-review');
    expect(last.body.history.at(-1).reason).toContain('人脸识别');
    expect((await sim.sms('13700001111')).at(-1)?.text).toContain('人脸核验');

    order = (await sim.review(id, 'photo', 'approve')).body;
    // Since 2020-08-17 every province checks by SMS before the bureau review.
    expect(order.status).toBe('sms-check');

    // Today's codes come from 12381 (the carriers' numbers were 2018's); the number carries the year.
    await sim.advance('PT6M');
    const codes = (await sim.sms('13812345678')).filter((m) => m.kind === 'sms-check');
    expect(codes.map((m) => m.from)).toEqual(['12381']);
    for (const p of (await sim.get(`/api/beian/orders/${id}`)).body.sms.phones) {
      const code = (await sim.sms(p.mobile)).filter((m) => m.kind === 'sms-check').at(-1)?.code;
      const tail = { '13812345678': '071236', '13900001111': '124565', '13700001111': '15452X' }[p.mobile as string];
      const r = await sim.post('/api/bureau/sms-check', { code, mobile: p.mobile, idTail: tail });
      expect(r.body.result, JSON.stringify(r.body)).toBe('核验完成');
    }
    const approved = await sim.review(id, 'bureau', 'approve');
    expect(approved.body.result.subjectFilingNumber).toMatch(/^浙ICP备2026\d{6}号$/);
  });

  it('a dark room, a busy background or no location is refused at that condition; a stranger cannot verify', async () => {
    const id = await atFaceCheck();
    const mobile = (await sim.get(`/api/beian/orders/${id}`)).body.photo.face[0].mobile;
    const dark = await sim.post(`/api/beian/orders/${id}/photo/face`, { mobile, ...ALL_OK, goodLight: false });
    expect(dark.status).toBe(422);
    expect(dark.body.error.fields.goodLight[0].message.zh).toContain('光线');
    const busy = await sim.post(`/api/beian/orders/${id}/photo/face`, { mobile, ...ALL_OK, plainBackground: false });
    expect(busy.body.error.fields.plainBackground[0].message.en).toContain('plain');
    const stranger = await sim.post(`/api/beian/orders/${id}/photo/face`, { mobile: '13912345678', ...ALL_OK });
    expect(stranger.status).toBe(422);
    expect(Object.keys(stranger.body.error.fields)).toEqual(['mobile']);
    const order = (await sim.get(`/api/beian/orders/${id}`)).body;
    expect(order.photo.face.every((p: { verified: boolean }) => !p.verified)).toBe(true);
  });

  it('a photo-review rejection asks every principal to verify again', async () => {
    const id = await atFaceCheck({ secondPrincipal: true });
    for (const p of (await sim.get(`/api/beian/orders/${id}`)).body.photo.face)
      await sim.post(`/api/beian/orders/${id}/photo/face`, { mobile: p.mobile, ...ALL_OK });
    const rejected = await sim.review(id, 'photo', 'reject');
    expect(rejected.body.status).toBe('photo-check');
    expect(rejected.body.photo.face.map((p: { verified: boolean }) => p.verified)).toEqual([false, false]);
  });

  it('a 2018 order keeps the backdrop and refuses the face endpoint', async () => {
    await sim.reset('empty');
    const id = await fileUpToSubmit(sim);
    await sim.post(`/api/beian/orders/${id}/submit`);
    const order = (await sim.review(id, 'initial', 'approve')).body;
    expect(order.photo.method).toBe('backdrop');
    const r = await sim.post(`/api/beian/orders/${id}/photo/face`, { mobile: '13800000000', ...ALL_OK });
    expect(r.status).toBe(422);
    expect(r.body.error.text.zh).toContain('人脸识别');
  });
});
