import { GB2260_PROVINCES } from '../../shared/formats/gb2260-provinces';
import { type Lang, t } from '../i18n';
import type { Settings } from '../settings';

const MAINLAND = GB2260_PROVINCES.filter((p) => p.kind === 'mainland');

/** Province and date overrides (trainers show how rules changed); '' = from the page / today. */
export function Overrides({
  settings,
  update,
  lang,
  idPrefix,
}: {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
  lang: Lang;
  idPrefix: string;
}) {
  return (
    <div class="overrides">
      <div class="row">
        <label for={`${idPrefix}-province`}>{t(lang, 'provinceOverride')}</label>
        <select
          id={`${idPrefix}-province`}
          value={settings.province}
          onChange={(e) => update({ province: (e.currentTarget as HTMLSelectElement).value })}
        >
          <option value="">{t(lang, 'provinceFromPage')}</option>
          {MAINLAND.map((p) => (
            <option key={p.code} value={p.code}>
              {lang === 'zh' ? p.name : p.nameEn}
            </option>
          ))}
        </select>
      </div>
      <div class="row">
        <label for={`${idPrefix}-date`}>{t(lang, 'dateOverride')}</label>
        <input
          id={`${idPrefix}-date`}
          type="date"
          value={settings.date}
          onChange={(e) => update({ date: (e.currentTarget as HTMLInputElement).value })}
        />
        {settings.date ? (
          <button type="button" class="small" onClick={() => update({ date: '' })}>
            {t(lang, 'clearOverride')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
