/**
 * The player's overlay: the 「演示」 launcher, the callout card beside the step's element, the
 * highlight ring and the step list. Rendered in its own shadow root, so the page is never restyled
 * and the page's styles never reach the player.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { chapterAt, hasMistake, type Lang, SPEEDS, type Speed, stepTitle } from '../../tours/runtime';
import { type MistakeResult, type PlayerState, player } from './controller';
import { ringTarget } from './dom';
import { hintRects, rectOf, sameRect, sameRects, useAnchorRects } from './geometry';
import { useKeyboard } from './keyboard';
import { coversAnchor, coversAny, type Placement, place, type Rect } from './layout';
import { ConfirmStart, Launcher, pageLang } from './menu';
import { T } from './texts';

function useController(): PlayerState | null {
  const [, setTick] = useState(0);
  useEffect(() => {
    const off = player.subscribe(() => setTick((n) => n + 1));
    // The player may have changed before this subscription (init() runs right after the first render).
    setTick((n) => n + 1);
    return off;
  }, []);
  return player.state;
}

export function PlayerApp() {
  const s = useController();
  useKeyboard(s);
  const confirm = player.pendingStart ? (
    <ConfirmStart lang={s?.lang ?? player.pendingStart.opts.lang ?? pageLang()} />
  ) : null;
  if (!s || s.hidden)
    return (
      <>
        <Launcher state={s} />
        {confirm}
      </>
    );
  return (
    <>
      <Running state={s} />
      {confirm}
    </>
  );
}

const CARD_WIDTH = 410;
const CARD_WIDTH_PRESENTER = 600;
const LIST_WIDTH = 260;
const LIST_WIDTH_PRESENTER = 340;

function Running({ state: s }: { state: PlayerState }) {
  const tour = player.tour;
  const anchorEl = player.anchorEl;
  const { rect, context, hints, headerBottom: listTop } = useAnchorRects(anchorEl);
  const cardRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLElement>(null);
  // Keep the current step in view in the step list.
  useEffect(() => {
    listRef.current?.querySelector('li.current')?.scrollIntoView({ block: 'nearest' });
  }, [s.index, s.listOpen]);
  const [size, setSize] = useState({ w: CARD_WIDTH, h: 200 });
  const [viewport, setViewport] = useState({ w: window.innerWidth, h: window.innerHeight });
  useEffect(() => {
    const on = () => setViewport({ w: window.innerWidth, h: window.innerHeight });
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  const width = s.presenter ? CARD_WIDTH_PRESENTER : CARD_WIDTH;
  const listWidth = s.listOpen ? (s.presenter ? LIST_WIDTH_PRESENTER : LIST_WIDTH) : undefined;
  const placement: Placement = place(rect, { w: width, h: size.h }, viewport, listWidth, context, {
    avoid: hints,
    listTop,
  });
  // Measure the card after each render; report whether it (or the list) covers the element.
  useLayoutEffect(() => {
    const el = cardRef.current;
    if (!el) return;
    // The height its content wants (a card held shorter by the placement scrolls, but asks for all of it).
    const h = Math.ceil(el.scrollHeight + el.offsetHeight - el.clientHeight);
    if (Math.abs(h - size.h) > 1) {
      // Placed with a stale height: measure again after the re-render before judging the placement.
      setSize({ w: width, h });
      return;
    }
    if (s.phase === 'shown' || s.phase === 'mistake') {
      const live = rectOf(anchorEl ? ringTarget(anchorEl) : null);
      const liveHints = live ? hintRects(anchorEl) : [];
      // The element or a hint moved since this render (scrolling): the next frame places the card again.
      if (!sameRect(live, rect) || !sameRects(liveHints, hints)) return;
      const drawn = el.getBoundingClientRect();
      const card: Rect = { x: drawn.left, y: drawn.top, w: drawn.width, h: drawn.height };
      const listBox = listRef.current?.getBoundingClientRect();
      const list: Rect | undefined = listBox
        ? { x: listBox.left, y: listBox.top, w: listBox.width, h: listBox.height }
        : undefined;
      const drawnPlacement = { card, ...(list ? { list } : {}) };
      player.reportLayout(s.index, {
        target: coversAnchor(drawnPlacement, live),
        hint: coversAny(drawnPlacement, liveHints),
        hints: liveHints.length,
        presenter: s.presenter,
        viewport: `${window.innerWidth}x${window.innerHeight}`,
      });
    }
  });
  if (!tour) return null;
  const step = tour.steps[s.index];
  const callout = player.callout();
  const result = s.results[s.index];
  const lang = s.lang;
  const total = tour.steps.length;
  const shownIndex = Math.min(s.index, total - 1);
  let status: string | null = null;
  if (s.phase === 'resetting') status = T.resetting[lang];
  else if (s.replayTo !== null) status = T.replaying[lang].replace('{n}', String(s.replayTo + 1));
  else if (player.busy && s.phase !== 'done' && s.phase !== 'failed') status = T.working[lang];
  const showCallout = s.replayTo === null && s.phase !== 'resetting' && s.phase !== 'done';

  return (
    <div class={`player ${s.presenter ? 'presenter' : ''}`} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      {rect && showCallout ? (
        <div
          class="ring"
          style={{
            left: `${rect.x - 6}px`,
            top: `${rect.y - 6}px`,
            width: `${rect.w + 12}px`,
            height: `${rect.h + 12}px`,
          }}
        />
      ) : null}
      <div
        ref={cardRef}
        class={`card ${callout?.mistake && s.phase === 'mistake' ? 'is-mistake' : ''} ${s.phase === 'failed' ? 'is-failed' : ''}`}
        role="dialog"
        aria-label={tour.title[lang]}
        aria-live="polite"
        data-side={placement.side}
        style={{
          left: `${placement.card.x}px`,
          top: `${placement.card.y}px`,
          width: `${placement.card.w}px`,
          ...(placement.card.h < size.h ? { maxHeight: `${placement.card.h}px` } : {}),
        }}
      >
        <div class="head">
          <span class="tour-name">{tour.title[lang]}</span>
          <span class="count">
            {T.step[lang]} {shownIndex + 1} / {total}
          </span>
          <button
            type="button"
            class="icon"
            title={T.close[lang]}
            aria-label={T.close[lang]}
            onClick={() => player.update({ hidden: true })}
          >
            ×
          </button>
        </div>
        <div class="progress">
          <div class="bar" style={{ width: `${((s.phase === 'done' ? total : s.index) / total) * 100}%` }} />
        </div>
        {status ? <div class="status">{status}</div> : null}
        {showCallout && callout && step ? (
          <div class="body">
            {callout.mistake ? <span class="badge">{T.mistake[lang]}</span> : null}
            <div class="step-title">
              {chapterAt(tour, s.index) ? `${chapterAt(tour, s.index)?.title[lang]} · ` : ''}
              {stepTitle(step, lang)}
            </div>
            <p class="callout">{callout.text}</p>
            {callout.mistake && result?.mistake ? <MistakeQuote mistake={result.mistake} lang={lang} /> : null}
          </div>
        ) : null}
        {s.phase === 'done' ? <p class="callout">{T.done[lang]}</p> : null}
        {s.phase === 'failed' ? (
          <div class="error" role="alert">
            <strong>{T.failed[lang]}</strong>
            <span>{s.error}</span>
            <div>
              <button type="button" onClick={() => player.jump(s.index)}>
                {T.retry[lang]}
              </button>
            </div>
          </div>
        ) : null}
        <div class="controls">
          <button type="button" onClick={() => player.restart()} title="Home">
            ⟲ {T.restart[lang]}
          </button>
          <button
            type="button"
            onClick={() => player.previous()}
            disabled={s.index === 0 && s.phase !== 'mistake'}
            title="←"
          >
            ← {T.prev[lang]}
          </button>
          <button type="button" class="primary next" onClick={() => player.next()} disabled={!player.canNext} title="→">
            {T.next[lang]} →
          </button>
        </div>
        <div class="controls small">
          <button
            type="button"
            aria-pressed={s.autoplay ? 'true' : 'false'}
            onClick={() => player.update({ autoplay: !s.autoplay })}
          >
            {s.autoplay ? `⏸ ${T.pause[lang]}` : `▶ ${T.play[lang]}`}
          </button>
          <label>
            {T.speed[lang]}{' '}
            <select
              value={s.speed}
              onChange={(e) => player.update({ speed: (e.currentTarget as HTMLSelectElement).value as Speed })}
            >
              {SPEEDS.map((sp) => (
                <option key={sp} value={sp}>
                  {T.speeds[sp][lang]}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => player.update({ lang: lang === 'zh' ? 'en' : 'zh' })}
            title="中文 / English"
          >
            {lang === 'zh' ? 'English' : '中文'}
          </button>
          <button
            type="button"
            aria-pressed={s.presenter ? 'true' : 'false'}
            onClick={() => player.update({ presenter: !s.presenter })}
            title="P"
          >
            {T.presenter[lang]}
          </button>
          <button
            type="button"
            aria-pressed={s.listOpen ? 'true' : 'false'}
            onClick={() => player.update({ listOpen: !s.listOpen })}
          >
            ☰ {T.list[lang]}
          </button>
        </div>
        <div class="keys">{T.keys[lang]}</div>
      </div>
      {s.listOpen && placement.list ? (
        <nav
          ref={listRef}
          class="list"
          aria-label={T.list[lang]}
          style={{
            left: `${placement.list.x}px`,
            top: `${placement.list.y}px`,
            width: `${placement.list.w}px`,
            height: `${placement.list.h}px`,
          }}
        >
          <div class="list-head">
            <span>{T.list[lang]}</span>
            <button
              type="button"
              class="icon"
              aria-label={T.closeList[lang]}
              title={T.closeList[lang]}
              onClick={() => player.update({ listOpen: false })}
            >
              ×
            </button>
          </div>
          <ol>
            {tour.steps.map((st, i) => {
              const r = s.results[i];
              const state = i === s.index ? 'current' : r ? (r.ok ? 'ok' : 'bad') : '';
              const chapter = chapterAt(tour, i);
              const starts = chapter && (i === 0 || chapterAt(tour, i - 1)?.id !== chapter.id);
              return (
                <li key={st.id} class={state} aria-current={i === s.index ? 'step' : undefined}>
                  {starts ? <div class="chapter">{chapter.title[lang]}</div> : null}
                  <button type="button" onClick={() => player.jump(i)} title={st.callout[lang]}>
                    <span class="n">{i + 1}</span> {stepTitle(st, lang)}
                    {hasMistake(st) ? <span class="mistake-mark"> ⚠ {T.mistake[lang]}</span> : null}
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
      ) : null}
    </div>
  );
}

/** What the extension says about the mistake, quoted from the rule (never the rule's id). */
function MistakeQuote({ mistake, lang }: { mistake: MistakeResult; lang: Lang }) {
  const message = mistake.message?.[lang];
  if (mistake.hintSeen)
    return (
      <p class="hint ok">
        ✓ {T.hintSeen[lang]}
        {message ? <q class="quote">{message}</q> : null}
      </p>
    );
  return (
    <p class="hint missing">
      {T.hintMissing[lang]}
      {message ? (
        <>
          {' '}
          {T.hintWouldSay[lang]}
          <q class="quote">{message}</q>
        </>
      ) : null}
    </p>
  );
}
