// The app step (issue 11 §4, §6): located by its labels, the iOS "签名MD5值" that is really an MD5 is
// flagged at the field with the SHA-1 explanation, and typing the certificate's SHA-1 clears it.

import { hintText, typeInto } from './extension-helpers';
import { expect, test } from './fixtures';

test('app step: an iOS 32-hex 签名MD5值 is flagged, a 40-hex SHA-1 clears it; Android keeps its MD5', async ({
  page,
  fixturesURL,
}) => {
  await page.goto(`${fixturesURL}/app-step.html`);
  const androidSig = page.locator('[name=p1sig]');
  const iosSig = page.locator('[name=p2sig]');
  await expect(page.locator('[name=aname]')).toHaveAttribute('data-icp-field', 'apps[0].name');
  await expect(androidSig).toHaveAttribute('data-icp-field', 'apps[0].platforms[0].signature');
  await expect(iosSig).toHaveAttribute('data-icp-field', 'apps[0].platforms[1].signature');

  // The page loads with the same MD5 on both platforms: right on Android, wrong on iOS.
  await typeInto(iosSig, 'D4:1D:8C:D9:8F:00:B2:04:E9:80:09:98:EC:F8:42:7E');
  await expect(iosSig).toHaveAttribute('aria-invalid', 'true');
  await expect(iosSig).toHaveAttribute('data-icp-rules', /app-signature-ios\.md5-given/);
  await expect.poll(() => hintText(page, 'apps[0].platforms[1].signature')).toContain('SHA-1');
  await expect(androidSig).not.toHaveAttribute('aria-invalid', /.*/);

  await typeInto(iosSig, 'da39a3ee5e6b4b0d3255bfef95601890afd80709');
  await expect(iosSig).not.toHaveAttribute('aria-invalid', /.*/);
  await expect(iosSig).not.toHaveAttribute('data-icp-rules', /app-signature-ios/);
});
