import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installCatalogue } from '../../../extension/page/locate-fields';
import { FIELD_CATALOGUE } from '../../../shared/domain/fields';

// The content script receives the field catalogue from the background at start (content.ts); the
// page tests install it the same way.
installCatalogue(FIELD_CATALOGUE);

export const FIXTURES_DIR = join(__dirname, '../../fixtures/pages');

/**
 * Put a fixture page into the test document, as a browser would show it but without running its
 * scripts or loading its styles (the page's own behaviour is exercised in the e2e tests).
 */
export function loadFixture(name: string): Document {
  const html = readFileSync(join(FIXTURES_DIR, name), 'utf8');
  return loadHtml(html);
}

export function loadHtml(html: string): Document {
  // No scripts, no stylesheets: happy-dom would try to load them.
  const clean = html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*>/gi, '');
  const parsed = new DOMParser().parseFromString(clean, 'text/html');
  document.title = parsed.title;
  // innerHTML rather than importNode: happy-dom loses a select's `selected` option on import.
  document.body.innerHTML = parsed.body.innerHTML;
  return document;
}

/** Type into a control as a user would: set the value and fire input + change. */
export function type(el: Element | null | undefined, value: string) {
  if (!el) throw new Error('no such control');
  (el as HTMLInputElement).value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

export function pick(el: Element | null | undefined, optionText: string) {
  const select = el as HTMLSelectElement | null;
  if (!select) throw new Error('no such select');
  const i = [...select.options].findIndex((o) => o.textContent?.trim() === optionText);
  if (i < 0) throw new Error(`no option ${optionText}`);
  select.selectedIndex = i;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
