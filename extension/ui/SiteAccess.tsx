import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type Lang, t } from '../i18n';
import type { Settings } from '../settings';
import { injectInto, normaliseOrigin, registerOrigin, requestOrigin } from '../site-access';

/**
 * "Enable on this site" for filing pages outside the built-in host list: asks for that one origin
 * (optional host permission) and registers the content script there. Without the tab's address
 * (no permission to read it yet) the user types the address.
 */
export function SiteAccess({
  tabId,
  settings,
  update,
  lang,
}: {
  tabId: number | undefined;
  settings: Settings;
  update: (patch: Partial<Settings>) => Promise<void>;
  lang: Lang;
}) {
  const [tabOrigin, setTabOrigin] = useState<string>();
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    setTabOrigin(undefined);
    if (tabId === undefined) return;
    void browser.tabs
      .get(tabId)
      .then((tab) => setTabOrigin(tab.url ? normaliseOrigin(tab.url) : undefined))
      .catch(() => undefined);
  }, [tabId]);

  const enable = (origin: string | undefined, inject: boolean) => {
    if (!origin) {
      setStatus(t(lang, 'siteInvalid'));
      return;
    }
    // The permission prompt first, inside the click (user gesture), before any await.
    const asked = requestOrigin(origin);
    void (async () => {
      const granted = await asked.catch(() => false);
      if (!granted) {
        setStatus(t(lang, 'siteDenied'));
        return;
      }
      await registerOrigin(origin);
      await update({
        extraOrigins: [...new Set([...settings.extraOrigins, origin])],
        sites: { ...settings.sites, [origin]: true },
      });
      if (inject && tabId !== undefined) await injectInto(tabId).catch(() => undefined);
      setStatus(t(lang, 'siteEnabled', { origin }));
    })();
  };

  return (
    <div class="site-access">
      {tabOrigin ? (
        <p>
          <button type="button" onClick={() => enable(tabOrigin, true)}>
            {t(lang, 'enableThisSite')}
          </button>{' '}
          <code>{tabOrigin}</code>
        </p>
      ) : null}
      <details>
        <summary>{t(lang, 'enableOtherSite')}</summary>
        <p class="muted">{t(lang, 'enableOtherSiteHelp')}</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            enable(normaliseOrigin(typed), false);
          }}
        >
          <label for="site-address">{t(lang, 'siteAddress')}</label>{' '}
          <input
            id="site-address"
            type="url"
            value={typed}
            placeholder="https://"
            onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
          />{' '}
          <button type="submit">{t(lang, 'enableOtherSite')}</button>
        </form>
      </details>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
