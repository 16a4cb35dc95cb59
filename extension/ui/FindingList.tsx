import type { Severity } from '../../shared/domain/finding';
import { type Lang, pick, severityLabel, t } from '../i18n';
import type { FindingMessage } from '../messaging';
import { readableSources } from './citation';
import type { StepGroup } from './model';

export const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

export function SeverityCounts({ counts, lang }: { counts: Record<Severity, number>; lang: Lang }) {
  return (
    <p class="counts">
      {(['error', 'warning', 'info'] as const).map((s) => (
        <span key={s} class={`count sev-${s}`} data-severity={s}>
          <span aria-hidden="true">{SEVERITY_ICON[s]}</span> {severityLabel(lang, s)} <strong>{counts[s]}</strong>
        </span>
      ))}
    </p>
  );
}

function FindingItem({ finding, lang }: { finding: FindingMessage; lang: Lang }) {
  const sources = readableSources(finding, lang);
  return (
    <li class={`finding sev-${finding.severity}`} data-rule={finding.rule} data-severity={finding.severity}>
      <span class="icon" aria-hidden="true">
        {SEVERITY_ICON[finding.severity]}
      </span>
      <div>
        <p class="msg">
          <strong>{severityLabel(lang, finding.severity)}</strong> {pick(finding.message, lang)}
        </p>
        {finding.fix ? (
          <p class="fix">
            {t(lang, 'fixPrefix')}
            {pick(finding.fix, lang)}
          </p>
        ) : null}
        {finding.suggestion ? (
          <p class="fix">
            {t(lang, 'suggestion')}
            <code>{finding.suggestion}</code>
          </p>
        ) : null}
        {sources.length ? (
          <p class="source">
            {t(lang, 'sourcePrefix')}
            {sources.map((src, i) => (
              <span key={src.text} class="citation">
                {i > 0 ? '；' : null}
                {src.url ? (
                  <a href={src.url} target="_blank" rel="noopener noreferrer">
                    {src.text}
                  </a>
                ) : (
                  src.text
                )}
              </span>
            ))}
          </p>
        ) : null}
      </div>
    </li>
  );
}

/** Findings by step, then by field; each field jumps to itself on the page. */
export function FindingList({
  groups,
  lang,
  onJump,
}: {
  groups: StepGroup[];
  lang: Lang;
  onJump: (path: string) => void;
}) {
  if (!groups.length) return <p class="ok">{t(lang, 'noFindings')}</p>;
  return (
    <div class="finding-list">
      {groups.map((g) => (
        <section key={g.step} class="step-group" aria-labelledby={`step-${g.step}`} data-step={g.step}>
          <h3 id={`step-${g.step}`}>{g.title}</h3>
          <SeverityCounts counts={g.counts} lang={lang} />
          {g.fields.map((field) => (
            <div key={field.path} class="field-group" data-field={field.path}>
              <h4>
                {field.onPage ? (
                  <button type="button" class="jump" onClick={() => onJump(field.path)} title={t(lang, 'goToField')}>
                    {field.title} <span class="jump-hint">→ {t(lang, 'goToField')}</span>
                  </button>
                ) : (
                  <span>
                    {field.title} <span class="tag not-here">{t(lang, 'fieldNotOnPage')}</span>
                  </span>
                )}
              </h4>
              <ul>
                {field.findings.map((f, i) => (
                  <FindingItem key={`${f.rule}-${i}`} finding={f} lang={lang} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
