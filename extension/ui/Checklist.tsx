import { useState } from 'preact/hooks';
import { type Lang, t } from '../i18n';

/** The checklist as plain text, with a button that copies it (and the text itself, selectable). */
export function Checklist({ text, lang }: { text: string; lang: Lang }) {
  const [status, setStatus] = useState<'' | 'copied' | 'failed'>('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      // Clipboard API refused (no focus, old browser): the classic way, from the visible text.
      const area = document.getElementById('checklist-text') as HTMLTextAreaElement | null;
      area?.select();
      setStatus(document.execCommand?.('copy') ? 'copied' : 'failed');
    }
  };
  return (
    <div class="checklist">
      <button type="button" onClick={copy}>
        {t(lang, 'copyChecklist')}
      </button>{' '}
      <span role="status" aria-live="polite" class="muted">
        {status === 'copied' ? t(lang, 'copied') : status === 'failed' ? t(lang, 'copyFailed') : ''}
      </span>
      <label for="checklist-text" class="sr-only">
        {t(lang, 'checklistHeading')}
      </label>
      <textarea id="checklist-text" readOnly rows={10} value={text} />
    </div>
  );
}
