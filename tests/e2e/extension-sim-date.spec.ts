import type { Page } from '@playwright/test';
import { hintText, marked, startZhejiangFiling } from './extension-helpers';
import { expect, test } from './fixtures';

// Issue 15 item 2: one date for a page. The simulator's pages carry their simulated date
// (`<meta name="icp-sim-date">`); the extension judges such a page by that day, as the simulator does,
// and says so in the panel and in the focused hint. (zhangwei.io: .io was not yet fileable on 2018-11-26
// per the Beijing list of the day, so a warning; by today's lists an error.)

async function clock(page: Page, simulatorURL: string, set: string) {
  const res = await page.request.post(`${simulatorURL}/__sim/clock`, { data: { set } });
  expect(res.ok()).toBe(true);
}

test('zhangwei.io on a simulator page at 2018-11-26: the same verdict in the extension as in the simulator', async ({
  page,
  sidePanelPage,
  simulatorURL,
  resetSimulator,
}) => {
  await resetSimulator('empty');
  await clock(page, simulatorURL, '2018-11-26T09:00:00+08:00');
  await page.goto(`${simulatorURL}/beian/#/start`);
  await expect(page.locator('meta[name="icp-sim-date"]')).toHaveAttribute('content', '2018-11-26');
  await startZhejiangFiling(page, 'zhangwei.io');

  const domain = marked(page, 'websites[0].domains[0]');
  await expect(domain).toHaveAttribute('data-icp-rules', /domain\.suffix-fileable/);
  await expect(domain).toHaveAttribute('data-icp-severity', 'warning');
  await expect(domain).not.toHaveAttribute('aria-invalid', 'true');

  // The focused hint says which day's rules it applies.
  await domain.focus();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document
            .querySelector('icp-hint[data-icp-hint-for="websites[0].domains[0]"]')
            ?.shadowRoot?.querySelector('.date')?.textContent,
      ),
    )
    .toBe('按 2018-11-26 的规则检查');
  expect(await hintText(page, 'websites[0].domains[0]')).not.toContain('不能');

  // So does the panel.
  await expect(sidePanelPage.getByTestId('checked-date')).toHaveText('按 2018-11-26 的规则检查（模拟环境的日期）');

  // The simulator accepts it on the same day.
  await page.getByRole('button', { name: '验证备案类型' }).click();
  await expect(page.getByRole('status').filter({ hasText: '备案类型' })).toContainText('首次备案');

  // When the simulator's clock moves to today's rules, the page and the extension move with it.
  await clock(page, simulatorURL, '2026-12-07T09:00:00+08:00');
  await expect(page.locator('meta[name="icp-sim-date"]')).toHaveAttribute('content', '2026-12-07', {
    timeout: 10_000,
  });
  await expect(domain).toHaveAttribute('data-icp-severity', 'error');
  await expect(sidePanelPage.getByTestId('checked-date')).toHaveText('按 2026-12-07 的规则检查（模拟环境的日期）');
});

test('the date override in the settings still wins over the page’s date', async ({
  page,
  sidePanelPage,
  simulatorURL,
  resetSimulator,
}) => {
  await resetSimulator('empty');
  await clock(page, simulatorURL, '2018-11-26T09:00:00+08:00');
  await sidePanelPage
    .getByLabel(/按此日期的规则检查|备案日期/)
    .first()
    .fill('2026-12-01');
  await page.goto(`${simulatorURL}/beian/#/start`);
  await startZhejiangFiling(page, 'zhangwei.io');
  await expect(marked(page, 'websites[0].domains[0]')).toHaveAttribute('data-icp-severity', 'error');
  await expect(sidePanelPage.getByTestId('checked-date')).toHaveText('按 2026-12-01 的规则检查（设置中指定的日期）');
});
