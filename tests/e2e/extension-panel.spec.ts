// The panel (issue 4 §4): lists what the page shows wrong, grouped by step and field, jumps to a
// field, shows the plan and a copyable checklist, and the province and date the rules were taken for.

import { typeInto } from './extension-helpers';
import { expect, test } from './fixtures';

test('the panel lists the page’s findings and a click focuses the field in the page', async ({
  page,
  sidePanelPage,
  fixturesURL,
}) => {
  await page.goto(`${fixturesURL}/step-subject.html`);
  await typeInto(page.locator('[name=idNumber]'), '330106199003071235');
  await typeInto(page.locator('[name=pMobile]'), '1381234567');
  await expect(page.locator('[name=pMobile]')).toHaveAttribute('aria-invalid', 'true');

  const panel = sidePanelPage;
  await expect(panel.getByRole('heading', { name: 'ICP 备案助手', level: 1 })).toBeVisible();
  const findings = panel.getByTestId('findings');
  await expect(findings.getByRole('heading', { name: '主办单位信息' })).toBeVisible();
  await expect(findings.locator('[data-rule="id-number.checksum"]').first()).toBeVisible();
  await expect(findings.locator('[data-rule="mobile.length"]')).toBeVisible();
  // Severity counts, with words (not colour alone).
  await expect(findings.locator('.counts').first()).toContainText('错误');

  // Jump: the field is focused in the filing page.
  await findings.getByRole('button', { name: /联系方式1/ }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('pMobile');

  // The rules used and the plan (浙江 个人, SMS check: yes, to the subject principal's phone). A fixture
  // page is a real site to the extension, judged by today: face verification replaced the backdrop photo.
  await expect(panel.getByTestId('rules-used')).toContainText('浙江省');
  await expect(panel.getByTestId('plan-sms')).toContainText('需要');
  await expect(panel.getByTestId('plan-photo')).toContainText('人脸识别');

  // Fixing the field in the page updates the panel.
  await typeInto(page.locator('[name=pMobile]'), '13812345678');
  await expect(findings.locator('[data-rule="mobile.length"]')).toHaveCount(0);
  await expect(panel.getByTestId('plan-sms')).toContainText('138****5678');
});

test('the checklist copies as plain text', async ({ page, sidePanelPage, fixturesURL }) => {
  await page.goto(`${fixturesURL}/step-subject.html`);
  await typeInto(page.locator('[name=idNumber]'), '330106199003071235');
  const panel = sidePanelPage;
  await expect(panel.locator('#checklist-text')).toHaveValue(/主办单位证件号码/);
  // Record what the page hands to the clipboard (reading the system clipboard back needs a permission
  // the extension does not ask for).
  await panel.evaluate(() => {
    const w = window as unknown as { copied?: string };
    navigator.clipboard.writeText = async (text: string) => {
      w.copied = text;
    };
  });
  await panel.getByRole('button', { name: '复制清单' }).click();
  await expect(panel.getByRole('status').filter({ hasText: '已复制' })).toBeVisible();
  const copied = (await panel.evaluate(() => (window as unknown as { copied?: string }).copied)) ?? '';
  expect(copied).toContain('规则：浙江省');
  expect(copied).toMatch(/- \[ \] 错误 主办单位证件号码：/);
});

test('overrides: a date before the SMS-check pilot changes the plan (trainers show how rules changed)', async ({
  page,
  sidePanelPage,
  fixturesURL,
}) => {
  await page.goto(`${fixturesURL}/step-subject.html`);
  await typeInto(page.locator('[name=pMobile]'), '13812345678');
  const panel = sidePanelPage;
  await expect(panel.getByTestId('plan-sms')).toContainText('需要');
  // 浙江 joined the SMS-check pilot on 2018-09-10 (spec §6.1).
  await panel.getByLabel('按此日期的规则检查（培训时演示规则变化）').fill('2018-01-15');
  await expect(panel.getByTestId('rules-used')).toContainText('2018-01-15');
  await expect(panel.getByTestId('plan-sms')).toContainText('不需要');
});

test('switched off for the site: markers go and the page’s own attributes come back', async ({
  page,
  sidePanelPage,
  fixturesURL,
}) => {
  await page.goto(`${fixturesURL}/step-subject.html`);
  const mail = page.locator('[name=mailAddress]');
  await typeInto(page.locator('[name=idNumber]'), '1234');
  await expect(page.locator('[name=idNumber]')).toHaveAttribute('aria-invalid', 'true');
  await sidePanelPage.getByRole('button', { name: '在此网站关闭' }).click();
  await expect(page.locator('[data-icp-field]')).toHaveCount(0);
  await expect(page.locator('icp-hint')).toHaveCount(0);
  await expect(page.locator('[name=idNumber]')).toHaveAttribute('aria-describedby', 'idno-tip');
  await expect(page.locator('[name=idNumber]')).not.toHaveAttribute('aria-invalid', /.*/);
  await expect(mail).toHaveAttribute('aria-invalid', 'false');
  await expect(sidePanelPage.getByText('已在此网站关闭检查。')).toBeVisible();
  await sidePanelPage.getByRole('button', { name: '在此网站开启' }).click();
  await expect(page.locator('[name=idNumber]')).toHaveAttribute('aria-invalid', 'true');
});

test('English UI and hints', async ({ page, sidePanelPage, fixturesURL }) => {
  await sidePanelPage.getByLabel('界面语言').selectOption('en');
  await expect(sidePanelPage.getByRole('heading', { name: 'ICP Filing Assistant', level: 1 })).toBeVisible();
  await page.goto(`${fixturesURL}/step-subject.html`);
  await typeInto(page.locator('[name=idNumber]'), '330106199003071235');
  await expect
    .poll(() =>
      page.evaluate(
        () => document.querySelector('icp-hint[data-icp-hint-for="subject.idNumber"]')?.shadowRoot?.textContent,
      ),
    )
    .toContain('Error');
});
