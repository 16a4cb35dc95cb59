/**
 * The Playwright fixture for testers (issue 12 item 6): `simulatorURL` is a fresh world of the
 * simulator for each test — its own orders, clock, SMS, faults and settings — so test files and
 * workers can run in parallel without resetting each other. The world is deleted after the test.
 *
 * It imports only `@playwright/test`: copy this file into your project (e.g. as
 * `simulator-fixture.ts` beside your tests) and import `test` and `expect` from it.
 * Where the simulator runs: `SIMULATOR_URL` (default `http://127.0.0.1:5180`, `npm run simulator`),
 * or `test.use({ simulatorBase: '…' })`.
 */
import { test as base, expect } from '@playwright/test';

export interface SimulatorFixtures {
  /** Base URL of this test's own world, e.g. `http://127.0.0.1:5180/w/t3-9f2c1a`: append `/beian/`, `/__sim/…`. */
  simulatorURL: string;
  /** Scenario the world starts from (default `empty`); `test.use({ simulatorScenario: 'zj-first-sms-pending' })`. */
  simulatorScenario: string;
}

export interface SimulatorWorkerFixtures {
  /** Where the simulator runs (no world prefix). */
  simulatorBase: string;
}

let counter = 0;

export const test = base.extend<SimulatorFixtures, SimulatorWorkerFixtures>({
  simulatorBase: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form.
    async ({}, use) => {
      await use((process.env.SIMULATOR_URL ?? 'http://127.0.0.1:5180').replace(/\/+$/, ''));
    },
    { scope: 'worker', option: true },
  ],
  simulatorScenario: ['empty', { option: true }],
  simulatorURL: async ({ simulatorBase, simulatorScenario, playwright }, use, testInfo) => {
    const id = `t${testInfo.workerIndex}-${Date.now().toString(36)}-${(++counter).toString(36)}`.slice(0, 40);
    const api = await playwright.request.newContext();
    const created = await api.post(`${simulatorBase}/__sim/worlds`, { data: { id, scenario: simulatorScenario } });
    if (created.status() !== 201) {
      throw new Error(
        `Could not create a simulator world at ${simulatorBase} (HTTP ${created.status()}: ${await created.text()}). ` +
          'Is the simulator running (npm run simulator)? Set SIMULATOR_URL if it runs elsewhere.',
      );
    }
    await use(`${simulatorBase}/w/${id}`);
    await api.delete(`${simulatorBase}/__sim/worlds/${id}`);
    await api.dispose();
  },
});

export { expect };
