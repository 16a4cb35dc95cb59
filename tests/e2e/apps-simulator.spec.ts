// App filing in the simulator with the extension loaded (issue 11 §5): a Shanghai individual files one
// app (Android + iOS); the iOS 签名MD5值 given as a 32-hex MD5 is flagged inline before submission, the
// certificate's SHA-1 clears it; then 应用图标, submission, the Shanghai bureau app, the app principal's
// SMS check on the bureau site, approval (control API) and the app's -1A number.

import { typeInto } from './extension-helpers';
import { expect, test } from './fixtures';

const ANDROID_MD5 = '9A:3C:5B:0E:71:44:2D:8F:6E:10:AB:CD:EF:01:23:45';
const IOS_MD5 = 'd41d8cd98f00b204e9800998ecf8427e';
const IOS_SHA1 = '3f2a9c1e7b4d8a6f0e5c2b1a9d8c7b6a5f4e3d2c';
const PUBLIC_KEY =
  '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwhXLzPujfEKhkRyNyJwd\ngOJmB2MHYLlEDMZMZ3S/12UrzSux6SAHmZu/rqtQG1+3c4SY1Q4eZlDPaa1KqgjA\nZyJLLLddlqwbaGcEKVWRaBwEsff9IDaF6wg1oDgnPOYGHoU3690B+DW4rg9+WpN6\naUiAPiR8o/F6/DsJoPAcYtKX5nv8MrhlgMHiz+cLHcD18RitT7EB1x8VE+SsZazg\nmCGE0ygp/3dTgcwcVoESQaQ7Ur/quBY+3b25LQbHRxHArW2DXRy03II7HT5JQ1Gt\nE90mZPBP/0YyNMhYm8jeCLhvgxE1wvQSZFaR4Ga53quuW3kbL7cr5MMWIv3q1G3W\nOQIDAQAB\n-----END PUBLIC KEY-----';
/** The smallest PNG (1×1): well under the icon's 100 KB. */
const ICON_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const MOBILE = '13611112222';

test('app filing in the simulator: the iOS SHA-1 trap flagged inline, fixed, submitted, SMS-checked, approved as -1A', async ({
  page,
  simulatorURL,
  resetSimulator,
}) => {
  test.setTimeout(240_000);
  await resetSimulator('sh-app-android-ios');
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${simulatorURL}${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
    return json;
  };

  await page.goto(`${simulatorURL}/beian/#/order/O-0001/app`);
  await expect(page.getByRole('heading', { name: 'APP基本信息' })).toBeVisible();
  const field = (key: string) => page.locator(`[name="${key}"]`);
  await typeInto(page.getByLabel('APP名称'), '陈静摄影记录');
  await expect(field('apps[0].name')).toHaveAttribute('data-icp-field', 'apps[0].name');
  for (const j of [0, 1]) {
    await typeInto(field(`apps[0].platforms[${j}].packageName`), 'cn.chenjing.photo');
    await field(`apps[0].platforms[${j}].publicKey`).fill(PUBLIC_KEY);
  }
  await typeInto(field('apps[0].platforms[0].signature'), ANDROID_MD5);

  // The mistake: the iOS 签名MD5值 given as the certificate's MD5. Flagged at the field before submission.
  const iosSig = field('apps[0].platforms[1].signature');
  await typeInto(iosSig, IOS_MD5);
  await expect(iosSig).toHaveAttribute('data-icp-field', 'apps[0].platforms[1].signature');
  await expect(iosSig).toHaveAttribute('aria-invalid', 'true');
  await expect(iosSig).toHaveAttribute('data-icp-rules', /app-signature-ios\.md5-given/);
  await expect(field('apps[0].platforms[0].signature')).not.toHaveAttribute('aria-invalid', /.*/);

  // The fix: the certificate's SHA-1 (40 hex digits).
  await typeInto(iosSig, IOS_SHA1);
  await expect(iosSig).not.toHaveAttribute('data-icp-rules', /app-signature-ios/);
  await expect(iosSig).not.toHaveAttribute('aria-invalid', /.*/);

  await typeInto(field('apps[0].domains[0]'), 'api.chenjing-photo.cn');
  await page.getByRole('group', { name: 'APP服务内容' }).getByLabel('其他').check();
  await page.getByRole('group', { name: 'APP语言' }).getByLabel('中文简体').check();
  await typeInto(field('apps[0].remark'), '个人摄影作品展示 APP。');
  await expect(field('apps[0].principal.mobile')).toHaveValue(MOBILE);
  // The APP负责人 block is read as the app's principal, not a website's.
  await expect(field('apps[0].principal.mobile')).toHaveAttribute('data-icp-field', 'apps[0].principal.mobile');

  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('APP信息已保存，请上传应用图标')).toBeVisible();
  await field('apps[0].icon').setInputFiles({ name: 'icon.png', mimeType: 'image/png', buffer: ICON_PNG });
  await expect(page.getByText('已上传：icon.png')).toBeVisible();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('link', { name: '下载真实性核验单模板' })).toBeVisible();

  await page.goto(`${simulatorURL}/beian/#/order/O-0001/status`);
  await page.getByRole('button', { name: '提交备案' }).click();
  await expect(page.locator('[data-order-status="initial-review"]')).toBeVisible();

  // Provider review and the Shanghai bureau app (spec §9), through the control and phone APIs.
  await call('POST', '/__sim/orders/O-0001/review', { stage: 'initial', decision: 'approve' });
  await call('POST', `/api/phone/${MOBILE}/app/start`);
  const inbox = (await call('GET', `/api/phone/${MOBILE}/messages`)).items as { text: string }[];
  const appCode = inbox.map((m) => /验证码 (\d{6})/.exec(m.text)?.[1]).find(Boolean);
  await call('POST', `/api/phone/${MOBILE}/app/verify`, { code: appCode });
  await call('POST', `/api/phone/${MOBILE}/app/id-capture`, { front: true, back: true });
  const photo = await call('POST', `/api/phone/${MOBILE}/app/holding-photo`, {
    locationAllowed: true,
    inShanghai: true,
  });
  await call('POST', '/api/beian/orders/O-0001/photo/app-code', { code: photo.pictureCode });
  await call('POST', '/api/beian/orders/O-0001/photo/confirm');
  const toSms = await call('POST', '/__sim/orders/O-0001/review', { stage: 'photo', decision: 'approve' });
  expect(toSms.status).toBe('sms-check');
  expect(toSms.sms.phones).toEqual([
    expect.objectContaining({ mobile: MOBILE, roles: ['subject-principal', 'app-principal'] }),
  ]);
  await call('POST', '/__sim/clock', { advance: 'PT6M' });
  const sms = (await call('GET', `/__sim/sms?to=${MOBILE}`)).items as { kind: string; code: string }[];
  const code = sms.filter((m) => m.kind === 'sms-check').at(-1)?.code ?? '';

  // The app principal's SMS check on the bureau's site.
  await page.goto(`${simulatorURL}/bureau/#/sms`);
  await typeInto(page.getByLabel('短信验证码'), code);
  await typeInto(page.getByLabel('手机号码'), MOBILE);
  await typeInto(page.getByLabel('证件号码后六位'), '011233');
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByText('核验完成').first()).toBeVisible();

  await call('POST', '/__sim/orders/O-0001/review', { stage: 'bureau', decision: 'approve' });
  await page.goto(`${simulatorURL}/beian/#/order/O-0001/status`);
  await expect(page.locator('[data-order-status="approved"]')).toBeVisible();
  await expect(page.locator('[data-app-filing-numbers]')).toHaveText(/^沪ICP备2026\d{6}号-1A$/);
});
