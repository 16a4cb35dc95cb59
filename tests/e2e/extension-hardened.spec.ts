import { hintText, marked, typeInto } from './extension-helpers';
import { expect, test } from './fixtures';

// Issue 15 item 6: a page cannot switch the extension off. WXT's content-script context stops itself
// when the document receives `<runtime.id>:<entrypoint>:wxt:content-script-started` (meant for a newer
// copy of the same script); any page script can dispatch that event, and the id is public.

test('a page dispatching WXT’s “content script started” event does not stop the checks', async ({
  page,
  fixturesURL,
  extensionId,
}) => {
  await page.goto(`${fixturesURL}/step-subject.html`);
  const id = page.locator('[name=idNumber]');
  await expect(id).toHaveAttribute('data-icp-field', 'subject.idNumber');
  await typeInto(id, '330106199003071235');
  await expect(id).toHaveAttribute('data-icp-rules', /id-number\.checksum/);

  // What a hostile page script does: the event name is public (extension id + entrypoint name).
  await page.evaluate((extId) => {
    for (const name of [`${extId}:content:wxt:content-script-started`, `${extId}:content:content-script-started`]) {
      document.dispatchEvent(
        new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'page-made-this-up' } }),
      );
    }
    window.postMessage(
      { type: `${extId}:content:wxt:content-script-started`, contentScriptName: 'content', messageId: 'x' },
      '*',
    );
  }, extensionId);

  // Markers and hints stay…
  await expect(id).toHaveAttribute('data-icp-field', 'subject.idNumber');
  await expect(id).toHaveAttribute('aria-invalid', 'true');
  await expect.poll(() => hintText(page, 'subject.idNumber')).toContain('校验位');
  // …and later edits are still checked.
  await typeInto(page.locator('[name=pMobile]'), '1381234567');
  await expect(marked(page, 'subject.principal.mobile')).toHaveAttribute('data-icp-rules', /mobile\.length/);
  await typeInto(id, '330106199003071236');
  await expect(id).not.toHaveAttribute('aria-invalid', /.*/);
});
