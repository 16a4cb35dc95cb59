import { expect, test } from './fixtures';

/**
 * Issue 12 item 3 in a real browser: a page on another origin (the fixtures server, another port)
 * tries to drive the simulator the ways a web page can without a CORS preflight. Every try fails
 * and the simulator's settings and faults stay as they were.
 */
test('a foreign page cannot switch captchas off, inject faults or read the state (CSRF, no-cors, form post)', async ({
  page,
  simulatorURL,
  fixturesURL,
  resetSimulator,
}) => {
  await resetSimulator('zj-first-sms-pending', { captcha: true });
  await page.goto(`${fixturesURL}/`);
  await expect(page).toHaveTitle('fixtures');

  const outcome = await page.evaluate(async (sim) => {
    const tries: Record<string, string> = {};
    // 1. The classic CSRF: a simple request with a text/plain body, no preflight, response unreadable.
    try {
      await fetch(`${sim}/__sim/settings`, {
        method: 'POST',
        mode: 'no-cors',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ captcha: false }),
      });
      tries.textPlain = 'sent';
    } catch (e) {
      tries.textPlain = `threw ${String(e)}`;
    }
    try {
      await fetch(`${sim}/__sim/faults`, {
        method: 'POST',
        mode: 'no-cors',
        body: JSON.stringify({ path: '/api/*', kind: 'network' }),
      });
      tries.fault = 'sent';
    } catch (e) {
      tries.fault = `threw ${String(e)}`;
    }
    // 2. JSON needs a preflight, which the simulator never answers with CORS headers.
    try {
      const r = await fetch(`${sim}/__sim/settings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ captcha: false }),
      });
      tries.json = `status ${r.status}`;
    } catch {
      tries.json = 'blocked';
    }
    // 3. Reading the state (ID numbers, codes) is blocked by the same-origin policy.
    try {
      const r = await fetch(`${sim}/__sim/state`);
      tries.read = `read ${(await r.text()).length} chars`;
    } catch {
      tries.read = 'blocked';
    }
    return tries;
  }, simulatorURL);
  expect(outcome.json).toBe('blocked');
  expect(outcome.read).toBe('blocked');

  // 4. A plain HTML form post from the foreign page (urlencoded), the oldest CSRF of all.
  await page.evaluate((sim) => {
    const form = document.createElement('form');
    form.method = 'POST';
    form.action = `${sim}/__sim/settings`;
    const field = document.createElement('input');
    field.name = '{"captcha":false,"x":"';
    field.value = '"}';
    form.append(field);
    document.body.append(form);
    form.submit();
  }, simulatorURL);
  await expect(page.locator('body')).toContainText('forbidden');

  const settings = await (await page.request.get(`${simulatorURL}/__sim/settings`)).json();
  expect(settings.captcha).toBe(true);
  const faults = await (await page.request.get(`${simulatorURL}/__sim/faults`)).json();
  expect(faults.items).toEqual([]);
  expect((await page.request.get(`${simulatorURL}/api/session`)).status()).toBe(200);
});

test("the simulator's own pages still work under the CSP (scripts load, the API answers)", async ({
  page,
  simulatorURL,
  resetSimulator,
}) => {
  await resetSimulator('zj-first-sms-pending');
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${simulatorURL}/bureau/`);
  await page.getByRole('link', { name: '备案短信核验' }).click();
  await expect(page.getByPlaceholder('短信验证码')).toBeVisible();
  await page.goto(`${simulatorURL}/console/`);
  await expect(page.getByRole('heading').first()).toBeVisible();
  expect(violations).toEqual([]);
});
