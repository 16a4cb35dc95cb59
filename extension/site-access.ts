/**
 * Sites beyond the built-in host list (issue 4 §6): the user grants one origin from the panel
 * (optional host permission, asked for at that moment), and the content script is registered for it
 * with scripting.registerContentScripts. Nothing runs on a site the user did not name.
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from './messaging';
import { originOf } from './settings';

/** `https://beian.example.com/path` → `https://beian.example.com`; undefined unless http(s). */
export function normaliseOrigin(input: string): string | undefined {
  const text = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  const origin = originOf(withScheme);
  return /^https?:\/\/[^/\s]+$/.test(origin) ? origin : undefined;
}

export function matchPatternOf(origin: string): string {
  // Match patterns take no port: `http://127.0.0.1:8080` → `http://127.0.0.1/*` (any port).
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

export function scriptIdOf(origin: string): string {
  return `icp-site-${origin.replace(/[^a-z0-9]+/gi, '_')}`;
}

/**
 * Ask for the origin's host permission. Must be the first thing a click handler does (browsers only
 * show the prompt inside the user gesture, before any await).
 */
export function requestOrigin(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [matchPatternOf(origin)] });
}

/** Register the content script on a granted origin (idempotent). */
export async function registerOrigin(origin: string): Promise<void> {
  const id = scriptIdOf(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) return;
  await browser.scripting.registerContentScripts([
    {
      id,
      matches: [matchPatternOf(origin)],
      js: [CONTENT_SCRIPT_FILE.slice(1)],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

export async function unregisterOrigin(origin: string): Promise<void> {
  const id = scriptIdOf(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.permissions.remove({ origins: [matchPatternOf(origin)] }).catch(() => false);
}

/** Run the content script in a tab now (after granting, without a reload). It ignores a second start. */
export async function injectInto(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}
