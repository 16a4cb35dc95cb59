// `npm run screenshots`: regenerates the README images from the running product — the simulator's
// subject page with the extension's hints, the side panel, and the app step with the iOS SHA-1 hint — in Debian's Chromium with the built
// extension. Needs `npm run build` and `npm run build:sim` first, and a CJK font for readable text
// (Debian: `apt-get install fonts-wqy-zenhei`).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionIdOf, launchWithExtension } from './browser';

process.env.SIM_AUTOSTART = '0';
const { startSimulatorServer } = await import('../simulator/server');

const out = 'docs/screenshots';
/** A 1024-bit RSA modulus in hex (an example value the 公钥 rules accept). */
const APP_PUBLIC_KEY =
  'ceee65f53e9421ce50211670eae679f02e8d28a79023c39c200661fccd268a29a0d347301ef56e64dc3cd6089065c3146e80a9c222670bbe4f4c54977656cf2d133187c8df95247f2866028de71159b42b4ea410fb9102f29a422eb14ab2f2d0f0cc022238daceee2092f073ff80b9465aef7ac86d66c7a644fb12853ef86dcb';
mkdirSync(out, { recursive: true });
const port = Number(process.env.SCREENSHOT_PORT ?? 5297);
const sim = await startSimulatorServer({
  port,
  dataDir: mkdtempSync(join(tmpdir(), 'icp-shots-')),
  log: () => undefined,
});
const base = `http://127.0.0.1:${port}`;
const context = await launchWithExtension();
try {
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  await post('/__sim/reset', { scenario: 'empty' });
  await post('/__sim/settings', { captcha: false });
  const decided = await post('/api/beian/type-decision', {
    province: '浙江省',
    city: '杭州市',
    district: '西湖区',
    nature: '个人',
    idType: '身份证',
    idNumber: '330106199003071236',
    domain: 'zhangsan-photo.cn',
    create: true,
  });
  const id = decided.order.id as string;
  const extensionId = await extensionIdOf(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1180, height: 860 });
  await page.goto(`${base}/beian/#/order/${id}/subject`);
  await page.getByLabel('主办单位或主办人名称').waitFor();
  const type = async (label: string, value: string) => {
    const box = page.getByLabel(label, { exact: true }).first();
    await box.click();
    await box.fill('');
    await box.pressSequentially(value, { delay: 5 });
    await box.blur();
  };
  await type('主办单位或主办人名称', '张三');
  await type('主办单位证件住所', '上海市黄浦区南京东路100号');
  await type('主办单位通讯地址', '杭州市西湖区文三路');
  await type('负责人姓名', '张三');
  await type('负责人证件号码', '330106199003071235');
  await type('联系方式1', '1381234567');
  await type('电子邮件地址', 'zhangsan@163');
  await page.getByLabel('负责人证件号码', { exact: true }).first().focus();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/hints.png` });

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 860 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.waitForTimeout(800);
  await page.bringToFront();
  await panel.screenshot({ path: `${out}/panel.png` });
  await panel.close();

  // The simulator's app step (issue 11): Android and iOS, the iOS 签名MD5值 given as an MD5.
  await post('/__sim/reset', { scenario: 'sh-app-android-ios' });
  await page.goto(`${base}/beian/#/order/O-0001/app`);
  await page.getByLabel('APP名称').waitFor();
  const at = (key: string) => page.locator(`[name="${key}"]`);
  const typeAt = async (key: string, value: string) => {
    await at(key).click();
    await at(key).fill(value);
    await at(key).blur();
  };
  await type('APP名称', '陈静摄影记录');
  for (const j of [0, 1]) {
    await typeAt(`apps[0].platforms[${j}].packageName`, 'cn.chenjing.photo');
    await typeAt(`apps[0].platforms[${j}].publicKey`, APP_PUBLIC_KEY);
  }
  await typeAt('apps[0].platforms[0].signature', '9a3c5b0e71442d8f6e10abcdef012345');
  await typeAt('apps[0].platforms[1].signature', 'd41d8cd98f00b204e9800998ecf8427e');
  const ios = at('apps[0].platforms[1].signature');
  await page.locator('[name="apps[0].platforms[1].signature"][aria-invalid="true"]').waitFor();
  await ios.scrollIntoViewIfNeeded();
  await ios.focus();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/app-step.png` });
  console.log(`wrote ${out}/hints.png, ${out}/panel.png and ${out}/app-step.png`);
} finally {
  await context.close();
  await sim.close();
}
