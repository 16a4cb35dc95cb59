import type { Locator, Page } from '@playwright/test';
import type { browser } from 'wxt/browser';

/** The extension API as it is inside extension pages and the service worker (`chrome`). */
export type ExtensionApi = typeof browser;

/** The text of the inline hint for a field, read from its open shadow root (issue 4 §3). */
export async function hintText(page: Page, field: string): Promise<string | null> {
  return page.evaluate((f) => {
    const host = document.querySelector(`icp-hint[data-icp-hint-for="${CSS.escape(f)}"]`);
    return host?.shadowRoot?.textContent ?? null;
  }, field);
}

/** The control the extension marked for a field (design §5 `data-icp-field`). */
export function marked(page: Page, field: string): Locator {
  return page.locator(`[data-icp-field="${field}"]`).first();
}

/** Type like a user: focus, clear, type key by key (input events), then leave the field (blur). */
export async function typeInto(locator: Locator, text: string): Promise<void> {
  await locator.click();
  await locator.fill('');
  await locator.pressSequentially(text);
  await locator.blur();
}

/** Console lines that mean a CSP violation or a blocked eval. */
export const CSP_PROBLEM = /Content Security Policy|unsafe-eval|EvalError|Refused to (evaluate|load|execute|connect)/i;

/** On the simulator's 开始备案 page: a 浙江 individual's first filing, up to the domain (`domain`). */
export async function startZhejiangFiling(page: Page, domain: string): Promise<void> {
  await page.getByLabel('主办单位所属区域').selectOption('浙江省');
  await page.getByLabel('市', { exact: true }).selectOption('杭州市');
  await page.getByLabel('区/县').selectOption('西湖区');
  await page.getByLabel('主办单位性质').selectOption('个人');
  await page.getByLabel('主办单位证件类型').selectOption('身份证');
  await typeInto(page.getByLabel('主办单位证件号码'), '330106199003071236');
  await typeInto(page.getByLabel('域名', { exact: true }), domain);
}
