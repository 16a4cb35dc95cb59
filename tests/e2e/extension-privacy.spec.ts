// Nothing leaves the browser (issue 4 §6): no request of any kind from any extension context, no
// eval and no CSP violation anywhere, minimal permissions, no page data in lasting storage.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import type { ConsoleMessage, Request } from '@playwright/test';
import { FILING_HOST_MATCHES, LOCAL_HOST_MATCHES } from '../../extension/hosts';
import { CSP_PROBLEM, type ExtensionApi, typeInto } from './extension-helpers';
import { expect, test } from './fixtures';

test('a whole filing walk-through: no request leaves, no CSP violation, no eval', async ({
  context,
  page,
  sidePanelPage,
  fixturesURL,
  extensionId,
}) => {
  const requests: { url: string; fromWorker: boolean; page?: string }[] = [];
  const onRequest = (r: Request) =>
    requests.push({ url: r.url(), fromWorker: !!r.serviceWorker(), page: r.frame?.()?.url?.() });
  context.on('request', onRequest);
  const problems: string[] = [];
  const watchConsole = (where: string) => (m: ConsoleMessage) => {
    if (CSP_PROBLEM.test(m.text())) problems.push(`${where}: ${m.text()}`);
  };
  page.on('console', watchConsole('page'));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  sidePanelPage.on('console', watchConsole('panel'));
  sidePanelPage.on('pageerror', (e) => problems.push(`panel error: ${e.message}`));
  const [worker] = context.serviceWorkers();
  worker?.on('console', watchConsole('service worker'));
  // The page reports CSP violations it sees (content-script eval would be reported to it).
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });

  // Load the panel again now that the listeners are on, so its own traffic is seen too.
  await sidePanelPage.reload();

  for (const step of [
    'step-start.html',
    'step-subject.html',
    'step-website.html',
    'step-upload.html',
    'bureau-sms.html',
  ]) {
    await page.goto(`${fixturesURL}/${step}`);
    const first = page.locator('input:not([type=file]):not([type=checkbox])').first();
    if (await first.count()) await typeInto(first, '1234');
  }
  await page.goto(`${fixturesURL}/step-subject.html`);
  await typeInto(page.locator('[name=idNumber]'), '330106199003071235');
  await expect(page.locator('[name=idNumber]')).toHaveAttribute('aria-invalid', 'true');
  await expect(sidePanelPage.getByTestId('findings')).toContainText('校验位');
  await sidePanelPage
    .getByRole('button', { name: /主办单位证件号码/ })
    .first()
    .click();
  await page.waitForTimeout(500);

  // Every request is the fixture server's own page traffic or the extension's own packaged files.
  const own = `chrome-extension://${extensionId}/`;
  const foreign = requests.filter((r) => !r.url.startsWith(fixturesURL) && !r.url.startsWith(own));
  expect(foreign).toEqual([]);
  // The listener does see the extension's contexts: the panel's own files were requested.
  expect(requests.some((r) => r.url.startsWith(`${own}chunks/`))).toBe(true);
  // The extension's contexts (service worker, panel) requested nothing but their own files.
  const fromExtension = requests.filter((r) => r.fromWorker || r.page?.startsWith(own));
  expect(fromExtension.filter((r) => !r.url.startsWith(own))).toEqual([]);
  // The fixture pages made only their own requests (html, css, host.js): none was added by the extension.
  const fixtureRequests = requests.filter((r) => r.url.startsWith(fixturesURL)).map((r) => new URL(r.url).pathname);
  expect(new Set(fixtureRequests)).toEqual(
    new Set([
      '/step-start.html',
      '/step-subject.html',
      '/step-website.html',
      '/step-upload.html',
      '/bureau-sms.html',
      '/style.css',
      '/host.js',
    ]),
  );
  expect(problems).toEqual([]);
});

test('zod runs jitless in the extension, and the extension’s CSP would catch an eval', async ({
  context,
  sidePanelPage,
}) => {
  const [worker] = context.serviceWorkers();
  expect(
    await worker?.evaluate(
      () => (globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig?.jitless,
    ),
  ).toBe(true);
  expect(
    await sidePanelPage.evaluate(
      () => (globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig?.jitless,
    ),
  ).toBe(true);
  // The control: the extension pages' CSP is enforced and its violations reach the console the walk-through
  // test listens to (an inline script, like eval, is refused and reported).
  const reported: string[] = [];
  sidePanelPage.on('console', (m) => {
    if (CSP_PROBLEM.test(m.text())) reported.push(m.text());
  });
  const ran = await sidePanelPage.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => reported.length).toBeGreaterThan(0);
});

test('the Chrome manifest: minimal permissions, filing and local hosts only, no remote code', async ({
  sidePanelPage,
  extensionId,
}) => {
  const manifest = (await sidePanelPage.evaluate(() =>
    (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.getManifest(),
  )) as unknown as {
    manifest_version: number;
    permissions: string[];
    host_permissions: string[];
    optional_host_permissions: string[];
    content_security_policy?: unknown;
    side_panel: { default_path: string };
    action: { default_popup?: string };
  };
  expect(sidePanelPage.url()).toBe(`chrome-extension://${extensionId}/sidepanel.html`);
  expect(manifest.manifest_version).toBe(3);
  expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage']);
  expect([...manifest.host_permissions].sort()).toEqual([...FILING_HOST_MATCHES, ...LOCAL_HOST_MATCHES].sort());
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  expect(manifest.content_security_policy).toBeUndefined();
  expect(manifest.side_panel.default_path).toBe('sidepanel.html');
  expect(manifest.action.default_popup).toBeUndefined();
});

test('no page data in storage.local or storage.sync by default; session data goes when the tab closes', async ({
  context,
  page,
  fixturesURL,
}) => {
  await page.goto(`${fixturesURL}/step-subject.html`);
  await typeInto(page.locator('[name=idNumber]'), '330106199003071235');
  await typeInto(page.locator('[name=pMobile]'), '13812345678');
  await expect(page.locator('[name=idNumber]')).toHaveAttribute('aria-invalid', 'true');
  const [worker] = context.serviceWorkers();
  const dump = () =>
    worker?.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
      return {
        local: await chrome.storage.local.get(null),
        sync: await chrome.storage.sync.get(null),
        session: await chrome.storage.session.get(null),
      };
    });
  const before = await dump();
  expect(JSON.stringify(before?.local)).not.toMatch(/3301061990|13812345678/);
  expect(JSON.stringify(before?.sync)).not.toMatch(/3301061990|13812345678/);
  expect(JSON.stringify(before?.session)).toContain('330106199003071235');
  await page.close();
  await expect.poll(async () => JSON.stringify((await dump())?.session)).not.toContain('330106199003071235');
});
