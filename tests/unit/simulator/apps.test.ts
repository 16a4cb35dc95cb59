import { describe, expect, it } from 'vitest';
import { SAMPLE_FILES } from '../../../simulator/state/scenarios/index';
import { BASE, type Sim, useSim } from './helpers';

// The simulator's app flow (issue 11 §5): apps in a first filing and as 新增互联网信息服务, checked by the
// shared rules, the 应用图标 upload (≤ 100 KB), the app principal's SMS check, and the -nA / -nX numbers.

const sim = useSim();

const PUBLIC_KEY =
  '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwhXLzPujfEKhkRyNyJwd\ngOJmB2MHYLlEDMZMZ3S/12UrzSux6SAHmZu/rqtQG1+3c4SY1Q4eZlDPaa1KqgjA\nZyJLLLddlqwbaGcEKVWRaBwEsff9IDaF6wg1oDgnPOYGHoU3690B+DW4rg9+WpN6\naUiAPiR8o/F6/DsJoPAcYtKX5nv8MrhlgMHiz+cLHcD18RitT7EB1x8VE+SsZazg\nmCGE0ygp/3dTgcwcVoESQaQ7Ur/quBY+3b25LQbHRxHArW2DXRy03II7HT5JQ1Gt\nE90mZPBP/0YyNMhYm8jeCLhvgxE1wvQSZFaR4Ga53quuW3kbL7cr5MMWIv3q1G3W\nOQIDAQAB\n-----END PUBLIC KEY-----';
const ANDROID_MD5 = '9A:3C:5B:0E:71:44:2D:8F:6E:10:AB:CD:EF:01:23:45';
const IOS_SHA1 = '3f2a9c1e7b4d8a6f0e5c2b1a9d8c7b6a5f4e3d2c';
/** The app principal: the subject 陈静 herself, on a second mobile so that the codes can be told apart. */
const APP_PRINCIPAL = {
  name: '陈静',
  idType: '身份证',
  idNumber: '310104199001011233',
  mobile: '13822223333',
  email: 'chenjing@chenjing-photo.cn',
};

function photoApp(signatureIos = IOS_SHA1) {
  return {
    kind: 'app',
    name: '陈静摄影记录',
    platforms: [
      { platform: 'android', packageName: 'cn.chenjing.photo', publicKey: PUBLIC_KEY, signature: ANDROID_MD5 },
      { platform: 'ios', packageName: 'cn.chenjing.photo', publicKey: PUBLIC_KEY, signature: signatureIos },
    ],
    domains: ['api.chenjing-photo.cn'],
    serviceContent: ['其他'],
    languages: ['中文简体'],
    remark: '个人摄影作品展示 APP。',
    principal: APP_PRINCIPAL,
  };
}

async function uploadIcon(orderId: string, index: number, bytes: Uint8Array, name = 'icon.png') {
  const form = new FormData();
  form.set('file', new File([bytes as BlobPart], name));
  const res = await fetch(`${BASE}/api/beian/orders/${orderId}/apps/${index}/icon`, { method: 'POST', body: form });
  return { status: res.status, body: await res.json() };
}

/** A PNG of `size` bytes (the signature, then padding): the simulator sniffs the type and counts the bytes. */
function pngOf(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(SAMPLE_FILES.png.slice(0, Math.min(size, SAMPLE_FILES.png.length)));
  return bytes;
}

/** The Shanghai bureau app on the virtual phone of `mobile`, then its picture code on the filing site (spec §9). */
async function shanghaiPhoto(s: Sim, orderId: string, mobile: string) {
  expect((await s.post(`/api/phone/${mobile}/app/start`)).status).toBe(200);
  const inbox = (await s.get(`/api/phone/${mobile}/messages`)).body.items;
  const code = /验证码 (\d{6})/.exec(inbox[0].text)?.[1];
  await s.post(`/api/phone/${mobile}/app/verify`, { code });
  await s.post(`/api/phone/${mobile}/app/id-capture`, { front: true, back: true });
  const done = await s.post(`/api/phone/${mobile}/app/holding-photo`, { locationAllowed: true, inShanghai: true });
  await s.post(`/api/beian/orders/${orderId}/photo/app-code`, { code: done.body.pictureCode });
  expect((await s.post(`/api/beian/orders/${orderId}/photo/confirm`)).body.status).toBe('photo-review');
}

async function orderId(s: Sim): Promise<string> {
  return (await s.get('/api/beian/orders')).body.items[0].id;
}

/** Every SMS-check code goes in with the principal's ID tail (the codes arrive about 5 minutes after submission). */
async function passSmsCheck(s: Sim, id: string) {
  await s.advance('PT6M');
  const order = (await s.get(`/api/beian/orders/${id}`)).body;
  for (const p of order.sms.phones) {
    const code = (await s.sms(p.mobile)).filter((m) => m.kind === 'sms-check').at(-1)?.code;
    const r = await s.post('/api/bureau/sms-check', { code, mobile: p.mobile, idTail: '011233' });
    expect(r.body.result, JSON.stringify(r.body)).toBe('核验完成');
  }
}

describe('an app in a first filing (Shanghai individual, apps only)', () => {
  it('iOS 签名MD5值 with 32 hex digits is refused with the rule’s own message; the SHA-1 is accepted', async () => {
    await sim.reset('sh-app-android-ios');
    const id = await orderId(sim);
    const wrong = await sim.put(`/api/beian/orders/${id}/apps/0`, photoApp('d41d8cd98f00b204e9800998ecf8427e'));
    expect(wrong.status).toBe(422);
    const findings = wrong.body.error.fields['apps[0].platforms[1].signature'];
    expect(findings.map((f: { rule: string }) => f.rule)).toContain('app-signature-ios.md5-given');
    expect(findings[0].message.zh).toContain('SHA-1');
    // Android's 32-hex MD5 is right: no finding at platform 0.
    expect(wrong.body.error.fields['apps[0].platforms[0].signature']).toBeUndefined();
    expect((await sim.get(`/api/beian/orders/${id}`)).body.draft.apps ?? []).toEqual([]);

    const ok = await sim.put(`/api/beian/orders/${id}/apps/0`, photoApp());
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.order.draft.apps[0].platforms[1].signature).toBe(IOS_SHA1);
    expect(ok.body.order.actions).toContain('save-app');
  });

  it('应用图标: over 100 KB or a PDF is refused, a small PNG is kept and replaces the earlier one', async () => {
    await sim.reset('sh-app-android-ios');
    const id = await orderId(sim);
    await sim.put(`/api/beian/orders/${id}/apps/0`, photoApp());
    const big = await uploadIcon(id, 0, pngOf(100 * 1024 + 1));
    expect(big.status).toBe(422);
    expect(big.body.error.fields['apps[0].icon'][0].rule).toBe('app.icon-size');
    const pdf = await uploadIcon(id, 0, SAMPLE_FILES.pdf, 'icon.pdf');
    expect(pdf.status).toBe(422);
    expect(pdf.body.error.fields['apps[0].icon'][0].rule).toBe('sim.app-icon-type');
    const generic = await sim.upload(id, 'app-icon');
    expect(generic.status).toBe(422);
    expect((await uploadIcon(id, 0, pngOf(40_000))).status).toBe(201);
    const second = await uploadIcon(id, 0, pngOf(30_000), 'icon2.png');
    expect(second.status).toBe(201);
    expect(second.body.upload).toMatchObject({ kind: 'app-icon', appIndex: 0, size: 30_000, name: 'icon2.png' });
    const icons = second.body.order.uploads.filter((u: { kind: string }) => u.kind === 'app-icon');
    expect(icons).toHaveLength(1);
    expect(second.body.order.draft.apps[0]).toMatchObject({ icon: 'icon2.png', iconBytes: 30_000 });
    // Saving the app again keeps the icon (it comes only from the upload).
    const again = await sim.put(`/api/beian/orders/${id}/apps/0`, { ...photoApp(), icon: 'x.png', iconBytes: 1 });
    expect(again.body.order.draft.apps[0]).toMatchObject({ icon: 'icon2.png', iconBytes: 30_000 });
  });

  it('submit → Shanghai app photo → SMS codes to the subject and the app principal → approved: 沪ICP备…号-1A', async () => {
    await sim.reset('sh-app-android-ios');
    const id = await orderId(sim);
    await sim.put(`/api/beian/orders/${id}/apps/0`, photoApp());
    const noIcon = await sim.post(`/api/beian/orders/${id}/submit`);
    expect(noIcon.status).toBe(422);
    expect(Object.keys(noIcon.body.error.fields)).toEqual(['apps[0].icon']);
    await uploadIcon(id, 0, pngOf(20_000));
    const submitted = await sim.post(`/api/beian/orders/${id}/submit`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.status).toBe('initial-review');
    expect((await sim.review(id, 'initial', 'approve')).body.status).toBe('photo-check');
    await shanghaiPhoto(sim, id, APP_PRINCIPAL.mobile);
    const photo = await sim.review(id, 'photo', 'approve');
    expect(photo.body.status).toBe('sms-check');
    const phones = photo.body.sms.phones.map((p: { mobile: string; roles: string[] }) => [p.mobile, p.roles]);
    expect(phones).toEqual([
      ['13611112222', ['subject-principal']],
      ['13822223333', ['app-principal']],
    ]);
    await passSmsCheck(sim, id);
    const approved = await sim.review(id, 'bureau', 'approve');
    const subjectNumber = approved.body.result.subjectFilingNumber;
    expect(subjectNumber).toMatch(/^沪ICP备2026\d{6}号$/); // the year and six digits since 2020
    expect(approved.body.result.websiteFilingNumbers).toEqual([]);
    expect(approved.body.result.appFilingNumbers).toEqual([`${subjectNumber}-1A`]);
    const state = await sim.state();
    expect(state.subjects[0]?.apps?.[0]).toMatchObject({ filingNumber: `${subjectNumber}-1A`, seq: 1 });
    expect(state.subjects[0]?.apps?.[0]?.data.name).toBe('陈静摄影记录');
    const filed = (await sim.get('/api/beian/filings')).body.subjects[0];
    expect(filed.apps).toEqual([
      expect.objectContaining({
        name: '陈静摄影记录',
        kind: 'app',
        filingNumber: `${subjectNumber}-1A`,
        status: 'filed',
      }),
    ]);
    const notice = (await sim.sms('13611112222')).find((m) => m.text.includes('ICP备案已通过'));
    expect(notice?.text).toContain(`APP备案号 ${subjectNumber}-1A`);

    // 新增互联网信息服务 on the filed subject: a mini program takes the next serial with X.
    const started = await sim.post('/api/beian/orders', { type: 'new-website-here', subjectId: state.subjects[0]?.id });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const next = started.body.id;
    await sim.put(`/api/beian/orders/${next}/subject`, started.body.draft.subject);
    const mini = await sim.put(`/api/beian/orders/${next}/apps/0`, {
      kind: 'mini-program',
      name: '陈静摄影小站',
      serviceContent: ['其他'],
      languages: ['中文简体'],
      remark: '个人摄影作品展示小程序，不含企业信息。',
      principal: APP_PRINCIPAL,
    });
    expect(mini.status, JSON.stringify(mini.body)).toBe(200);
    for (const kind of ['verification-form', 'id-front', 'id-back']) await sim.upload(next, kind);
    expect((await sim.post(`/api/beian/orders/${next}/submit`)).body.status).toBe('initial-review');
    await sim.review(next, 'initial', 'approve');
    await shanghaiPhoto(sim, next, APP_PRINCIPAL.mobile);
    expect((await sim.review(next, 'photo', 'approve')).body.status).toBe('sms-check');
    await passSmsCheck(sim, next);
    const second = await sim.review(next, 'bureau', 'approve');
    expect(second.body.result.appFilingNumbers).toEqual([`${subjectNumber}-2X`]);
  });

  it('an app form only where apps are filed; deleting an app removes its icon', async () => {
    await sim.reset('sh-app-android-ios');
    const id = await orderId(sim);
    expect((await sim.put(`/api/beian/orders/${id}/apps/1`, photoApp())).status).toBe(404);
    await sim.put(`/api/beian/orders/${id}/apps/0`, photoApp());
    await uploadIcon(id, 0, pngOf(10_000));
    const deleted = await sim.del(`/api/beian/orders/${id}/apps/0`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.draft.apps).toEqual([]);
    expect(deleted.body.uploads.some((u: { kind: string }) => u.kind === 'app-icon')).toBe(false);

    await sim.reset('bj-company-approved');
    const s = (await sim.get('/api/beian/filings')).body.subjects[0];
    const change = await sim.post('/api/beian/orders', { type: 'change-subject', subjectId: s.id });
    const refused = await sim.put(`/api/beian/orders/${change.body.id}/apps/0`, photoApp());
    expect(refused.status).toBe(409);
    expect(refused.body.error.text.en).toContain('no app form');
    expect(change.body.actions).not.toContain('save-app');
  });
});
