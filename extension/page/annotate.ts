/**
 * Markers and inline hints on the host page (design §5, issue 4 §3).
 *
 * Markers, for testers' scripts: `data-icp-field` on every recognised control; on a control with an
 * error `aria-invalid="true"`; with any finding `data-icp-severity` (the highest) and `data-icp-rules`
 * (rule ids, space separated). They are removed when the finding is fixed or the extension is switched
 * off, and the page's own `aria-invalid` / `aria-describedby` are put back exactly as they were — also
 * when the page changed them itself while we were there (we watch those two attributes).
 *
 * Hints: one `<icp-hint>` element per field with findings, in an overlay layer appended to `<body>`
 * and positioned absolutely next to the control, so the host layout never moves and nothing is
 * inserted into the host's own (framework-owned) subtrees. Its OPEN shadow root (testers' scripts
 * read it) holds the styled hint: colour + icon + severity word + message + fix + a "why" link to the
 * rule's source. The hint takes no pointer events except on its link and nothing in it is focusable,
 * so it never steals focus or blocks typing, clicking or submitting.
 *
 * Screen readers: `aria-describedby` cannot point into a shadow root, so each hint also has a
 * visually hidden light-DOM `<span id="icp-desc-N">` in the layer with the same text (message, fix,
 * source), and the control's `aria-describedby` gets that id appended. The span and the visible hint
 * are `aria-hidden` so browse mode does not read them twice at the end of the page; a description
 * computed through `aria-describedby` still includes them (accname: directly referenced hidden
 * content counts). The keyboard route to the sources is the panel, which lists every finding with
 * its link.
 */
import type { Finding, Severity } from '../../shared/domain/finding';
import { SEVERITY_RANK } from '../../shared/domain/finding';
import { type Lang, pick, severityLabel, t } from '../i18n-hints';
import { readableSources } from '../ui/citation';
import { type LocatedField, OWN_UI_ATTR } from './locate-fields';

export interface AnnotateOptions {
  lang: Lang;
  /** Lowest severity shown as a hint (`info`: everything). Markers always reflect every finding. */
  minSeverity: Severity;
  /** The day whose rules the findings were judged by; the open hint says so. */
  ruleDate?: string;
}

export const MARKER_FIELD = 'data-icp-field';
export const MARKER_SEVERITY = 'data-icp-severity';
export const MARKER_RULES = 'data-icp-rules';
const HINT_TAG = 'icp-hint';
const LAYER_TAG = 'icp-hint-layer';

interface SavedAria {
  invalid: string | null;
  describedby: string | null;
}

interface FieldMarks {
  field: LocatedField;
  /** Signature of what is drawn: re-render only when it changes. */
  signature: string;
  host?: HTMLElement;
  desc?: HTMLElement;
  descId?: string;
}

export interface Annotator {
  /** Show these findings on these fields. Only fields whose findings changed are touched. */
  update(fields: readonly LocatedField[], findings: readonly Finding[]): void;
  setOptions(options: AnnotateOptions): void;
  /** Move hints next to their controls again (after layout changes, scroll in a container, resize). */
  reposition(): void;
  /** Remove every marker and hint and restore the page's own attributes. */
  clear(): void;
  /** The hint element of a field path, if one is shown (tests, the panel's jump). */
  hintFor(path: string): HTMLElement | undefined;
  /** Whether an element is part of our overlay (the page watcher ignores its mutations). */
  isOwn(node: Node): boolean;
}

const SEVERITY_STYLE: Record<Severity, { icon: string; fg: string; bg: string; border: string }> = {
  error: { icon: '✖', fg: '#8b0000', bg: '#fff0f0', border: '#c62828' },
  warning: { icon: '⚠', fg: '#5c3d00', bg: '#fff7e0', border: '#b26a00' },
  info: { icon: 'ℹ', fg: '#0b3d6b', bg: '#eef5ff', border: '#1565c0' },
};

const HINT_CSS = `
:host{all:initial!important;position:absolute!important;display:block!important;left:var(--icp-left,0)!important;top:var(--icp-top,0)!important;z-index:2147483646!important;pointer-events:none!important}
:host([data-hidden]){display:none!important}
:host([data-open]){z-index:2147483647!important}
:host(:not([data-open])) .item:not(:first-child),:host(:not([data-open])) .fix,:host(:not([data-open])) .why,:host(:not([data-open])) .suggest,:host(:not([data-open])) .more,:host(:not([data-open])) .date{display:none}
:host(:not([data-open])) .msg{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:260px}
:host([data-icon-only]:not([data-open])) .msg{display:none}
:host([data-icon-only]:not([data-open])) .item{padding:2px 5px}
.hint{box-sizing:border-box;width:max-content;max-width:320px;font:12px/1.45 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.18);overflow:hidden}
.item{display:grid;grid-template-columns:auto 1fr;column-gap:6px;padding:5px 8px;border-left:4px solid}
.item+.item{border-top:1px solid rgba(0,0,0,.08)}
.icon{font-size:13px;line-height:1.3}
.sev{font-weight:700;margin-right:4px}
.fix,.why,.suggest{grid-column:2}
.fix{margin-top:2px}
.why{margin-top:2px;opacity:.9}
a.why{pointer-events:auto;color:inherit;text-decoration:underline;cursor:pointer}
.more{padding:3px 8px;background:#fafafa;color:#333}
.date{padding:3px 8px;background:#f4f4f4;color:#222;border-top:1px solid rgba(0,0,0,.08)}
.why a{pointer-events:auto;color:inherit;text-decoration:underline;cursor:pointer}
${(Object.keys(SEVERITY_STYLE) as Severity[])
  .map(
    (s) =>
      `.sev-${s}{color:${SEVERITY_STYLE[s].fg};background:${SEVERITY_STYLE[s].bg};border-left-color:${SEVERITY_STYLE[s].border}}`,
  )
  .join('\n')}
`;

const VISUALLY_HIDDEN =
  'position:absolute!important;width:1px!important;height:1px!important;margin:-1px!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;white-space:nowrap!important;border:0!important';

const MAX_ITEMS = 3;
let descCounter = 0;

function highest(findings: readonly Finding[]): Severity | undefined {
  let best: Severity | undefined;
  for (const f of findings) if (!best || SEVERITY_RANK[f.severity] < SEVERITY_RANK[best]) best = f.severity;
  return best;
}

/** Controls that carry the markers of a field: its form controls, or the static value element. */
function markedElements(field: LocatedField): HTMLElement[] {
  return field.controls.length ? field.controls : [field.anchor];
}

export function createAnnotator(doc: Document, initial: AnnotateOptions): Annotator {
  let options = initial;
  const marks = new Map<string, FieldMarks>();
  const saved = new Map<HTMLElement, SavedAria>();
  /** What we last wrote, so that our own attribute writes are not taken for the page's. */
  const written = new Map<HTMLElement, SavedAria>();
  const fieldElements = new Set<HTMLElement>();
  let layer: HTMLElement | undefined;

  /** The page's own writes under our markers: they become its values to restore; ours stay on top. */
  function absorbPageWrites(records: MutationRecord[]) {
    for (const r of records) {
      const el = r.target as HTMLElement;
      const mine = written.get(el);
      const orig = saved.get(el);
      if (!mine || !orig) continue;
      const now = el.getAttribute(r.attributeName ?? '');
      if (r.attributeName === 'aria-invalid' && now !== mine.invalid) {
        // The page set it itself: that is now its own value; ours goes back on top if we still mark an error.
        orig.invalid = now;
        if (mine.invalid === 'true') writeAttr(el, 'aria-invalid', 'true');
        else mine.invalid = now;
      } else if (r.attributeName === 'aria-describedby' && now !== mine.describedby) {
        const ours = ownDescIds(mine.describedby);
        const theirs = (now ?? '').split(/\s+/).filter((id) => id && !ours.includes(id));
        orig.describedby = now === null && !theirs.length ? null : theirs.join(' ');
        if (ours.length) writeAttr(el, 'aria-describedby', joinIds(orig.describedby, ours));
        else mine.describedby = now;
      }
    }
  }
  const ariaObserver = new MutationObserver(absorbPageWrites);
  /**
   * Records wait for a microtask: a page write in the same task as our update (its change handler, then
   * our check) must be taken as the page's before we read what to restore, or ours would overwrite it.
   */
  function absorbPendingPageWrites() {
    absorbPageWrites(ariaObserver.takeRecords());
  }

  function ownDescIds(value: string | null): string[] {
    return (value ?? '').split(/\s+/).filter((id) => id.startsWith('icp-desc-'));
  }
  function joinIds(base: string | null, ours: string[]): string {
    return [base ?? '', ...ours].filter(Boolean).join(' ');
  }

  function writeAttr(el: HTMLElement, name: 'aria-invalid' | 'aria-describedby', value: string | null) {
    const mine = written.get(el);
    if (mine) {
      if (name === 'aria-invalid') mine.invalid = value;
      else mine.describedby = value;
    }
    if (value === null) el.removeAttribute(name);
    else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }

  function remember(el: HTMLElement) {
    if (saved.has(el)) return;
    const own = { invalid: el.getAttribute('aria-invalid'), describedby: el.getAttribute('aria-describedby') };
    saved.set(el, own);
    written.set(el, { ...own });
    ariaObserver.observe(el, { attributes: true, attributeFilter: ['aria-invalid', 'aria-describedby'] });
  }

  /** Put the page's own aria-invalid / aria-describedby back. */
  function restoreAria(el: HTMLElement) {
    absorbPendingPageWrites();
    const orig = saved.get(el);
    if (!orig) return;
    writeAttr(el, 'aria-invalid', orig.invalid);
    writeAttr(el, 'aria-describedby', orig.describedby);
  }

  function ensureLayer(): HTMLElement {
    if (layer?.isConnected) return layer;
    layer = doc.createElement(LAYER_TAG);
    layer.setAttribute(OWN_UI_ATTR, '');
    layer.style.cssText =
      'all:initial!important;position:absolute!important;left:0!important;top:0!important;width:0!important;height:0!important;overflow:visible!important;z-index:2147483646!important;pointer-events:none!important';
    (doc.body ?? doc.documentElement).appendChild(layer);
    for (const m of marks.values()) {
      if (m.host) layer.appendChild(m.host);
      if (m.desc) layer.appendChild(m.desc);
    }
    return layer;
  }

  function hintText(findings: readonly Finding[]): string {
    const lang = options.lang;
    const text = findings
      .map((f) => {
        const parts = [`${severityLabel(lang, f.severity)}：${pick(f.message, lang)}`];
        if (f.fix) parts.push(`${t(lang, 'fixPrefix')}${pick(f.fix, lang)}`);
        const sources = readableSources(f, lang);
        if (sources.length) parts.push(`${t(lang, 'sourcePrefix')}${sources.map((x) => x.text).join('；')}`);
        return parts.join(' ');
      })
      .join('；');
    return options.ruleDate ? `${text} ${t(lang, 'checkedBy', { date: options.ruleDate })}` : text;
  }

  function renderHint(host: HTMLElement, findings: readonly Finding[]) {
    const lang = options.lang;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    root.replaceChildren();
    const style = doc.createElement('style');
    style.textContent = HINT_CSS;
    const box = doc.createElement('div');
    box.className = 'hint';
    box.setAttribute('aria-hidden', 'true');
    box.setAttribute('part', 'hint');
    for (const f of findings.slice(0, MAX_ITEMS)) {
      const item = doc.createElement('div');
      item.className = `item sev-${f.severity}`;
      item.setAttribute('data-rule', f.rule);
      item.setAttribute('data-severity', f.severity);
      const icon = doc.createElement('span');
      icon.className = 'icon';
      icon.textContent = SEVERITY_STYLE[f.severity].icon;
      const msg = doc.createElement('div');
      msg.className = 'msg';
      const sev = doc.createElement('span');
      sev.className = 'sev';
      sev.textContent = severityLabel(lang, f.severity);
      msg.append(sev, doc.createTextNode(pick(f.message, lang)));
      item.append(icon, msg);
      if (f.fix) {
        const fix = doc.createElement('div');
        fix.className = 'fix';
        fix.textContent = `${t(lang, 'fixPrefix')}${pick(f.fix, lang)}`;
        item.append(fix);
      }
      if (f.suggestion) {
        const s = doc.createElement('div');
        s.className = 'suggest';
        s.textContent = `${t(lang, 'suggestion')}${f.suggestion}`;
        item.append(s);
      }
      // Each source as a citation a person can follow: title — publisher, date, with its link.
      const sources = readableSources(f, lang);
      if (sources.length) {
        const why = doc.createElement('div');
        why.className = 'why';
        why.append(doc.createTextNode(t(lang, 'sourcePrefix')));
        sources.forEach((src, i) => {
          if (i > 0) why.append(doc.createTextNode('；'));
          if (src.url) {
            const a = doc.createElement('a');
            a.href = src.url;
            a.target = '_blank';
            a.rel = 'noopener noreferrer';
            a.tabIndex = -1;
            a.textContent = src.text;
            why.append(a);
          } else why.append(doc.createTextNode(src.text));
        });
        item.append(why);
      }
      box.append(item);
    }
    if (findings.length > MAX_ITEMS) {
      const more = doc.createElement('div');
      more.className = 'more';
      more.textContent = t(lang, 'moreFindings', { n: findings.length - MAX_ITEMS });
      box.append(more);
    }
    if (options.ruleDate) {
      const date = doc.createElement('div');
      date.className = 'date';
      date.setAttribute('data-rule-date', options.ruleDate);
      date.textContent = t(lang, 'checkedBy', { date: options.ruleDate });
      box.append(date);
    }
    root.append(style, box);
  }

  function visibleFindings(findings: readonly Finding[]): Finding[] {
    const limit = SEVERITY_RANK[options.minSeverity];
    return findings.filter((f) => SEVERITY_RANK[f.severity] <= limit);
  }

  function signatureOf(field: LocatedField, all: readonly Finding[], shown: readonly Finding[]): string {
    const ids = all.map((f) => `${f.rule}:${f.severity}`).join(',');
    const text = shown
      .map(
        (f) =>
          `${f.rule}|${pick(f.message, options.lang)}|${f.fix ? pick(f.fix, options.lang) : ''}|${f.suggestion ?? ''}`,
      )
      .join('\n');
    return `${field.controls.length}#${ids}#${options.lang}#${options.ruleDate ?? ''}#${text}`;
  }

  function unmark(m: FieldMarks) {
    for (const el of markedElements(m.field)) {
      el.removeAttribute(MARKER_SEVERITY);
      el.removeAttribute(MARKER_RULES);
      restoreAria(el);
    }
    m.host?.remove();
    m.desc?.remove();
    m.host = undefined;
    m.desc = undefined;
    m.descId = undefined;
  }

  function apply(field: LocatedField, all: readonly Finding[], shown: readonly Finding[], m: FieldMarks) {
    const els = markedElements(field);
    const top = highest(all);
    const rules = [...new Set(all.map((f) => f.rule))].join(' ');
    const isControl = field.controls.length > 0;

    if (shown.length) {
      const l = ensureLayer();
      if (!m.host) {
        m.host = doc.createElement(HINT_TAG);
        m.host.setAttribute(OWN_UI_ATTR, '');
        m.host.setAttribute('data-icp-hint-for', field.path);
        m.host.setAttribute('data-hidden', '');
        const active = doc.activeElement as HTMLElement | null;
        if (active && (field.controls.includes(active) || field.anchor === active))
          m.host.setAttribute('data-open', '');
        l.appendChild(m.host);
      }
      if (!m.desc) {
        m.descId = `icp-desc-${++descCounter}`;
        m.desc = doc.createElement('span');
        m.desc.id = m.descId;
        m.desc.setAttribute(OWN_UI_ATTR, '');
        m.desc.setAttribute('aria-hidden', 'true');
        m.desc.style.cssText = VISUALLY_HIDDEN;
        l.appendChild(m.desc);
      }
      m.host.setAttribute('data-icp-severity', highest(shown) ?? 'info');
      renderHint(m.host, shown);
      m.desc.textContent = hintText(shown);
    } else {
      m.host?.remove();
      m.desc?.remove();
      m.host = undefined;
      m.desc = undefined;
      m.descId = undefined;
    }

    for (const el of els) {
      if (!top) {
        el.removeAttribute(MARKER_SEVERITY);
        el.removeAttribute(MARKER_RULES);
        restoreAria(el);
        continue;
      }
      el.setAttribute(MARKER_SEVERITY, top);
      el.setAttribute(MARKER_RULES, rules);
      if (!isControl) continue; // a static value is no form control: no ARIA state on it
      remember(el);
      absorbPendingPageWrites();
      const orig = saved.get(el) as SavedAria;
      writeAttr(el, 'aria-invalid', all.some((f) => f.severity === 'error') ? 'true' : orig.invalid);
      writeAttr(el, 'aria-describedby', m.descId ? joinIds(orig.describedby, [m.descId]) : orig.describedby);
    }
  }

  /**
   * The control's box, widened over what follows it on the same line in its container (a 获取验证码
   * button, a unit, a hint): the hint goes after those, not over them.
   */
  function lineRect(anchor: HTMLElement): DOMRect {
    const rect = anchor.getBoundingClientRect();
    let right = rect.right;
    let sib = anchor.nextElementSibling;
    for (let n = 0; sib && n < 3; n++, sib = sib.nextElementSibling) {
      if (sib.hasAttribute(OWN_UI_ATTR)) continue;
      const r = sib.getBoundingClientRect();
      if (r.width === 0 || Math.abs(r.top - rect.top) > rect.height / 2 + 2) break;
      right = Math.max(right, r.right);
    }
    return new DOMRect(rect.left, rect.top, right - rect.left, rect.height);
  }

  /**
   * Where a hint goes (page coordinates of the layer). A hint is one line beside its control until the
   * control has focus; then it opens with the fix and the source. A closed hint never goes under its
   * control, where it would cover the next field: with no room on the right it shrinks to its icon at
   * the control's right edge. An open hint goes right of the control, or under it when there is no room.
   */
  function placement(
    rect: DOMRect,
    layerRect: DOMRect,
    viewportWidth: number,
    open: boolean,
  ): { left: number; top: number; iconOnly: boolean } {
    const room = viewportWidth - rect.right >= 240;
    let left = rect.right + 8;
    let top = rect.top;
    let iconOnly = false;
    if (!room && open) {
      left = rect.left;
      top = rect.bottom + 4;
    } else if (!room) {
      left = Math.max(rect.left, rect.right - 26);
      top = rect.top + Math.max(0, (rect.height - 22) / 2);
      iconOnly = true;
    }
    return { left: Math.round(left - layerRect.left), top: Math.round(top - layerRect.top), iconOnly };
  }

  /** Open the hint of the field whose control has focus; close the others. */
  function onFocusChange() {
    const active = doc.activeElement as HTMLElement | null;
    const changed: FieldMarks[] = [];
    for (const m of marks.values()) {
      if (!m.host) continue;
      const open = !!active && (m.field.controls.includes(active) || m.field.anchor === active);
      if (open !== m.host.hasAttribute('data-open')) {
        changed.push(m);
        if (open) m.host.setAttribute('data-open', '');
        else m.host.removeAttribute('data-open');
      }
    }
    if (changed.length) scheduleReposition(changed);
  }
  doc.addEventListener('focusin', onFocusChange, { capture: true, passive: true });
  doc.addEventListener('focusout', () => setTimeout(onFocusChange, 0), { capture: true, passive: true });

  let frame: number | undefined;
  /**
   * Place hints in the next animation frame, with the browser's own layout, instead of forcing a
   * synchronous layout right after our writes. New hints stay hidden until placed, so none flashes at
   * the page's top-left corner.
   */
  // Hints whose content changed are placed; the others keep their place (our overlay shifts nothing).
  // A full pass comes from the watcher when the page itself changes shape, and on focus changes.
  let pendingPlace: Set<FieldMarks> | 'all' = new Set();
  function scheduleReposition(only?: FieldMarks[]) {
    if (pendingPlace !== 'all') {
      if (only) for (const m of only) pendingPlace.add(m);
      else pendingPlace = 'all';
    }
    if (frame !== undefined) return;
    const win = doc.defaultView;
    const raf = win?.requestAnimationFrame?.bind(win) ?? ((cb: FrameRequestCallback) => setTimeout(() => cb(0), 16));
    frame = raf(() => {
      frame = undefined;
      const which = pendingPlace;
      pendingPlace = new Set();
      place(which === 'all' ? undefined : [...which]);
    }) as number;
  }

  function place(only?: FieldMarks[]) {
    if (!layer) return;
    // All reads first, then all writes: one layout per pass, never interleaved with our writes.
    const layerRect = layer.getBoundingClientRect();
    const width = doc.documentElement.clientWidth || doc.defaultView?.innerWidth || 1024;
    const shown = (only ?? [...marks.values()]).filter((m) => m.host && marks.get(m.field.path) === m);

    const rects = shown.map((m) => (m.field.anchor.isConnected ? lineRect(m.field.anchor) : undefined));
    shown.forEach((m, i) => {
      const host = m.host as HTMLElement;
      const rect = rects[i];
      if (!rect || (rect.width === 0 && rect.height === 0)) {
        // The control is hidden (another wizard step, a collapsed block): so is its hint.
        host.setAttribute('data-hidden', '');
        return;
      }
      host.removeAttribute('data-hidden');
      const { left, top, iconOnly } = placement(rect, layerRect, width, host.hasAttribute('data-open'));
      if (iconOnly) host.setAttribute('data-icon-only', '');
      else host.removeAttribute('data-icon-only');
      // Custom properties: `all: initial` on :host (which keeps page CSS out) does not reset them.
      host.style.setProperty('--icp-left', `${left}px`);
      host.style.setProperty('--icp-top', `${top}px`);
    });
  }

  const annotator: Annotator = {
    update(fields, findings) {
      const byPath = new Map<string, Finding[]>();
      for (const f of findings) {
        const list = byPath.get(f.field);
        if (list) list.push(f);
        else byPath.set(f.field, [f]);
      }
      const present = new Set<string>();
      const newElements = new Set<HTMLElement>();
      const changed: FieldMarks[] = [];
      for (const field of fields) {
        present.add(field.path);
        for (const el of markedElements(field)) {
          newElements.add(el);
          if (el.getAttribute(MARKER_FIELD) !== field.path) el.setAttribute(MARKER_FIELD, field.path);
        }
        // A control that fills several paths (a cascader, a tag select) shows the findings of each.
        const all = field.paths ? field.paths.flatMap((p) => byPath.get(p) ?? []) : (byPath.get(field.path) ?? []);
        const shown = visibleFindings(all);
        let m = marks.get(field.path);
        if (m && m.field.anchor !== field.anchor) {
          // The page re-rendered the field: drop what hung on the old elements.
          unmark(m);
          m = undefined;
        }
        const signature = signatureOf(field, all, shown);
        if (m && m.signature === signature && m.field === field) continue;
        if (!m) {
          m = { field, signature: '' };
          marks.set(field.path, m);
        }
        m.field = field;
        if (m.signature !== signature) {
          apply(field, all, shown, m);
          m.signature = signature;
          changed.push(m);
        }
      }
      for (const [path, m] of marks) {
        if (present.has(path)) continue;
        unmark(m);
        marks.delete(path);
      }
      for (const el of fieldElements) {
        if (newElements.has(el)) continue;
        el.removeAttribute(MARKER_FIELD);
        el.removeAttribute(MARKER_SEVERITY);
        el.removeAttribute(MARKER_RULES);
        restoreAria(el);
      }
      fieldElements.clear();
      for (const el of newElements) fieldElements.add(el);
      const placed = changed.filter((m) => m.host);
      if (placed.length) scheduleReposition(placed);
    },
    setOptions(next) {
      options = next;
    },
    reposition() {
      place();
    },
    clear() {
      for (const m of marks.values()) unmark(m);
      marks.clear();
      for (const el of fieldElements) {
        el.removeAttribute(MARKER_FIELD);
        el.removeAttribute(MARKER_SEVERITY);
        el.removeAttribute(MARKER_RULES);
      }
      for (const el of saved.keys()) restoreAria(el);
      ariaObserver.disconnect();
      saved.clear();
      written.clear();
      fieldElements.clear();
      layer?.remove();
      layer = undefined;
    },
    hintFor(path) {
      return marks.get(path)?.host;
    },
    isOwn(node) {
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      return !!el && (el === layer || !!layer?.contains(el) || el.hasAttribute(OWN_UI_ATTR));
    },
  };
  return annotator;
}
