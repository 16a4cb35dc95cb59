// What a tester's project has after copying simulator/testing/fixture.ts: here it re-exports the
// module, points it at the simulator this suite starts, and uses the machine's Chromium.
import { chromiumExecutable } from '../../scripts/browser';
import { test as testerTest } from '../../simulator/testing/fixture';
import { E2E_SIMULATOR_PORT } from './ports';

const executablePath = chromiumExecutable();

export const test = testerTest.extend({
  simulatorBase: [`http://127.0.0.1:${E2E_SIMULATOR_PORT}`, { scope: 'worker' }],
  launchOptions: [executablePath ? { executablePath } : {}, { scope: 'worker' }],
});
export { expect } from '../../simulator/testing/fixture';
