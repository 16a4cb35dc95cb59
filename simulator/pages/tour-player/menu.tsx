/** The 「演示」 launcher with the tour menu, and the dialog that asks before a tour replaces this world's state. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { TOURS } from '../../tours/index';
import type { Lang } from '../../tours/runtime';
import { type PlayerState, player } from './controller';
import { T } from './texts';

export function pageLang(): Lang {
  return document.documentElement.lang.startsWith('en') ? 'en' : 'zh';
}

/**
 * Starting a tour replaces the simulator's state by the tour's scenario: a modal dialog asks first
 * (开始并重置 / 取消). Focus starts on 取消 and stays inside the dialog; Esc cancels.
 */
export function ConfirmStart({ lang }: { lang: Lang }) {
  const pending = player.pendingStart;
  const tour = pending ? TOURS.find((t) => t.id === pending.tourId) : undefined;
  const cancelRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancelRef.current?.focus();
  }, [pending?.tourId]);
  if (!pending || !tour) return null;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      player.cancelStart();
    } else if (e.key === 'Tab') {
      // Two buttons: Tab and Shift+Tab move between them and never leave the dialog.
      e.preventDefault();
      const root = cancelRef.current?.getRootNode() as ShadowRoot | undefined;
      const onCancel = root?.activeElement === cancelRef.current;
      (onCancel ? startRef : cancelRef).current?.focus();
    }
    e.stopPropagation();
  };
  return (
    <div class="backdrop">
      <div
        class="confirm"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="icp-tour-confirm-title"
        aria-describedby="icp-tour-confirm-text"
        onKeyDown={onKey}
      >
        <h2 id="icp-tour-confirm-title">{T.confirmTitle[lang].replace('{tour}', tour.title[lang])}</h2>
        <p id="icp-tour-confirm-text">{T.confirmText[lang].replace('{scenario}', tour.scenario)}</p>
        <div class="row">
          <button type="button" class="primary" ref={startRef} onClick={() => player.confirmStart()}>
            开始并重置 <span class="en">Start and reset</span>
          </button>
          <button type="button" ref={cancelRef} onClick={() => player.cancelStart()}>
            取消 <span class="en">Cancel</span>
          </button>
        </div>
      </div>
    </div>
  );
}

export function Launcher({ state }: { state: PlayerState | null }) {
  const [open, setOpen] = useState(false);
  const lang: Lang = state?.lang ?? pageLang();
  return (
    <div class="launcher-wrap">
      {open ? (
        <div class="menu" role="dialog" aria-label={T.launcherTitle[lang]}>
          <div class="menu-head">
            <strong>{T.launcherTitle.zh}</strong>
            <span class="en">{T.launcherTitle.en}</span>
          </div>
          {state ? (
            <div class="menu-current">
              <div>
                {player.tour?.title[lang]} · {T.step[lang]} {state.index + 1}
              </div>
              <button
                type="button"
                class="primary"
                onClick={() => {
                  player.update({ hidden: false });
                  setOpen(false);
                }}
              >
                {T.resume[lang]}
              </button>
              <button
                type="button"
                onClick={() => {
                  player.stop();
                  setOpen(false);
                }}
              >
                {T.end[lang]}
              </button>
            </div>
          ) : null}
          <p class="menu-note">{T.ownWorld[lang]}</p>
          <ul class="tours">
            {TOURS.map((t) => (
              <li key={t.id} data-tour-id={t.id}>
                <div class="tour-title">{t.title.zh}</div>
                <div class="tour-title en">{t.title.en}</div>
                <div class="tour-summary">{t.summary[lang]}</div>
                <div class="tour-meta">
                  {t.steps.length} {lang === 'zh' ? '步' : 'steps'} · {t.chapters?.length ?? 1}{' '}
                  {lang === 'zh' ? '章' : 'chapters'} · {t.scenario}
                </div>
                <div class="row">
                  <button
                    type="button"
                    class="primary"
                    onClick={() => {
                      player.start(t.id, { lang });
                      setOpen(false);
                    }}
                  >
                    {T.start[lang]}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      player.start(t.id, { lang, autoplay: true, speed: 'normal' });
                      setOpen(false);
                    }}
                  >
                    {T.autoplay[lang]}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="button" class="launcher" aria-expanded={open ? 'true' : 'false'} onClick={() => setOpen(!open)}>
        演示 <span class="en">Tours</span>
      </button>
    </div>
  );
}
