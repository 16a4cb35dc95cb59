// `npm start`: build the extension and the simulator's pages, start the simulator, print where
// everything is; with a display, also open Chromium with the extension loaded at the simulator.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'vite';
import { EXTENSION_DIR, launchWithExtension } from './browser';

const port = Number(process.env.PORT ?? 5180);
const host = process.env.HOST ?? '127.0.0.1';
process.env.PORT = String(port);

console.log('Building the extension (wxt build) …');
execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
console.log('Building the simulator pages …');
await build({ configFile: 'simulator/vite.config.ts', logLevel: 'warn' });
await import('../simulator/server');

const base = `http://${host}:${port}`;
console.log(`
ICP 备案助手 is running.

  Filing site (备案系统)      ${base}/beian/
  Bureau SMS check (短信核验) ${base}/bureau/
  Virtual phone (虚拟手机)    ${base}/phone/
  Console (控制台)            ${base}/console/
  Control API                 ${base}/__sim/scenarios

  Unpacked extension (Chrome: chrome://extensions → Developer mode → Load unpacked):
    ${EXTENSION_DIR}
`);

if (process.env.DISPLAY && process.env.NO_BROWSER !== '1') {
  try {
    const context = await launchWithExtension({ headless: false });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}/beian/`);
    console.log('Opened Chromium with the extension loaded. Close it or press Ctrl+C to stop.');
  } catch (e) {
    console.log(`Could not open Chromium (${(e as Error).message.split('\n')[0]}); load the extension by hand.`);
  }
} else {
  console.log('No display: open the URLs above in a browser with the extension loaded. Ctrl+C stops.');
}
