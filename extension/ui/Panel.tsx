import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type Lang, pick, t } from '../i18n';
import type { PanelMessage, PanelRequest, TabRecord } from '../messaging';
import type { Settings } from '../settings';
import { Checklist } from './Checklist';
import { FindingList, SeverityCounts } from './FindingList';
import { useSettings, useTabRecord, useTargetTab } from './hooks';
import {
  checkedDateText,
  checklistText,
  countBySeverity,
  filingTypeLabel,
  groupFindings,
  planStepOf,
  provinceName,
} from './model';
import { Overrides } from './Overrides';
import { PlanView } from './PlanView';
import { SiteAccess } from './SiteAccess';

/** The side panel (and the popup where side panels are missing): issue 4 §4. */
export function Panel() {
  const [settings, update] = useSettings();
  const target = useTargetTab();
  const record = useTabRecord(target.tabId);
  const lang = settings.lang;
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'appName');
  }, [lang]);

  const jump = async (path: string) => {
    if (target.tabId === undefined) return;
    const message: PanelMessage = { type: 'focus-field', path };
    // Opened as a page beside the filing tab: bring that tab forward first.
    if (target.mode === 'page') await browser.tabs.update(target.tabId, { active: true }).catch(() => undefined);
    await browser.tabs.sendMessage(target.tabId, message).catch(() => undefined);
  };

  const newFiling = async () => {
    if (target.tabId === undefined) return;
    const request: PanelRequest = { type: 'new-filing', tabId: target.tabId };
    await browser.runtime.sendMessage(request).catch(() => undefined);
  };

  return (
    <main class="panel" aria-labelledby="app-title">
      <header class="top">
        <h1 id="app-title">{t(lang, 'appName')}</h1>
        <div class="lang">
          <label for="panel-lang" class="sr-only">
            {t(lang, 'language')}
          </label>
          <select
            id="panel-lang"
            value={lang}
            onChange={(e) => void update({ lang: (e.currentTarget as HTMLSelectElement).value as Lang })}
          >
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>{' '}
          <button type="button" class="small" onClick={() => void browser.runtime.openOptionsPage()}>
            {t(lang, 'openOptions')}
          </button>
        </div>
      </header>
      <PageStatus record={record} settings={settings} update={update} lang={lang} tabId={target.tabId} />
      {record?.filingPage || record?.plan ? (
        <Filing record={record} lang={lang} onJump={(p) => void jump(p)} onNewFiling={() => void newFiling()} />
      ) : null}
      <section aria-labelledby="rules-h">
        <h2 id="rules-h">{t(lang, 'rulesUsed')}</h2>
        <p data-testid="rules-used">
          {t(lang, 'rulesOf', {
            province: provinceName(record?.provinceCode, lang) ?? t(lang, 'unknownProvince'),
            date: record?.date ?? (settings.date || t(lang, 'dateToday')),
          })}
        </p>
        <Overrides settings={settings} update={(p) => void update(p)} lang={lang} idPrefix="panel" />
      </section>
      <p class="muted privacy">{t(lang, 'privacyNote')}</p>
    </main>
  );
}

function PageStatus({
  record,
  settings,
  update,
  lang,
  tabId,
}: {
  record: TabRecord | undefined;
  settings: Settings;
  update: (patch: Partial<Settings>) => Promise<void>;
  lang: Lang;
  tabId: number | undefined;
}) {
  const origin = record?.origin;
  const enabled = record?.enabled !== false;
  return (
    <section aria-labelledby="page-h">
      <h2 id="page-h">{t(lang, 'pageHeading')}</h2>
      {record ? <p class="page-title">{record.title || record.url}</p> : null}
      {!record || (!record.filingPage && enabled) ? <p>{t(lang, 'panelNoPage')}</p> : null}
      {record && !enabled ? <p>{t(lang, 'panelOff')}</p> : null}
      {origin ? (
        <p>
          <button
            type="button"
            onClick={() => void update({ sites: { ...settings.sites, [origin]: !enabled } })}
            aria-pressed={!enabled}
          >
            {enabled ? t(lang, 'turnOffHere') : t(lang, 'turnOnHere')}
          </button>{' '}
          <code>{origin}</code>
        </p>
      ) : null}
      {!record ? <SiteAccess tabId={tabId} settings={settings} update={update} lang={lang} /> : null}
    </section>
  );
}

function Filing({
  record,
  lang,
  onJump,
  onNewFiling,
}: {
  record: TabRecord;
  lang: Lang;
  onJump: (path: string) => void;
  onNewFiling: () => void;
}) {
  const groups = groupFindings(record, lang);
  const counts = countBySeverity(record.findings);
  const type = filingTypeLabel(record.summary.filingType ?? record.plan?.filingType, lang);
  const current = planStepOf(record.step);
  const checked = checkedDateText(record, lang);
  return (
    <>
      <section aria-labelledby="filing-h" class="filing-bar">
        <h2 id="filing-h" class="sr-only">
          {t(lang, 'newFiling')}
        </h2>
        {checked ? (
          <p class="checked-date" data-testid="checked-date">
            {checked}
          </p>
        ) : null}
        <p>
          <button type="button" onClick={onNewFiling} aria-describedby="new-filing-help" data-testid="new-filing">
            {t(lang, 'newFiling')}
          </button>
        </p>
        <p id="new-filing-help" class="muted">
          {t(lang, 'newFilingHelp')}
        </p>
      </section>
      <section aria-labelledby="type-h">
        <h2 id="type-h">{t(lang, 'filingType')}</h2>
        <p data-testid="filing-type">{type ?? t(lang, 'unknownType')}</p>
        {record.plan?.stepDetails.length ? (
          <>
            <h3>{t(lang, 'stepsAhead')}</h3>
            <ol class="steps">
              {record.plan.stepDetails.map((s) => (
                <li
                  key={s.id}
                  data-step={s.id}
                  aria-current={s.id === current ? 'step' : undefined}
                  class={s.id === current ? 'current' : ''}
                >
                  {pick(s.label, lang)}
                  {s.duration ? <span class="muted">（{pick(s.duration, lang)}）</span> : null}
                  {s.id === current ? <strong class="here"> ← {t(lang, 'currentStep')}</strong> : null}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </section>
      <section aria-labelledby="findings-h" data-testid="findings">
        <h2 id="findings-h">{t(lang, 'findingsHeading')}</h2>
        <SeverityCounts counts={counts} lang={lang} />
        <FindingList groups={groups} lang={lang} onJump={onJump} />
      </section>
      {record.plan ? (
        <section aria-labelledby="plan-h">
          <h2 id="plan-h">{t(lang, 'planHeading')}</h2>
          <PlanView plan={record.plan} findings={record.findings} lang={lang} />
        </section>
      ) : null}
      <section aria-labelledby="checklist-h">
        <h2 id="checklist-h">{t(lang, 'checklistHeading')}</h2>
        <Checklist text={checklistText(record, lang)} lang={lang} />
      </section>
    </>
  );
}
