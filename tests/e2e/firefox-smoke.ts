// Firefox smoke test (issue 17 §2): Debian's Firefox ESR with the Firefox MV3 build installed as a
// temporary add-on. Its host permissions must be granted, wrong values on a fixture page and on the
// simulator must get the design §5 markers, and the sidebar's page must list the findings.
// Runs under `node --test` (not Playwright, whose Firefox cannot load add-ons):
//   npm run test:firefox     (needs `npm run build` and `npm run build:sim`)

import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, launchFirefoxWithExtension } from '../../scripts/firefox';
import { E2E_FIXTURES_PORT, E2E_SIMULATOR_PORT } from './ports';

const SIMULATOR = `http://127.0.0.1:${E2E_SIMULATOR_PORT}`;
const FIXTURES = `http://127.0.0.1:${E2E_FIXTURES_PORT}`;
const MARKER_TIMEOUT = 15_000;

const servers: ChildProcess[] = [];
let browser: Browser;
let extensionOrigin: string;
let page: Page;

function startServer(args: string[], env: Record<string, string> = {}): void {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  servers.push(child);
}

async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function post(path: string, body: unknown): Promise<void> {
  const res = await fetch(`${SIMULATOR}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} → ${res.status} ${await res.text()}`);
}

/** Type like a user (key by key, so input events fire), then leave the field. */
async function typeInto(selector: string, text: string): Promise<void> {
  await page.click(selector, { count: 3 });
  await page.$eval(selector, (e) => {
    (e as HTMLInputElement).value = '';
  });
  await page.type(selector, text);
  await page.$eval(selector, (e) => (e as HTMLElement).blur());
}

/** The sidebar's page (sidebar_action.default_panel) opened in its own tab. */
async function openSidebarPage(): Promise<Page> {
  const panel = await browser.newPage();
  // BiDi reports no load event for moz-extension:// navigations; the page is there all the same, and
  // every check below waits for what it needs.
  await panel.goto(`${extensionOrigin}/sidepanel.html`, { timeout: 5_000 }).catch(() => undefined);
  await panel.waitForSelector('h1#app-title', { timeout: MARKER_TIMEOUT });
  return panel;
}

before(async () => {
  startServer(['scripts/serve-static.ts', 'tests/fixtures/pages', String(E2E_FIXTURES_PORT)]);
  startServer(['simulator/server.ts'], {
    PORT: String(E2E_SIMULATOR_PORT),
    SIM_DATA_DIR: mkdtempSync(join(tmpdir(), 'icp-sim-firefox-')),
  });
  await Promise.all([waitForHttp(`${FIXTURES}/`), waitForHttp(`${SIMULATOR}/__sim/scenarios`)]);
  ({ browser, extensionOrigin } = await launchFirefoxWithExtension());
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
  for (const s of servers) s.kill();
});

test('the add-on is installed with every host permission of its manifest granted', async () => {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    host_permissions: string[];
  };
  const panel = await openSidebarPage();
  const granted = await panel.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins?: string[] }> } } })
      .browser;
    return (await api.permissions.getAll()).origins ?? [];
  });
  await panel.close();
  assert.deepEqual([...granted].sort(), [...manifest.host_permissions].sort());
});

test('fixture subject page: a wrong ID number gets the markers; the right one loses them', async () => {
  await page.bringToFront();
  await page.goto(`${FIXTURES}/step-subject.html`);
  const id = '[name=idNumber]';
  await page.waitForSelector(`${id}[data-icp-field="subject.idNumber"]`, { timeout: MARKER_TIMEOUT });
  await typeInto(id, '330106199003071235');
  await page.waitForSelector(`${id}[aria-invalid="true"][data-icp-severity="error"]`, { timeout: MARKER_TIMEOUT });
  assert.match((await page.$eval(id, (e) => e.getAttribute('data-icp-rules'))) ?? '', /id-number\.checksum/);

  await typeInto('[name=pMobile]', '1381234567');
  await page.waitForSelector('[name=pMobile][aria-invalid="true"][data-icp-rules~="mobile.length"]', {
    timeout: MARKER_TIMEOUT,
  });

  await typeInto(id, '330106199003071236');
  await page.waitForSelector(`${id}[data-icp-field="subject.idNumber"]:not([aria-invalid])`, {
    timeout: MARKER_TIMEOUT,
  });
  await typeInto(id, '330106199003071235');
  await page.waitForSelector(`${id}[aria-invalid="true"]`, { timeout: MARKER_TIMEOUT });
});

test('the sidebar lists the page’s findings by rule, under the subject step', async () => {
  const panel = await openSidebarPage();
  await panel.waitForSelector('[data-testid=findings] [data-rule="id-number.checksum"]', { timeout: MARKER_TIMEOUT });
  await panel.waitForSelector('[data-testid=findings] [data-rule="mobile.length"]', { timeout: MARKER_TIMEOUT });
  const findings = await panel.$eval('[data-testid=findings]', (e) => e.textContent ?? '');
  assert.match(findings, /主办单位信息/);
  assert.match(findings, /错误/);
  await panel.close();
});

test('simulator start page: a wrong 主办单位证件号码 gets the markers', async () => {
  await post('/__sim/reset', { scenario: 'empty' });
  await post('/__sim/settings', { captcha: false });
  await page.bringToFront();
  await page.goto(`${SIMULATOR}/beian/`);
  const id = '[data-icp-field="subject.idNumber"]';
  await page.waitForSelector(id, { timeout: MARKER_TIMEOUT });
  await typeInto(id, '33010619900307123');
  await page.waitForSelector(`${id}[aria-invalid="true"]`, { timeout: MARKER_TIMEOUT });
});

test('simulator bureau page: a ten-digit mobile number gets the markers', async () => {
  await page.goto(`${SIMULATOR}/bureau/`);
  await page.locator('a::-p-text(备案短信核验)').click();
  const mobile = '[data-icp-field="smsCheck.mobile"]';
  await page.waitForSelector(mobile, { timeout: MARKER_TIMEOUT });
  await typeInto(mobile, '1381234567');
  await page.waitForSelector(`${mobile}[aria-invalid="true"]`, { timeout: MARKER_TIMEOUT });
});
