import { beforeEach, describe, expect, it } from 'vitest';
import { useSim } from './helpers';

const sim = useSim();

async function zjOrder() {
  const items = (await sim.get('/api/beian/orders')).body.items;
  return (await sim.get(`/api/beian/orders/${items[0].id}`)).body;
}
async function codeFor(mobile: string) {
  const list = (await sim.sms(mobile)).filter((m) => m.kind === 'sms-check');
  return list[list.length - 1]?.code ?? '';
}
const check = (code: string, mobile: string, idTail: string) =>
  sim.post('/api/bureau/sms-check', { code, mobile, idTail });

describe('the bureau SMS check, every outcome of spec §6 (scenario zj-first-sms-pending)', () => {
  beforeEach(() => sim.reset('zj-first-sms-pending'));

  it('the scenario: both codes delivered, from 移动 106575000130, the order waits in sms-check', async () => {
    const order = await zjOrder();
    expect(order.status).toBe('sms-check');
    const codes = (await sim.sms()).filter((m) => m.kind === 'sms-check');
    expect(codes.map((m) => m.to)).toEqual(['13812345678', '13900001111']);
    expect(codes.every((m) => m.from === '106575000130' && /^\d{6}$/.test(m.code ?? ''))).toBe(true);
    // the phone shows them too
    const phone = (await sim.get('/api/phone/13900001111/messages')).body;
    expect(phone.carrierLabel.zh).toBe('中国移动');
    expect(phone.items[0]).toMatchObject({ from: '106575000130', kind: 'sms-check' });
    expect(phone.items[0].text).toContain(codes[1]?.code);
  });

  it('codes are repeatable: the same scenario gives the same codes (seeded)', async () => {
    const a = (await sim.sms()).map((m) => m.code);
    await sim.reset('zj-first-sms-pending');
    expect((await sim.sms()).map((m) => m.code)).toEqual(a);
  });

  it('success on both phones → 核验完成 twice, then bureau review', async () => {
    const r1 = await check(await codeFor('13812345678'), '13812345678', '071236');
    expect(r1.body).toMatchObject({ ok: true, result: '核验完成', orderComplete: false, remainingPhones: 1 });
    expect((await zjOrder()).status).toBe('sms-check');
    const r2 = await check(await codeFor('13900001111'), '13900001111', '124565');
    expect(r2.body).toMatchObject({ ok: true, result: '核验完成', orderComplete: true });
    const order = await zjOrder();
    expect(order.status).toBe('bureau-review');
    expect(order.history.at(-1)).toMatchObject({ from: 'sms-check', to: 'bureau-review' });
  });

  it('a triple that matches no order → 找不到记录 (wrong code; code of the other phone; wrong mobile)', async () => {
    const a = await codeFor('13812345678');
    const b = await codeFor('13900001111');
    const wrongCode = String((Number(a) + 1) % 1_000_000).padStart(6, '0');
    for (const [code, mobile, tail] of [
      [wrongCode, '13812345678', '071236'],
      [b, '13812345678', '071236'],
      [a, '13900001111', '071236'],
    ] as const) {
      const r = await check(code, mobile, tail);
      expect(r.body).toMatchObject({ ok: false, result: '找不到记录' });
    }
    expect((await zjOrder()).status).toBe('sms-check');
  });

  it('format errors are per field (6-digit code, 11-digit mobile, 6-character ID tail) and count nothing', async () => {
    const r = await check('12345', '1381234567', '07123');
    expect(r.status).toBe(422);
    expect(Object.keys(r.body.error.fields).sort()).toEqual(['smsCheck.code', 'smsCheck.idTail', 'smsCheck.mobile']);
  });

  it('the ID tail wrong 4 times → 找不到记录; the 5th → 核验失败 and the order is returned (spec §6.4)', async () => {
    const code = await codeFor('13812345678');
    for (let i = 1; i <= 4; i++) {
      const r = await check(code, '13812345678', '000000');
      expect(r.body.result).toBe('找不到记录');
      expect((await zjOrder()).sms.phones[0].wrongIdTails).toBe(i);
    }
    const fifth = await check(code, '13812345678', '000000');
    expect(fifth.body).toMatchObject({ ok: false, result: '核验失败', returned: true });
    const order = await zjOrder();
    expect(order.status).toBe('returned');
    expect(order.history.at(-1).reason).toContain('5');
    // the right triple no longer finds anything
    expect((await check(code, '13812345678', '071236')).body.result).toBe('找不到记录');
  });

  it('not verified within 24 h → returned by the clock (lazy, exactly at the expiry time) (spec §6.2)', async () => {
    const order = await zjOrder();
    // scenario clock: 10 minutes after submission, i.e. 5 minutes after the codes arrived
    await sim.advance('PT23H54M');
    expect((await zjOrder()).status).toBe('sms-check');
    await sim.advance('PT1M');
    const after = await zjOrder();
    expect(after.status).toBe('returned');
    expect(after.history.at(-1)).toMatchObject({ at: order.sms.expiresAt, by: 'clock' });
    expect((await check(await codeFor('13812345678'), '13812345678', '071236')).body.result).toBe('找不到记录');
  });

  it('the validity window is a setting with its source (48 h as some providers state)', async () => {
    const settings = (await sim.get('/__sim/settings')).body;
    expect(settings.smsValidHours).toBe(24);
    expect(settings.smsValidHoursSource).toContain('spec §6.2');
    await sim.post('/__sim/settings', { smsValidHours: 48 });
    // the running order keeps the window it was sent with; a new submission uses 48 h
    expect((await zjOrder()).sms.validHours).toBe(24);
  });

  it('短信重发: a new code replaces the old one at once; the 24-hour window is not extended', async () => {
    const old = await codeFor('13812345678');
    const before = await zjOrder();
    await sim.advance('PT2H');
    const resend = await sim.post('/api/bureau/sms-resend', { mobile: '13812345678' });
    expect(resend.body).toMatchObject({ ok: true, result: '已重新发送' });
    const fresh = await codeFor('13812345678');
    expect((await sim.sms('13812345678')).filter((m) => m.kind === 'sms-check')).toHaveLength(2);
    expect(fresh).not.toBe(old);
    expect((await check(old, '13812345678', '071236')).body.result).toBe('找不到记录');
    expect((await check(fresh, '13812345678', '071236')).body.result).toBe('核验完成');
    expect((await zjOrder()).sms.expiresAt).toBe(before.sms.expiresAt);
    expect((await sim.post('/api/bureau/sms-resend', { mobile: '13700002222' })).body.result).toBe('找不到记录');
  });

  it('the puzzle captcha guards the bureau form when captchas are on', async () => {
    await sim.post('/__sim/settings', { captcha: true });
    const code = await codeFor('13812345678');
    expect((await check(code, '13812345678', '071236')).status).toBe(422);
    const p = (await sim.get('/api/captcha?kind=puzzle')).body;
    expect(p).toMatchObject({ kind: 'puzzle', width: 300 });
    const { answer } = (await sim.get(`/__sim/captcha/${p.id}`)).body;
    const r = await sim.post('/api/bureau/sms-check', {
      code,
      mobile: '13812345678',
      idTail: '071236',
      captchaId: p.id,
      captcha: String(Number(answer) + 4),
    });
    expect(r.body.result).toBe('核验完成');
  });

  it('resubmission after return with NOTHING changed goes straight back to sms-check with new codes (spec §6.2)', async () => {
    await sim.advance('PT24H');
    const returned = await zjOrder();
    expect(returned.status).toBe('returned');
    const oldCodes = (await sim.sms()).filter((m) => m.kind === 'sms-check').map((m) => m.code);
    const again = await sim.post(`/api/beian/orders/${returned.id}/submit`);
    expect(again.body.status).toBe('sms-check');
    expect(again.body.history.at(-1)).toMatchObject({ from: 'returned', to: 'sms-check' });
    await sim.advance('PT5M');
    const newCodes = (await sim.sms()).filter((m) => m.kind === 'sms-check').slice(2);
    expect(newCodes).toHaveLength(2);
    expect(newCodes.map((m) => m.code)).not.toEqual(oldCodes);
    expect((await check(newCodes[0]?.code ?? '', '13812345678', '071236')).body.result).toBe('核验完成');
  });

  it('resubmission after return with CHANGED data goes back to initial review, then a new SMS check (spec §6.2)', async () => {
    const order = await zjOrder();
    const code = await codeFor('13812345678');
    for (let i = 0; i < 5; i++) await check(code, '13812345678', '999999');
    expect((await zjOrder()).status).toBe('returned');
    const site = { ...order.draft.websites[0], remark: '个人旅行摄影照片与游记分享，内容均为本人原创，不含企业信息。' };
    delete site.serviceNumber;
    expect((await sim.put(`/api/beian/orders/${order.id}/websites/0`, site)).status).toBe(200);
    const again = await sim.post(`/api/beian/orders/${order.id}/submit`);
    expect(again.body.status).toBe('initial-review');
    const init = await sim.review(order.id, 'initial', 'approve');
    // the photo was approved for the same website principal: still valid, straight to the bureau
    expect(init.body.status).toBe('sms-check');
  });
});

describe('a running clock (POST /__sim/clock {"running":true})', () => {
  it('follows real time from the simulated time: 24 real hours later the code has expired', async () => {
    const { createStore } = await import('../../../simulator/state/create');
    const { setRunning } = await import('../../../simulator/state/clock');
    const { openWorld } = await import('../../../simulator/state/world');
    let real = 1_700_000_000_000;
    const store = await createStore({ scenario: 'zj-first-sms-pending', realNow: () => real });
    await store.transact((tx) => setRunning(tx.state, true, tx.realNow));
    real += 23 * 3_600_000;
    expect(await store.transact((tx) => openWorld(tx).state.orders[0]?.status)).toBe('sms-check');
    real += 3_600_000;
    const after = await store.transact((tx) => {
      const w = openWorld(tx);
      return { status: w.state.orders[0]?.status, now: w.state.clock.now };
    });
    expect(after).toEqual({ status: 'returned', now: '2018-11-29T09:10:00+08:00' });
  });
});
