/**
 * Where things are drawn: the rectangles of the step's element (with its label and context), of the
 * extension's hints for it and of the page header, kept current while the page moves.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ringTarget } from './dom';
import { hintHosts } from './hints';
import type { Rect } from './layout';

export function rectOf(el: Element | null): Rect | undefined {
  if (!el?.isConnected) return undefined;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return undefined;
  return { x: r.left, y: r.top, w: r.width, h: r.height };
}

export function sameRect(a: Rect | undefined, b: Rect | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.w - b.w) < 0.5 && Math.abs(a.h - b.h) < 0.5
  );
}

export function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

/** What a row actually shows: its text and controls, not the empty width of its block boxes. */
export function contentRect(holder: Element): Rect | undefined {
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
export function contextRect(el: Element): Rect | undefined {
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
export function hintRects(el: Element | null): Rect[] {
  return hintHosts(el).flatMap((h) => rectOf(h) ?? []);
}

/** The bottom of the page's own header, which the step list stays below. */
export function headerBottom(): number {
  const header = document.querySelector('header, [role="banner"]');
  const r = header ? rectOf(header) : undefined;
  return r && r.y < 200 ? Math.max(0, r.y + r.h) + 8 : 8;
}

export interface AnchorRects {
  rect?: Rect;
  context?: Rect;
  hints: Rect[];
  headerBottom: number;
}

export const sameRects = (a: readonly Rect[], b: readonly Rect[]) =>
  a.length === b.length && a.every((r, i) => sameRect(r, b[i]));

/** The step's element, its context and its hints, followed while the page scrolls, resizes or re-renders. */
export function useAnchorRects(el: Element | null): AnchorRects {
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
