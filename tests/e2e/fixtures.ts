import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../../scripts/browser';
import { E2E_FIXTURES_PORT, E2E_SIMULATOR_PORT } from './ports';

/**
 * The one Playwright fixture every e2e test uses: Chromium with the built extension loaded
 * (persistent context, fresh profile per test), its id, its side panel page, and the base URLs of
 * the simulator and of the static fixture pages. No test launches a browser its own way.
 * `simulatorURL` is a world of the simulator of the test's own (`…/w/<id>`, created before and
 * deleted after it, issue 12 item 1), so test files run in parallel without resetting each other.
 */
export interface IcpFixtures {
  context: BrowserContext;
  extensionId: string;
  /** The side panel document opened as a tab (`chrome-extension://<id>/sidepanel.html`). */
  sidePanelPage: Page;
  simulatorURL: string;
  fixturesURL: string;
  /** Resets the simulator to a named scenario and switches the captchas off for automated runs. */
  resetSimulator: (scenario?: string, settings?: Record<string, unknown>) => Promise<void>;
}

let worldCounter = 0;

export const test = base.extend<IcpFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form.
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  sidePanelPage: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await use(page);
    await page.close();
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form.
  simulatorURL: async ({}, use, testInfo) => {
    const base = `http://127.0.0.1:${E2E_SIMULATOR_PORT}`;
    const id = `e2e-${testInfo.workerIndex}-${(++worldCounter).toString(36)}-${Date.now().toString(36)}`;
    const created = await fetch(`${base}/__sim/worlds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id, scenario: 'empty' }),
    });
    if (created.status !== 201) throw new Error(`POST /__sim/worlds ${id} → ${created.status} ${await created.text()}`);
    await use(`${base}/w/${id}`);
    await fetch(`${base}/__sim/worlds/${id}`, { method: 'DELETE' });
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form.
  fixturesURL: async ({}, use) => {
    await use(`http://127.0.0.1:${E2E_FIXTURES_PORT}`);
  },
  resetSimulator: async ({ simulatorURL }, use) => {
    await use(async (scenario = 'empty', settings = { captcha: false }) => {
      const post = async (path: string, body: unknown) => {
        const res = await fetch(`${simulatorURL}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (!res.ok) throw new Error(`${path} → ${res.status} ${await res.text()}`);
      };
      await post('/__sim/reset', { scenario });
      await post('/__sim/settings', settings);
    });
  },
});

export { expect };
