import { beforeEach, describe, expect, it } from 'vitest';
import { fileUpToSubmit, throughPhoto, useSim, ZJ } from './helpers';

const sim = useSim();

describe('first filing, every transition (spec §2, §3, design §6)', () => {
  beforeEach(() => sim.reset('empty'));

  it('type decision with the picture captcha on: wrong captcha is refused at the field, the right one decides 首次备案 (spec §2)', async () => {
    await sim.reset('empty', { captcha: true });
    const c1 = await sim.get('/api/captcha');
    expect(c1.body.image).toMatch(/^data:image\/svg\+xml;base64,/);
    const wrong = await sim.post('/api/beian/type-decision', {
      ...ZJ.decision,
      captchaId: c1.body.id,
      captcha: 'zzzz',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields.captcha[0].message.zh).toContain('验证码');
    expect((await sim.state()).orders).toHaveLength(0);

    const c2 = await sim.get('/api/captcha');
    const { answer } = (await sim.get(`/__sim/captcha/${c2.body.id}`)).body;
    const ok = await sim.post('/api/beian/type-decision', {
      ...ZJ.decision,
      captchaId: c2.body.id,
      captcha: answer.toLowerCase(),
    });
    expect(ok.status).toBe(200);
    expect(ok.body.type).toBe('first');
    expect(ok.body.label.zh).toBe('首次备案');
    expect(ok.body.order.status).toBe('draft');
    expect(ok.body.order.draft.websites[0].domains).toEqual(['wangxiaoming.com']);
    // single use
    const again = await sim.post('/api/beian/type-decision', {
      ...ZJ.decision,
      idNumber: '330106198512124565',
      captchaId: c2.body.id,
      captcha: answer,
    });
    expect(again.status).toBe(422);
  });

  it('the rules core validates the type form: a bad ID checksum is an error at subject.idNumber and nothing is created', async () => {
    const r = await sim.post('/api/beian/type-decision', { ...ZJ.decision, idNumber: '330106199003071237' });
    expect(r.status).toBe(422);
    expect(Object.keys(r.body.error.fields)).toContain('subject.idNumber');
    expect(r.body.error.fields['subject.idNumber'][0].message.zh).toBeTruthy();
    expect((await sim.state()).orders).toHaveLength(0);
  });

  it('浙江 first filing from draft to approved: two phones, codes after 5 minutes, filing numbers -1 -2, numbers 已使用', async () => {
    const second = ZJ.website('xiaoming-photo.cn');
    second.name = '小明摄影作品集';
    const id = await fileUpToSubmit(sim, { websites: [ZJ.website(), second] });
    let order = (await sim.get(`/api/beian/orders/${id}`)).body;
    expect(order.serviceNumbers).toHaveLength(2);
    expect(order.serviceNumbers.every((n: string | null) => typeof n === 'string')).toBe(true);
    const numbers = (await sim.get('/api/beian/service-numbers')).body.items;
    expect(numbers.filter((n: { status: string }) => n.status === '已绑定')).toHaveLength(2);

    const submitted = await sim.post(`/api/beian/orders/${id}/submit`);
    expect(submitted.body.status).toBe('initial-review');
    expect((await sim.get('/__sim/reviews')).body.items).toEqual([
      expect.objectContaining({ orderId: id, stage: 'initial' }),
    ]);

    const init = await sim.review(id, 'initial', 'approve');
    expect(init.body.status).toBe('photo-check');
    expect(init.body.photo.method).toBe('backdrop');

    const mail = await sim.post(`/api/beian/orders/${id}/photo/backdrop`, {
      mode: 'mail',
      address: {
        recipient: '王小明',
        mobile: '13812345678',
        province: '浙江省',
        city: '杭州市',
        district: '西湖区',
        street: '文三路100号',
      },
    });
    expect(mail.status).toBe(200);
    expect((await sim.sms('13812345678')).some((m) => m.text.includes('幕布已寄出'))).toBe(true);
    const photo = await sim.upload(id, 'backdrop-photo');
    const toReview = await sim.post(`/api/beian/orders/${id}/photo`, { uploadId: photo.body.upload.id });
    expect(toReview.body.status).toBe('photo-review');

    const photoOk = await sim.review(id, 'photo', 'approve');
    expect(photoOk.body.status).toBe('sms-check');
    expect(photoOk.body.sms.phones.map((p: { mobile: string }) => p.mobile)).toEqual(['13812345678', '13900001111']);
    // spec §6.2: the codes arrive about 5 minutes after submission
    expect((await sim.sms()).filter((m) => m.kind === 'sms-check')).toHaveLength(0);
    await sim.advance('PT4M');
    expect((await sim.sms()).filter((m) => m.kind === 'sms-check')).toHaveLength(0);
    await sim.advance('PT1M');
    const codes = (await sim.sms()).filter((m) => m.kind === 'sms-check');
    expect(codes.map((m) => [m.to, m.from])).toEqual([
      ['13812345678', '106575000130'],
      ['13900001111', '106575000130'],
    ]);
    for (const m of codes) expect(m.code).toMatch(/^\d{6}$/);

    const first = await sim.post('/api/bureau/sms-check', {
      code: codes[0]?.code,
      mobile: '13812345678',
      idTail: '071236',
    });
    expect(first.body).toMatchObject({ ok: true, result: '核验完成', orderComplete: false, remainingPhones: 1 });
    const second2 = await sim.post('/api/bureau/sms-check', {
      code: codes[1]?.code,
      mobile: '13900001111',
      idTail: '124565',
    });
    expect(second2.body).toMatchObject({ ok: true, result: '核验完成', orderComplete: true });
    order = (await sim.get(`/api/beian/orders/${id}`)).body;
    expect(order.status).toBe('bureau-review');

    const approved = await sim.review(id, 'bureau', 'approve');
    expect(approved.body.status).toBe('approved');
    const subjectNumber: string = approved.body.result.subjectFilingNumber;
    expect(subjectNumber).toMatch(/^浙ICP备[1-9]\d{7}号$/);
    expect(approved.body.result.websiteFilingNumbers).toEqual([`${subjectNumber}-1`, `${subjectNumber}-2`]);
    expect(approved.body.history.map((h: { to: string }) => h.to)).toEqual([
      'draft',
      'initial-review',
      'photo-check',
      'photo-review',
      'sms-check',
      'bureau-review',
      'approved',
    ]);
    const used = (await sim.get('/api/beian/service-numbers')).body.items;
    expect(used.map((n: { status: string }) => n.status)).toEqual(['已使用', '已使用']);

    const filings = (await sim.get('/api/beian/filings')).body.subjects;
    expect(filings).toHaveLength(1);
    expect(filings[0].filingNumber).toBe(subjectNumber);
    expect(filings[0].websites.map((w: { filingNumber: string }) => w.filingNumber)).toEqual([
      `${subjectNumber}-1`,
      `${subjectNumber}-2`,
    ]);
    expect(filings[0].actions).toEqual(expect.arrayContaining(['new-website-here', 'change-subject', 'cancel-access']));
    // MIIT tells the subject principal the result by SMS (spec §3 step 9)
    expect((await sim.sms('13812345678')).some((m) => m.text.includes(subjectNumber))).toBe(true);
  });

  it('principals sharing one mobile get ONE code (spec §6.3)', async () => {
    const samePerson = {
      name: '王小明',
      idType: '身份证',
      idNumber: '330106199003071236',
      mobile: '13812345678',
      email: 'wangxiaoming@wangxiaoming.com',
    };
    const id = await fileUpToSubmit(sim, { websites: [ZJ.website('wangxiaoming.com', samePerson)] });
    const bureau = await throughPhoto(sim, id);
    expect(bureau.body.status).toBe('sms-check');
    expect(bureau.body.sms.phones).toHaveLength(1);
    expect(bureau.body.sms.phones[0].roles).toEqual(['subject-principal', 'website-principal']);
  });

  it('a virtual-operator number gets its code with no fixed sender; 联通 and 电信 numbers from their senders (spec §6.2)', async () => {
    const subject = { ...ZJ.subject, principal: { ...ZJ.subject.principal, mobile: '18612345678' } };
    const site = ZJ.website('wangxiaoming.com', {
      name: '李红',
      idType: '身份证',
      idNumber: '330106198512124565',
      mobile: '17012345678',
      email: 'lihong@wangxiaoming.com',
    });
    const id = await fileUpToSubmit(sim, { subject, websites: [site] });
    expect((await throughPhoto(sim, id)).body.status).toBe('sms-check');
    await sim.advance('PT5M');
    const senders = Object.fromEntries(
      (await sim.sms()).filter((m) => m.kind === 'sms-check').map((m) => [m.to, m.from]),
    );
    expect(senders).toEqual({ '18612345678': '10655113', '17012345678': null });
    const phone = (await sim.get('/api/phone/17012345678/messages')).body;
    expect(phone.carrier).toBe('virtual');
    expect(phone.items[0].from).toBeNull();
  });

  it('北京 (no SMS pilot, spec §6.1): photo approval goes straight to bureau review', async () => {
    const decision = {
      ...ZJ.decision,
      province: '北京市',
      city: '市辖区',
      district: '海淀区',
      idNumber: '110101198001010010',
      domain: 'zhaoqiang-blog.cn',
    };
    const principal = {
      name: '赵强',
      idType: '身份证',
      idNumber: '110101198001010010',
      mobile: '13911112222',
      email: 'zq@zhaoqiang-blog.cn',
    };
    const subject = {
      ...ZJ.subject,
      province: '北京市',
      city: '市辖区',
      district: '海淀区',
      idNumber: '110101198001010010',
      name: '赵强',
      idAddress: '北京市海淀区中关村大街1号',
      mailAddress: '中关村大街1号',
      principal,
    };
    const site = { ...ZJ.website('zhaoqiang-blog.cn', principal), name: '赵强旅行摄影记录' };
    const id = await fileUpToSubmit(sim, { decision, subject, websites: [site] });
    const r = await throughPhoto(sim, id);
    expect(r.body.status).toBe('bureau-review');
    expect(r.body.sms).toBeNull();
    const ok = await sim.review(id, 'bureau', 'approve');
    expect(ok.body.result.subjectFilingNumber).toMatch(/^京ICP备\d{8}号$/);
  });

  it('浙江 before the pilot date (2018-09-10, spec §6.1): no SMS check on that simulated date', async () => {
    await sim.post('/__sim/clock', { set: '2018-09-03T09:00:00+08:00' });
    const id = await fileUpToSubmit(sim);
    const r = await throughPhoto(sim, id);
    expect(r.body.status).toBe('bureau-review');
  });

  it('rejection at each review stage: initial → rejected (resubmit → initial review), photo → photo-check again, bureau → rejected', async () => {
    const id = await fileUpToSubmit(sim);
    await sim.post(`/api/beian/orders/${id}/submit`);
    const reasons = (await sim.get('/__sim/rejection-reasons')).body.items;
    expect(reasons.length).toBeGreaterThan(5);
    expect(reasons.every((r: { source: string }) => r.source.length > 0)).toBe(true);
    const rej = await sim.review(id, 'initial', 'reject', 'verification-form');
    expect(rej.body.status).toBe('rejected');
    expect(rej.body.lastRejection.reason).toContain('真实性核验单');
    expect((await sim.sms('13700002222')).some((m) => m.text.includes('初审未通过'))).toBe(true);

    const again = await sim.post(`/api/beian/orders/${id}/submit`);
    expect(again.body.status).toBe('initial-review');
    await sim.review(id, 'initial', 'approve');
    await sim.post(`/api/beian/orders/${id}/photo/backdrop`, { mode: 'own' });
    const up = await sim.upload(id, 'backdrop-photo');
    await sim.post(`/api/beian/orders/${id}/photo`, { uploadId: up.body.upload.id });
    const photoRej = await sim.review(id, 'photo', 'reject', '照片背景不是幕布');
    expect(photoRej.body.status).toBe('photo-check');
    expect(photoRej.body.lastRejection.reason).toBe('照片背景不是幕布');
    const up2 = await sim.upload(id, 'backdrop-photo');
    await sim.post(`/api/beian/orders/${id}/photo`, { uploadId: up2.body.upload.id });
    await sim.review(id, 'photo', 'approve');
    const codes = (await sim.state()).orders[0]?.sms?.codes ?? [];
    await sim.advance('PT5M');
    for (const c of codes)
      await sim.post('/api/bureau/sms-check', { code: c.code, mobile: c.mobile, idTail: c.idTails[0] });
    const bureauRej = await sim.review(id, 'bureau', 'reject', 'site-name');
    expect(bureauRej.body.status).toBe('rejected');
    expect(bureauRej.body.lastRejection).toMatchObject({ stage: 'bureau' });
  });

  it('a stage that does not match the order status is refused (422) and changes nothing', async () => {
    const id = await fileUpToSubmit(sim);
    const before = await sim.state();
    const r = await sim.review(id, 'bureau', 'approve');
    expect(r.status).toBe(422);
    expect(await sim.state()).toEqual(before);
  });

  it('abandoning an order releases its bound service numbers to 未使用 and lets the subject start again', async () => {
    const id = await fileUpToSubmit(sim);
    const blocked = await sim.post('/api/beian/type-decision', ZJ.decision);
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.code).toBe('order-in-progress');
    const abandoned = await sim.post(`/api/beian/orders/${id}/abandon`);
    expect(abandoned.body.status).toBe('abandoned');
    const numbers = (await sim.get('/api/beian/service-numbers')).body.items;
    expect(numbers.map((n: { status: string }) => n.status)).toEqual(['未使用']);
    const fresh = await sim.post('/api/beian/type-decision', ZJ.decision);
    expect(fresh.status).toBe(200);
  });

  it('submit checks completeness: missing uploads and service numbers are reported per field', async () => {
    const d = await sim.post('/api/beian/type-decision', ZJ.decision);
    const id = d.body.order.id;
    await sim.put(`/api/beian/orders/${id}/subject`, ZJ.subject);
    const r = await sim.post(`/api/beian/orders/${id}/submit`);
    expect(r.status).toBe(422);
    expect(Object.keys(r.body.error.fields)).toEqual(
      expect.arrayContaining(['upload.verification-form', 'upload.id-front', 'websites[0].name']),
    );
    expect((await sim.get(`/api/beian/orders/${id}`)).body.status).toBe('draft');
  });

  it('saves are validated by the shared rules core: an error at the field, nothing saved; a website without product verification is refused', async () => {
    const d = await sim.post('/api/beian/type-decision', ZJ.decision);
    const id = d.body.order.id;
    const bad = await sim.put(`/api/beian/orders/${id}/subject`, {
      ...ZJ.subject,
      principal: { ...ZJ.subject.principal, idNumber: '330106199003071230' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields['subject.principal.idNumber'][0]).toMatchObject({
      severity: 'error',
      message: { zh: expect.any(String), en: expect.any(String) },
    });
    expect((await sim.get(`/api/beian/orders/${id}`)).body.draft.subject.name).toBeUndefined();
    // region, nature and document are fixed after the type decision (spec §4.1)
    const moved = await sim.put(`/api/beian/orders/${id}/subject`, { ...ZJ.subject, nature: '企业' });
    expect(moved.status).toBe(422);
    expect(Object.keys(moved.body.error.fields)).toEqual(['subject.nature']);
    // unknown request fields are a zod error at that field
    const unknown = await sim.put(`/api/beian/orders/${id}/subject`, { ...ZJ.subject, shoeSize: 42 });
    expect(unknown.status).toBe(422);
    expect(Object.keys(unknown.body.error.fields)).toEqual(['subject.shoeSize']);
    const site = await sim.put(`/api/beian/orders/${id}/websites/0`, ZJ.website());
    expect(site.status).toBe(422);
    expect(Object.keys(site.body.error.fields)).toEqual(['websites[0].serviceNumber']);
  });

  it('联系方式1 verification (spec §4.2 获取手机验证码) when the setting is on: save refused without the code, accepted with it', async () => {
    await sim.post('/__sim/settings', { mobileVerification: true });
    const d = await sim.post('/api/beian/type-decision', ZJ.decision);
    const id = d.body.order.id;
    const without = await sim.put(`/api/beian/orders/${id}/subject`, ZJ.subject);
    expect(without.status).toBe(422);
    expect(Object.keys(without.body.error.fields)).toEqual(['subject.principal.mobile']);
    expect((await sim.post('/api/beian/mobile-code', { mobile: '13812345678' })).body.sentTo).toBe('13812345678');
    const code = (await sim.sms('13812345678')).find((m) => m.kind === 'mobile-code')?.code;
    expect(code).toMatch(/^\d{6}$/);
    expect((await sim.put(`/api/beian/orders/${id}/subject`, { ...ZJ.subject, mobileCode: '000000' })).status).toBe(
      422,
    );
    expect((await sim.put(`/api/beian/orders/${id}/subject`, { ...ZJ.subject, mobileCode: code })).status).toBe(200);
  });

  it('uploads: PNG/JPEG/PDF by content only, at most 5 MB; the file is downloadable; the 核验单 template too', async () => {
    const d = await sim.post('/api/beian/type-decision', ZJ.decision);
    const id = d.body.order.id;
    const text = await sim.post(`/api/beian/orders/${id}/uploads`, {
      kind: 'id-front',
      name: 'a.png',
      dataBase64: btoa('not really a png'),
    });
    expect(text.status).toBe(422);
    expect(Object.keys(text.body.error.fields)).toEqual(['file']);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set([0x89, 0x50, 0x4e, 0x47]);
    const form = new FormData();
    form.set('kind', 'id-front');
    form.set('file', new File([big], 'big.png'));
    const tooBig = await fetch(`http://sim.test/api/beian/orders/${id}/uploads`, { method: 'POST', body: form });
    expect(tooBig.status).toBe(413);
    const ok = await sim.upload(id, 'verification-form');
    expect(ok.status).toBe(201);
    expect(ok.body.upload.mime).toBe('application/pdf');
    const file = await fetch(`http://sim.test${ok.body.upload.url}`);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode(await file.arrayBuffer())).toMatch(/^%PDF/);
    expect((await sim.get(`/api/beian/orders/${id}`)).body.uploads).toHaveLength(1);
    const tpl = await fetch(`http://sim.test/api/beian/templates/verification-form?orderId=${id}`);
    expect(tpl.headers.get('content-disposition')).toContain('attachment');
    expect(await tpl.text()).toContain('网站备案信息真实性核验单');
  });
});

describe('Shanghai: the bureau app flow on the virtual phone (spec §9)', () => {
  beforeEach(() => sim.reset('sh-first-photo-pending'));

  it('app: 立即核验 → SMS code → ID capture → holding photo in Shanghai → picture code typed on the filing site → 确认可用', async () => {
    const order = (await sim.get('/api/beian/orders')).body.items[0];
    expect(order.status).toBe('photo-check');
    const wrongPhone = await sim.post('/api/phone/13812345678/app/start');
    expect(wrongPhone.status).toBe(422);
    const started = await sim.post('/api/phone/13611112222/app/start');
    expect(started.body.step).toBe('verify-phone');
    const inbox = (await sim.get('/api/phone/13611112222/messages')).body.items;
    const code = /验证码 (\d{6})/.exec(inbox[0].text)?.[1];
    expect(code).toMatch(/^\d{6}$/);
    expect((await sim.post('/api/phone/13611112222/app/verify', { code: '000000' })).status).toBe(422);
    expect((await sim.post('/api/phone/13611112222/app/verify', { code })).body.step).toBe('id-capture');
    expect((await sim.post('/api/phone/13611112222/app/id-capture', { front: true, back: true })).body.step).toBe(
      'holding-photo',
    );
    const outside = await sim.post('/api/phone/13611112222/app/holding-photo', {
      locationAllowed: true,
      inShanghai: false,
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error.text.zh).toContain('上海');
    const done = await sim.post('/api/phone/13611112222/app/holding-photo', {
      locationAllowed: true,
      inShanghai: true,
    });
    expect(done.body.pictureCode).toMatch(/^[A-Z2-9]{6}$/);
    expect((await sim.post(`/api/beian/orders/${order.id}/photo/app-code`, { code: 'WRONG1' })).status).toBe(422);
    const typed = await sim.post(`/api/beian/orders/${order.id}/photo/app-code`, {
      code: done.body.pictureCode.toLowerCase(),
    });
    expect(typed.body.photo.appPhoto).toMatch(/^data:image\/svg\+xml/);
    const confirmed = await sim.post(`/api/beian/orders/${order.id}/photo/confirm`);
    expect(confirmed.body.status).toBe('photo-review');
    // Shanghai is outside the 2018 SMS pilot: photo approval goes to bureau review
    const reviewed = await sim.review(order.id, 'photo', 'approve');
    expect(reviewed.body.status).toBe('bureau-review');
    expect((await sim.review(order.id, 'bureau', 'approve')).body.result.subjectFilingNumber).toMatch(
      /^沪ICP备\d{8}号$/,
    );
  });

  it('a photo rejection voids the old picture code: the app must verify again (spec §9)', async () => {
    const order = (await sim.get('/api/beian/orders')).body.items[0];
    await sim.post('/api/phone/13611112222/app/start');
    const code = (await sim.sms('13611112222')).at(-1)?.code;
    await sim.post('/api/phone/13611112222/app/verify', { code });
    await sim.post('/api/phone/13611112222/app/id-capture', { front: true, back: true });
    const done = await sim.post('/api/phone/13611112222/app/holding-photo', {
      locationAllowed: true,
      inShanghai: true,
    });
    await sim.post(`/api/beian/orders/${order.id}/photo/app-code`, { code: done.body.pictureCode });
    await sim.post(`/api/beian/orders/${order.id}/photo/confirm`);
    const rejected = await sim.review(order.id, 'photo', 'reject', 'shanghai-app');
    expect(rejected.body.status).toBe('photo-check');
    expect(rejected.body.lastRejection.reason).toContain('重新安装');
    expect(
      (await sim.post(`/api/beian/orders/${order.id}/photo/app-code`, { code: done.body.pictureCode })).status,
    ).toBe(422);
    expect((await sim.get('/api/phone/13611112222/app')).body.step).toBe('install');
  });

  it('backdrop endpoints are refused for a Shanghai order', async () => {
    const order = (await sim.get('/api/beian/orders')).body.items[0];
    const r = await sim.post(`/api/beian/orders/${order.id}/photo/backdrop`, { mode: 'own' });
    expect(r.status).toBe(422);
  });
});
