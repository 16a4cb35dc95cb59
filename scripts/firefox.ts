// Debian's Firefox ESR with the built Firefox MV3 add-on installed as a temporary add-on, driven over
// WebDriver BiDi by puppeteer-core (no geckodriver needed). Used by the Firefox smoke test.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
/** The gecko id from wxt.config.ts (`browser_specific_settings.gecko.id`). */
export const GECKO_ID = 'icp-filing-assistant@example.org';
/**
 * Firefox gives each installed add-on a random moz-extension:// host; this pref fixes it so the test
 * can open the sidebar's page by its address.
 */
export const FIXED_UUID = '3b1f6c2e-8a47-4d55-9c0e-7f2a1d9e4b60';

export function firefoxExecutable(): string | undefined {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

export async function launchFirefoxWithExtension(
  options: { headless?: boolean; extensionDir?: string } = {},
): Promise<{ browser: Browser; extensionId: string; extensionOrigin: string }> {
  const ext = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(ext, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${ext}: run \`npm run build\` first.`);
  }
  const executablePath = firefoxExecutable();
  if (!executablePath) throw new Error('No Firefox found: install Debian’s firefox-esr or set FIREFOX_PATH.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    // WebDriver BiDi refuses to navigate a tab to a moz-extension:// page without this flag; the
    // sidebar's page is opened in a tab that way, as the Chromium e2e opens the side panel's page.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
    },
  });
  try {
    const extensionId = await browser.installExtension(ext);
    return { browser, extensionId, extensionOrigin: `moz-extension://${FIXED_UUID}` };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
