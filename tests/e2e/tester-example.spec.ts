// The README's "drive the simulator from your own Playwright tests" example, run by the suite so it
// cannot go stale. In your own project, copy simulator/testing/fixture.ts as simulator-fixture.ts
// beside your tests; each test then gets its own world of the simulator as `simulatorURL`.
import { expect, test } from './simulator-fixture';

test('SMS check of a 浙江 first filing: both phones verify, the order goes to the bureau', async ({
  page,
  simulatorURL,
}) => {
  const SIM = simulatorURL;
  const post = (path: string, body: unknown) =>
    page.request.post(`${SIM}${path}`, { data: body }).then((r) => {
      expect(r.ok()).toBe(true);
      return r.json();
    });

  // A filing already submitted to the bureau, codes sent to both principals; no captchas.
  await post('/__sim/reset', { scenario: 'zj-first-sms-pending' });
  await post('/__sim/settings', { captcha: false });

  // Read the codes the way a phone would receive them (or open /phone/ in the browser).
  const sms = await (await page.request.get(`${SIM}/__sim/sms`)).json();
  const codeFor = (mobile: string) =>
    sms.items.filter((m: { to: string; code?: string }) => m.to === mobile && m.code).at(-1).code;

  const verify = async (mobile: string, idTail: string) => {
    await page.goto(`${SIM}/bureau/`);
    await page.getByRole('link', { name: '备案短信核验' }).click();
    await page.getByPlaceholder('短信验证码').fill(codeFor(mobile));
    await page.getByPlaceholder('手机号码').fill(mobile);
    await page.getByPlaceholder('证件号码后六位').fill(idTail);
    await page.getByRole('button', { name: '提交' }).click();
    await expect(page.getByRole('status')).toContainText('核验完成');
  };
  await verify('13812345678', '071236'); // subject principal, ID 330106199003071236
  await verify('13900001111', '124565'); // website principal, ID 330106198512124565

  const state = await (await page.request.get(`${SIM}/__sim/state`)).json();
  expect(state.orders.at(-1).status).toBe('bureau-review');

  // Approve as the bureau would, and the subject gets its filing number.
  await post(`/__sim/orders/${state.orders.at(-1).id}/review`, { stage: 'bureau', decision: 'approve' });
  const after = await (await page.request.get(`${SIM}/__sim/state`)).json();
  expect(after.subjects.at(-1).filingNumber).toMatch(/^浙ICP备\d{8}号$/);
});
