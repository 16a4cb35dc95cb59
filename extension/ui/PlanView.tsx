import { type Lang, pick, t } from '../i18n';
import type { FindingMessage, PlanView as Plan } from '../messaging';
import { deadlineText, smsPhonesText } from './model';

/** SMS check, photo method, documents to prepare and the deadlines ahead (spec §3, §6, §8–§10). */
export function PlanView({ plan, findings, lang }: { plan: Plan; findings: FindingMessage[]; lang: Lang }) {
  const sms = plan.smsCheck;
  return (
    <div class="plan">
      <dl class="kv">
        <dt>{t(lang, 'smsCheck')}</dt>
        <dd data-testid="plan-sms">
          {sms.required ? t(lang, 'smsYes') : t(lang, 'smsNo')}
          {sms.required ? (
            <>
              {sms.phones.length ? '，' : ''}
              {smsPhonesText({ plan, findings }, lang)}
            </>
          ) : null}
          {sms.note ? <div class="muted">{pick(sms.note, lang)}</div> : null}
        </dd>
        <dt>{t(lang, 'photoCheck')}</dt>
        <dd data-testid="plan-photo">{t(lang, `photo_${plan.photoCheck}`)}</dd>
      </dl>
      {plan.documents.length ? (
        <>
          <h3>{t(lang, 'documents')}</h3>
          <ul class="docs">
            {plan.documents.map((d) => (
              <li key={d.zh}>{pick(d, lang)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.deadlines.length ? (
        <>
          <h3>{t(lang, 'deadlines')}</h3>
          <ul class="deadlines">
            {plan.deadlines.map((d) => (
              <li key={d.id}>{deadlineText(d, lang)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.notes?.length ? (
        <ul class="notes muted">
          {plan.notes.map((n) => (
            <li key={n.zh}>{pick(n, lang)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
