import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';

/** Debian's Chromium when present; otherwise Playwright's own browser (machines that have one). */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** Flags that work as root, headless, on a machine with no network but loopback. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/**
 * Chromium with the built extension loaded. Extensions load only in a persistent context
 * (`launchPersistentContext`), with a fresh user-data-dir each time.
 */
export async function launchWithExtension(
  options: { headless?: boolean; extensionDir?: string } = {},
): Promise<BrowserContext> {
  const ext = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(ext, 'manifest.json'))) {
    throw new Error(`No built extension at ${ext}: run \`npm run build\` first.`);
  }
  const headless = options.headless ?? true;
  const executablePath = chromiumExecutable();
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'icp-chromium-')), {
    ...(executablePath ? { executablePath } : {}),
    headless,
    args: [
      ...(headless ? ['--headless=new'] : []),
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
    ],
    viewport: { width: 1280, height: 900 },
  });
}

/** The extension's id, read from its service worker URL (it depends on the unpacked folder's path). */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return new URL(worker.url()).host;
}
