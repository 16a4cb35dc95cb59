/**
 * The player's overlay: the 「演示」 launcher, the callout card beside the step's element, the
 * highlight ring and the step list. Rendered in its own shadow root, so the page is never restyled
 * and the page's styles never reach the player.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { TOURS } from '../../tours/index';
import { chapterAt, hasMistake, type Lang, SPEEDS, type Speed, stepTitle } from '../../tours/runtime';
import { type MistakeResult, type PlayerState, player } from './controller';
import { ringTarget } from './dom';
import { hintHosts } from './hints';
import { coversAnchor, coversAny, type Placement, place, type Rect } from './layout';

const T = {
  launcher: { zh: '演示', en: 'Tours' },
  launcherTitle: { zh: '演示 · 培训用操作演练', en: 'Guided tours for training' },
  start: { zh: '开始', en: 'Start' },
  autoplay: { zh: '自动播放', en: 'Autoplay' },
  resume: { zh: '继续演示', en: 'Resume' },
  end: { zh: '结束演示', en: 'End tour' },
  step: { zh: '步骤', en: 'Step' },
  prev: { zh: '上一步', en: 'Back' },
  next: { zh: '下一步', en: 'Next' },
  restart: { zh: '重新开始', en: 'Restart' },
  pause: { zh: '暂停', en: 'Pause' },
  play: { zh: '自动播放', en: 'Play' },
  presenter: { zh: '演讲模式', en: 'Presenter' },
  list: { zh: '步骤列表', en: 'Steps' },
  closeList: { zh: '关闭步骤列表', en: 'Close the step list' },
  close: { zh: '收起（Esc）', en: 'Minimise (Esc)' },
  confirmTitle: { zh: '开始演示「{tour}」？', en: 'Start the tour “{tour}”?' },
  confirmText: {
    zh: '演示会把模拟环境重置为场景「{scenario}」：现有的订单、短信和模拟时间都会被替换，无法撤销。演示期间关闭验证码，演示结束时恢复原设置。',
    en: 'The tour resets the simulator to the scenario “{scenario}”: the orders, SMS and simulated time there now are replaced, with no undo. Captchas are off during the tour and restored when it ends.',
  },
  mistake: { zh: '常见错误', en: 'Common mistake' },
  hintSeen: { zh: '插件提示：', en: 'The extension says: ' },
  hintWouldSay: { zh: '插件会提示：', en: 'It would say: ' },
  hintMissing: {
    zh: '插件未显示提示（未安装或未识别该字段）',
    en: 'No hint from the extension (not installed, or the field was not recognised)',
  },
  working: { zh: '正在操作…', en: 'Working…' },
  replaying: { zh: '正在重放到第 {n} 步…', en: 'Replaying up to step {n}…' },
  resetting: { zh: '正在重置模拟环境…', en: 'Resetting the simulator…' },
  done: { zh: '演示完成。', en: 'Tour complete.' },
  failed: { zh: '演示中断：', en: 'The tour stopped: ' },
  retry: { zh: '重试此步', en: 'Retry this step' },
  speed: { zh: '速度', en: 'Speed' },
  speeds: { slow: { zh: '慢', en: 'Slow' }, normal: { zh: '中', en: 'Normal' }, fast: { zh: '快', en: 'Fast' } },
  keys: {
    zh: '→/空格/PageDown 下一步 · ←/PageUp 上一步 · Home 重新开始 · P 演讲模式 · Esc 收起',
    en: '→/Space/PageDown next · ←/PageUp back · Home restart · P presenter · Esc minimise',
  },
} as const;

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

function rectOf(el: Element | null): Rect | undefined {
  if (!el?.isConnected) return undefined;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return undefined;
  return { x: r.left, y: r.top, w: r.width, h: r.height };
}

function sameRect(a: Rect | undefined, b: Rect | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.w - b.w) < 0.5 && Math.abs(a.h - b.h) < 0.5
  );
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

/** What a row actually shows: its text and controls, not the empty width of its block boxes. */
function contentRect(holder: Element): Rect | undefined {
  let out: Rect | undefined;
  const add = (r: Rect | undefined) => {
    if (r && (r.w > 0 || r.h > 0)) out = out ? union(out, r) : r;
  };
  const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim()) continue;
    range.selectNodeContents(n);
    const r = range.getBoundingClientRect();
    add({ x: r.left, y: r.top, w: r.width, h: r.height });
  }
  for (const c of holder.querySelectorAll('input, select, textarea, button, img')) add(rectOf(c));
  return out;
}

/**
 * The area worth keeping clear around a field when there is room: the field, its labels and the row
 * holding both (the page's own notes sit there).
 */
function contextRect(el: Element): Rect | undefined {
  let rect = rectOf(ringTarget(el));
  if (!rect) return undefined;
  const labels =
    el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement
      ? [...(el.labels ?? [])]
      : [];
  {
    // The row: the nearest ancestor holding the field's labels (or, for a field named by aria-label, some label).
    let a = el.parentElement;
    for (let depth = 0; a && depth < 5; depth++, a = a.parentElement) {
      const holder = a;
      if (labels.length ? labels.every((l) => holder.contains(l)) : holder.querySelector('label, legend') !== null) {
        const r = rectOf(holder);
        if (r && r.h < Math.min(260, window.innerHeight * 0.4)) {
          const content = contentRect(holder);
          if (content) rect = union(rect, content);
        }
        break;
      }
    }
  }
  return rect;
}

/**
 * The extension's hints about the field (design §5: hint hosts carry `data-icp-hint-for` with the
 * field's `data-icp-field` path), wherever the extension drew them: the card must never cover them.
 */
function hintRects(el: Element | null): Rect[] {
  return hintHosts(el).flatMap((h) => rectOf(h) ?? []);
}

/** The bottom of the page's own header, which the step list stays below. */
function headerBottom(): number {
  const header = document.querySelector('header, [role="banner"]');
  const r = header ? rectOf(header) : undefined;
  return r && r.y < 200 ? Math.max(0, r.y + r.h) + 8 : 8;
}

interface AnchorRects {
  rect?: Rect;
  context?: Rect;
  hints: Rect[];
  headerBottom: number;
}

const sameRects = (a: readonly Rect[], b: readonly Rect[]) =>
  a.length === b.length && a.every((r, i) => sameRect(r, b[i]));

/** The step's element, its context and its hints, followed while the page scrolls, resizes or re-renders. */
function useAnchorRects(el: Element | null): AnchorRects {
  const [rects, setRects] = useState<AnchorRects>({ hints: [], headerBottom: 8 });
  const last = useRef(rects);
  useEffect(() => {
    let raf = 0;
    const tick = () => {
      const rect = rectOf(el ? ringTarget(el) : null);
      const context = el && rect ? contextRect(el) : undefined;
      const hints = rect ? hintRects(el) : [];
      const top = headerBottom();
      const prev = last.current;
      if (
        !sameRect(rect, prev.rect) ||
        !sameRect(context, prev.context) ||
        !sameRects(hints, prev.hints) ||
        top !== prev.headerBottom
      ) {
        last.current = { rect, context, hints, headerBottom: top };
        setRects(last.current);
      }
      raf = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(raf);
  }, [el]);
  return rects;
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

function pageLang(): Lang {
  return document.documentElement.lang.startsWith('en') ? 'en' : 'zh';
}

/**
 * Starting a tour replaces the simulator's state by the tour's scenario: a modal dialog asks first
 * (开始并重置 / 取消). Focus starts on 取消 and stays inside the dialog; Esc cancels.
 */
function ConfirmStart({ lang }: { lang: Lang }) {
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

function Launcher({ state }: { state: PlayerState | null }) {
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
          <ul class="tours">
            {TOURS.map((t) => (
              <li key={t.id} data-tour-id={t.id}>
                <div class="tour-title">{t.title.zh}</div>
                <div class="tour-title en">{t.title.en}</div>
                <div class="tour-summary">{t.summary[lang]}</div>
                <div class="tour-meta">
                  {t.steps.length} {lang === 'zh' ? '步' : 'steps'} · {t.scenario}
                </div>
                <div class="row">
                  <button
                    type="button"
                    class="primary"
                    onClick={() => {
                      player.requestStart(t.id, { lang });
                      setOpen(false);
                    }}
                  >
                    {T.start[lang]}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      player.requestStart(t.id, { lang, autoplay: true, speed: 'normal' });
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

function isEditable(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return (
    el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || el.getAttribute('role') === 'slider'
  );
}

/** →/Space/PageDown next, ←/PageUp previous, Home restart, P presenter, Esc minimise. */
function useKeyboard(s: PlayerState | null) {
  useEffect(() => {
    if (!s || s.hidden) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      // The confirmation dialog has the keyboard to itself.
      if (player.pendingStart) return;
      const inPlayer = e.composedPath().some((n) => n instanceof Element && n.id === 'icp-tour-player');
      const target = e.composedPath()[0] ?? e.target;
      // During a mistake the player itself holds focus in the field (so the hint stays open): its keys still work.
      const playerFocus = player.state?.phase === 'mistake' && target === player.anchorEl;
      const editing = isEditable(target) && !playerFocus;
      // Presenter remotes send PageDown/PageUp: honoured everywhere. Other keys not while typing in a field.
      const remote = e.key === 'PageDown' || e.key === 'PageUp';
      if (editing && !remote) return;
      // Space and Enter on the player's own buttons press those buttons.
      if (inPlayer && (e.key === ' ' || e.key === 'Enter')) return;
      let handled = true;
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
        case ' ':
          player.next();
          break;
        case 'ArrowLeft':
        case 'PageUp':
          player.previous();
          break;
        case 'Home':
          player.restart();
          break;
        case 'p':
        case 'P':
          player.update({ presenter: !player.state?.presenter });
          break;
        case 'Escape':
          player.update({ hidden: true });
          break;
        default:
          handled = false;
      }
      if (handled) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [s, s?.hidden]);
}
