import { hintText, marked, startZhejiangFiling, typeInto } from './extension-helpers';
import { expect, test } from './fixtures';

// Issue 15 item 1: no finding leaks from one filing into the next. The tab's session is bound to the
// order being edited; the next filing's start page (before its order exists) starts from nothing, and
// the panel's 新建备案 / 清除 forgets the filing where the site's addresses name no order.

test('a tour-like sequence: fill a filing, reset to empty, start a new one — nothing of the old one shows', async ({
  page,
  sidePanelPage,
  simulatorURL,
  resetSimulator,
}) => {
  await resetSimulator('empty');
  await page.goto(`${simulatorURL}/beian/#/start`);
  await startZhejiangFiling(page, 'wangxiaoming.com');
  await page.getByRole('button', { name: '验证备案类型' }).click();
  await expect(page.getByRole('status').filter({ hasText: '备案类型' })).toContainText('首次备案');
  await page.getByRole('button', { name: '下一步：产品验证' }).click();
  await page.getByRole('radio', { name: '选择实例 web-server-1（i-ecs-ok）' }).check();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page).toHaveURL(/\/order\/[^/]+\/subject/);
  await typeInto(page.getByLabel('主办单位或主办人名称'), '王小明');
  await typeInto(page.getByLabel('联系方式1').first(), '1381234567');
  await expect(marked(page, 'subject.principal.mobile')).toHaveAttribute('data-icp-rules', /mobile\.length/);
  const findings = sidePanelPage.getByTestId('findings');
  await expect(findings.locator('[data-field="subject.principal.mobile"]')).toBeVisible();

  // A trainer resets the simulator and starts the next filing from 开始备案.
  await resetSimulator('empty');
  await page.getByRole('link', { name: '开始备案' }).click();
  await expect(page.getByRole('heading', { name: '开始备案' })).toBeVisible();
  await startZhejiangFiling(page, 'zhangsan.com');
  await expect(marked(page, 'websites[0].domains[0]')).toHaveAttribute('data-icp-rules', /domain\.holder/);
  await expect.poll(() => hintText(page, 'websites[0].domains[0]')).toContain('zhangsan.com');
  expect(await hintText(page, 'websites[0].domains[0]')).not.toContain('王小明');
  await expect(findings.locator('[data-field="websites[0].domains[0]"]')).toBeVisible();
  await expect(findings.locator('[data-field="subject.principal.mobile"]')).toHaveCount(0);
  await expect(findings.locator('[data-field="subject.name"]')).toHaveCount(0);
  await expect(sidePanelPage.locator('main')).not.toContainText('王小明');
  await expect(findings.getByText('不在本页')).toHaveCount(0);
});

test('findings of another page of the same filing say 「不在本页」; 新建备案 / 清除 forgets them', async ({
  page,
  sidePanelPage,
  fixturesURL,
}) => {
  await page.goto(`${fixturesURL}/step-subject.html`);
  await typeInto(page.locator('[name=idNumber]'), '330106199003071235');
  await expect(page.locator('[name=idNumber]')).toHaveAttribute('data-icp-rules', /id-number\.checksum/);
  await page.goto(`${fixturesURL}/step-website.html`);
  await typeInto(page.locator('[name=w1d1]'), 'http://example.com/');
  await expect(marked(page, 'websites[0].domains[0]')).toHaveAttribute('data-icp-severity', /error|warning/);

  const findings = sidePanelPage.getByTestId('findings');
  const idGroup = findings.locator('[data-field="subject.idNumber"]');
  await expect(idGroup).toContainText('不在本页');
  await expect(idGroup.locator('[data-rule="id-number.checksum"]')).toBeVisible();

  await sidePanelPage.getByRole('button', { name: '新建备案 / 清除' }).click();
  await expect(idGroup).toHaveCount(0);
  // The page itself is checked again at once.
  await expect(findings.locator('[data-field="websites[0].domains[0]"]')).toBeVisible();
  await expect(marked(page, 'websites[0].domains[0]')).toHaveAttribute('data-icp-severity', /error|warning/);
});
