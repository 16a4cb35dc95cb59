import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Severity } from '../../shared/domain/finding';
import { FILING_HOST_MATCHES } from '../hosts';
import { type Lang, t } from '../i18n';
import { REMEMBERED_PREFIX } from '../messaging';
import { unregisterOrigin } from '../site-access';
import { useSettings } from './hooks';
import { Overrides } from './Overrides';

/** Built-in filing hosts as origins (wildcard subdomains are listed by their parent). */
const BUILT_IN_ORIGINS = [...new Set(FILING_HOST_MATCHES.map((m) => m.replace('*.', '').replace(/\/\*$/, '')))];

/** The options page (issue 4 §5). Every control has a real label; changes are saved at once. */
export function Options() {
  const [settings, update] = useSettings();
  const lang = settings.lang;
  const [note, setNote] = useState('');
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'optionsHeading');
  }, [lang]);
  const save = async (patch: Parameters<typeof update>[0]) => {
    await update(patch);
    setNote(t(lang, 'saved'));
  };
  const sites = [...new Set([...BUILT_IN_ORIGINS, ...settings.extraOrigins, ...Object.keys(settings.sites)])];

  const forget = async () => {
    const all = await browser.storage.local.get(null);
    const keys = Object.keys(all).filter((k) => k.startsWith(REMEMBERED_PREFIX));
    if (keys.length) await browser.storage.local.remove(keys);
    setNote(t(lang, 'forgotten'));
  };

  return (
    <main class="options" aria-labelledby="options-h">
      <h1 id="options-h">{t(lang, 'optionsHeading')}</h1>
      <fieldset>
        <legend>{t(lang, 'language')}</legend>
        {(['zh', 'en'] as Lang[]).map((l) => (
          <label key={l} class="choice">
            <input type="radio" name="lang" value={l} checked={lang === l} onChange={() => void save({ lang: l })} />{' '}
            {l === 'zh' ? '简体中文' : 'English'}
          </label>
        ))}
      </fieldset>
      <div class="row">
        <label for="opt-severity">{t(lang, 'severityFilter')}</label>
        <select
          id="opt-severity"
          value={settings.minSeverity}
          onChange={(e) => void save({ minSeverity: (e.currentTarget as HTMLSelectElement).value as Severity })}
        >
          <option value="info">{t(lang, 'showAll')}</option>
          <option value="warning">{t(lang, 'showWarnings')}</option>
          <option value="error">{t(lang, 'showErrors')}</option>
        </select>
      </div>
      <Overrides settings={settings} update={(p) => void save(p)} lang={lang} idPrefix="opt" />
      <fieldset>
        <legend>{t(lang, 'sitesHeading')}</legend>
        {sites.map((origin) => (
          <div key={origin} class="row">
            <label class="choice">
              <input
                type="checkbox"
                checked={settings.sites[origin] !== false}
                onChange={(e) =>
                  void save({ sites: { ...settings.sites, [origin]: (e.currentTarget as HTMLInputElement).checked } })
                }
              />{' '}
              {t(lang, 'siteOn', { site: origin })}
            </label>
            {settings.extraOrigins.includes(origin) ? (
              <button
                type="button"
                class="small"
                onClick={async () => {
                  await unregisterOrigin(origin).catch(() => undefined);
                  const { [origin]: _dropped, ...rest } = settings.sites;
                  await save({ extraOrigins: settings.extraOrigins.filter((o) => o !== origin), sites: rest });
                }}
              >
                {t(lang, 'clearOverride')}
              </button>
            ) : null}
          </div>
        ))}
      </fieldset>
      <div class="row remember">
        <input
          id="opt-remember"
          type="checkbox"
          checked={settings.rememberDraft}
          aria-describedby="opt-remember-help"
          onChange={(e) => void save({ rememberDraft: (e.currentTarget as HTMLInputElement).checked })}
        />{' '}
        <label for="opt-remember">{t(lang, 'rememberDraft')}</label>
        <p id="opt-remember-help" class="help">
          {t(lang, 'rememberDraftHelp')}
        </p>
        <button type="button" onClick={() => void forget()}>
          {t(lang, 'forgetDrafts')}
        </button>
      </div>
      <p role="status" aria-live="polite" class="muted">
        {note}
      </p>
      <p class="muted privacy">{t(lang, 'privacyNote')}</p>
    </main>
  );
}
