import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { typeInto } from './extension-helpers';
import { expect, test } from './fixtures';

// Issue 15, accessibility: axe-core on the panel, the options page, every simulator site and a page
// with hints shown — no serious or critical violation. (The hints themselves live in shadow roots
// that are aria-hidden; their text reaches screen readers through aria-describedby.)

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
}

test('the panel (with findings) and the options page', async ({
  page,
  sidePanelPage,
  context,
  extensionId,
  fixturesURL,
}) => {
  await page.goto(`${fixturesURL}/step-subject.html`);
  await typeInto(page.locator('[name=idNumber]'), '330106199003071235');
  await expect(sidePanelPage.getByTestId('findings').locator('[data-rule="id-number.checksum"]').first()).toBeVisible();
  expect(await seriousViolations(sidePanelPage)).toEqual([]);
  await sidePanelPage.getByLabel('界面语言').selectOption('en');
  await expect(sidePanelPage.getByRole('heading', { name: 'ICP Filing Assistant', level: 1 })).toBeVisible();
  expect(await seriousViolations(sidePanelPage)).toEqual([]);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(options)).toEqual([]);
});

/**
 * Violations as `id target` strings, to compare a page with and without the extension's marks. An
 * unlabelled host input is `label` before and `label-title-only` once the extension describes its
 * finding (aria-describedby): the same missing label of the host's, so both count as `label`.
 */
async function seriousTargets(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id === 'label-title-only' ? 'label' : v.id} ${n.target.join(' ')}`));
}

// The fixture page is unlabelled on purpose (the locator's table layout), so axe reports the host's own
// label violations: the extension must add none. The baseline is the same page in the same browser
// where the content script does not run (its HTML set into about:blank, with its stylesheet).
test('a filing page with hints shown, one of them open, adds no violation; the hints follow the panel’s language', async ({
  page,
  context,
  sidePanelPage,
  fixturesURL,
}) => {
  const html = await (await page.request.get(`${fixturesURL}/step-subject.html`)).text();
  const plain = await context.newPage();
  await plain.setContent(html.replace('<head>', `<head><base href="${fixturesURL}/">`));
  const before = new Set(await seriousTargets(plain));
  await plain.close();

  await page.goto(`${fixturesURL}/step-subject.html`);
  await typeInto(page.locator('[name=idNumber]'), '330106199003071235');
  await typeInto(page.locator('[name=pMobile]'), '1381234567');
  await page.locator('[name=pMobile]').focus();
  await expect(page.locator('icp-hint[data-icp-hint-for="subject.principal.mobile"][data-open]')).toHaveCount(1);
  const added = (await seriousTargets(page)).filter((t) => !before.has(t));
  expect(added).toEqual([]);

  const idHint = () =>
    page.evaluate(
      () => document.querySelector('icp-hint[data-icp-hint-for="subject.idNumber"]')?.shadowRoot?.textContent ?? '',
    );
  await expect.poll(idHint).toContain('错误');
  await sidePanelPage.getByLabel('界面语言').selectOption('en');
  await expect.poll(idHint).toContain('Error');
  expect(await idHint()).not.toContain('错误');
  await sidePanelPage.getByLabel('Language', { exact: true }).selectOption('zh');
  await expect.poll(idHint).toContain('错误');
});

// /beian/ and /console/ had serious colour-contrast violations (the brand orange as text and behind
// white button text: 2.9:1) and /console/ a scrollable JSON box without keyboard access.
for (const site of ['beian', 'bureau', 'phone', 'console'] as const) {
  test(`simulator: /${site}/`, async ({ page, simulatorURL, resetSimulator }) => {
    await resetSimulator('zj-first-sms-pending');
    await page.goto(`${simulatorURL}/${site}/`);
    await expect(page.locator('main').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    // The console's full-state JSON is a scrolling box too: open it.
    if (site === 'console') {
      await page.getByRole('button', { name: '查看完整状态' }).click();
      await expect(page.getByRole('region', { name: '完整状态（JSON）' })).toBeVisible();
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('simulator: the start page of a filing, with the extension’s hints', async ({
  page,
  simulatorURL,
  resetSimulator,
}) => {
  await resetSimulator('empty');
  await page.goto(`${simulatorURL}/beian/#/start`);
  await page.getByLabel('主办单位所属区域').selectOption('浙江省');
  await page.getByLabel('主办单位性质').selectOption('个人');
  await typeInto(page.getByLabel('主办单位证件号码'), '330106199003071235');
  await expect(page.locator('[data-icp-field="subject.idNumber"]')).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousViolations(page)).toEqual([]);
});

test('simulator: an order’s status page (SMS check pending), with the extension loaded', async ({
  page,
  simulatorURL,
  resetSimulator,
}) => {
  await resetSimulator('zj-first-sms-pending');
  await page.goto(`${simulatorURL}/beian/#/orders`);
  await expect(page.getByRole('heading', { name: '备案订单' })).toBeVisible();
  await page.locator('main table a').first().click();
  await expect(page).toHaveURL(/\/order\/[^/]+\/status/);
  await page.waitForLoadState('networkidle');
  expect(await seriousViolations(page)).toEqual([]);
});
