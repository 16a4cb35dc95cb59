// Options (issue 4 §5): language, severity filter, overrides, per-site switch, remember-this-draft
// (off by default; it says exactly what is kept). Settings live in storage.sync.
import type { ExtensionApi } from './extension-helpers';
import { typeInto } from './extension-helpers';
import { expect, test } from './fixtures';

test('options: every control labelled, saved to storage.sync, and the severity filter reaches the page', async ({
  context,
  page,
  extensionId,
  fixturesURL,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'ICP 备案助手 设置', level: 1 })).toBeVisible();

  // Remember-this-draft: off by default, and the text says what is kept and what never is.
  const remember = options.getByLabel('记住本次填写内容');
  await expect(remember).not.toBeChecked();
  const help = options.locator('#opt-remember-help');
  await expect(help).toContainText('storage.local');
  await expect(help).toContainText('证件号码');
  await expect(help).toContainText('不保存短信验证码和ICP备案密码');
  await expect(remember).toHaveAttribute('aria-describedby', 'opt-remember-help');

  // Show errors only: a warning-only field gets no hint, an error still does.
  await options.getByLabel('在页面上显示').selectOption('error');
  const [worker] = context.serviceWorkers();
  await expect
    .poll(() =>
      worker?.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
        return ((await chrome.storage.sync.get('settings')).settings as { minSeverity?: string } | undefined)
          ?.minSeverity;
      }),
    )
    .toBe('error');

  await page.goto(`${fixturesURL}/step-subject.html`);
  await typeInto(page.locator('[name=idNumber]'), '330106199003071235');
  await expect(page.locator('[name=idNumber]')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('icp-hint[data-icp-severity="error"]')).toHaveCount(1);
  await expect(page.locator('icp-hint[data-icp-severity="info"], icp-hint[data-icp-severity="warning"]')).toHaveCount(
    0,
  );

  // The per-site switches list the built-in filing hosts, each on by default.
  await options.reload();
  await expect(options.getByLabel('在 https://beian.aliyun.com 上检查')).toBeChecked();

  // English.
  await options.getByLabel('English').check();
  await expect(options.getByRole('heading', { name: 'ICP Filing Assistant settings', level: 1 })).toBeVisible();
  await expect(options.getByLabel('Remember this draft')).not.toBeChecked();
});
