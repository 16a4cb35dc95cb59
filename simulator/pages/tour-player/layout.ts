/**
 * Where the callout card and the step list go (pure geometry, unit-tested): beside, below or above
 * the element the step explains, never over it (issue 6 item 3), inside the viewport.
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Placement {
  card: Rect;
  /** The step list, docked to the left or right edge; undefined when closed or when it would leave no room. */
  list?: Rect;
  side: 'right' | 'left' | 'below' | 'above' | 'corner' | 'free';
  /** The card or the list covers part of the element (only when no free place exists). */
  overlap: boolean;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function inflate(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, w: r.w + 2 * by, h: r.h + 2 * by };
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

function overlapArea(a: Rect, b: Rect): number {
  const ix = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  return ix * iy;
}

function gap(a: Rect, b: Rect): number {
  const dx = Math.max(0, a.x - (b.x + b.w), b.x - (a.x + a.w));
  const dy = Math.max(0, a.y - (b.y + b.h), b.y - (a.y + a.h));
  return Math.hypot(dx, dy);
}

export interface PlaceOptions {
  margin?: number;
  /**
   * Other things the card and the list must never cover, like the element itself: the extension's
   * hints for the field (issue 16: the lesson is the field and what the extension says about it).
   */
  avoid?: readonly Rect[];
  /** Where the docked step list starts from the top (below the page's header). */
  listTop?: number;
}

/** Grid step of the last-resort search for a free place. */
const SCAN_STEP = 16;

/**
 * @param anchor the element's rectangle in viewport coordinates (undefined: the step points at nothing)
 * @param card the card's size
 * @param listWidth the step list's width when it is open
 * @param context a larger area worth keeping clear when possible (the field's label and row)
 */
export function place(
  anchor: Rect | undefined,
  card: { w: number; h: number },
  viewport: { w: number; h: number },
  listWidth?: number,
  context?: Rect,
  options: PlaceOptions = {},
): Placement {
  // A cramped spot (a big presenter card beside an open hint): a narrower card, then a shorter one
  // that scrolls, rather than one over the lesson.
  const sizes = [
    card,
    { w: Math.max(MIN_CARD.w, Math.round(card.w * 0.75)), h: card.h },
    { w: card.w, h: Math.max(MIN_CARD.h, Math.round(card.h * 0.65)) },
    { w: Math.max(MIN_CARD.w, Math.round(card.w * 0.75)), h: Math.max(MIN_CARD.h, Math.round(card.h * 0.65)) },
  ];
  let first: Placement | undefined;
  for (const size of sizes) {
    const p = placeSized(anchor, size, viewport, listWidth, context, options);
    if (!p.overlap) return p;
    first ??= p;
  }
  return first as Placement;
}

/** The smallest card worth reading: narrower or shorter ones scroll. */
const MIN_CARD = { w: 360, h: 220 };

function placeSized(
  anchor: Rect | undefined,
  card: { w: number; h: number },
  viewport: { w: number; h: number },
  listWidth?: number,
  context?: Rect,
  options: PlaceOptions = {},
): Placement {
  const margin = options.margin ?? 12;
  const ring = anchor ? inflate(anchor, 6) : undefined;
  // Everything that must stay visible: the ringed element and the hints about it.
  const hard: Rect[] = [...(ring ? [ring] : []), ...(options.avoid ?? []).map((r) => inflate(r, 4))];
  const clearOfHard = (r: Rect) => !hard.some((h) => intersects(r, h));
  // The step list docks to a side edge that reaches none of it.
  let list: Rect | undefined;
  let area = { x0: 0, x1: viewport.w };
  if (listWidth) {
    const top = Math.max(8, Math.min(options.listTop ?? 8, viewport.h / 2));
    const h = viewport.h - top - 8;
    const right: Rect = { x: viewport.w - listWidth - 8, y: top, w: listWidth, h };
    const left: Rect = { x: 8, y: top, w: listWidth, h };
    if (clearOfHard(right)) {
      list = right;
      area = { x0: 0, x1: right.x };
    } else if (clearOfHard(left)) {
      list = left;
      area = { x0: left.x + left.w, x1: viewport.w };
    }
  }
  const w = Math.min(card.w, area.x1 - area.x0 - 2 * margin);
  const h = Math.min(card.h, viewport.h - 2 * margin);
  const withList = list ? { list } : {};
  if (!ring) {
    const free = { card: { x: area.x1 - w - margin, y: viewport.h - h - margin, w, h }, ...withList };
    if (clearOfHard(free.card)) return { ...free, side: 'free', overlap: false };
  }
  const fits = (r: Rect) =>
    r.x >= area.x0 + margin && r.x + r.w <= area.x1 - margin && r.y >= margin && r.y + r.h <= viewport.h - margin;
  const ys = (top: number) => clamp(top, margin, viewport.h - h - margin);
  const xs = (left: number) => clamp(left, area.x0 + margin, area.x1 - w - margin);
  const focus = ring ?? hard[0] ?? { x: viewport.w / 2, y: viewport.h / 2, w: 0, h: 0 };
  const around = (avoid: Rect): [Placement['side'], Rect][] => [
    ['right', { x: avoid.x + avoid.w + margin, y: ys(avoid.y), w, h }],
    ['left', { x: avoid.x - margin - w, y: ys(avoid.y), w, h }],
    ['below', { x: xs(focus.x), y: avoid.y + avoid.h + margin, w, h }],
    ['above', { x: xs(focus.x), y: avoid.y - margin - h, w, h }],
  ];
  const corners: [Placement['side'], Rect][] = [
    ['corner', { x: area.x1 - w - margin, y: viewport.h - h - margin, w, h }],
    ['corner', { x: area.x1 - w - margin, y: margin, w, h }],
    ['corner', { x: area.x0 + margin, y: viewport.h - h - margin, w, h }],
    ['corner', { x: area.x0 + margin, y: margin, w, h }],
  ];
  const all = hard.length ? hard.reduce(union) : focus;
  // First keep the label and row clear too; failing that, the element and its hints.
  const wide = context ? inflate(union(context, all), 4) : undefined;
  if (wide) {
    for (const [side, r] of [...around(wide), ...corners]) {
      if (fits(r) && !intersects(r, wide) && clearOfHard(r)) return { card: r, ...withList, side, overlap: false };
    }
  }
  for (const [side, r] of [...around(all), ...(ring ? around(ring) : []), ...corners]) {
    if (fits(r) && clearOfHard(r)) return { card: r, ...withList, side, overlap: false };
  }
  // Any free place at all, nearest to the element (e.g. between the field and a hint below it).
  let nearest: Rect | undefined;
  let nearestGap = Number.POSITIVE_INFINITY;
  for (let y = margin; y + h <= viewport.h - margin; y += SCAN_STEP) {
    for (let x = area.x0 + margin; x + w <= area.x1 - margin; x += SCAN_STEP) {
      const r = { x, y, w, h };
      if (!clearOfHard(r)) continue;
      const g = gap(r, focus);
      if (g < nearestGap) {
        nearestGap = g;
        nearest = r;
      }
    }
  }
  if (nearest) return { card: nearest, ...withList, side: 'free', overlap: false };
  // No room beside a docked step list: hide the list for this step rather than cover the element.
  if (listWidth) return placeSized(anchor, card, viewport, undefined, context, options);
  // Nowhere free (a huge element or a tiny window): the corner that covers least of it.
  let best = corners[0]?.[1] as Rect;
  let bestArea = Number.POSITIVE_INFINITY;
  for (const [, r] of corners) {
    const covered = hard.reduce((sum, x) => sum + overlapArea(r, x), 0);
    if (covered < bestArea) {
      bestArea = covered;
      best = r;
    }
  }
  return { card: best, ...withList, side: 'corner', overlap: bestArea > 0 };
}

/** Whether a placement covers any of these rectangles (the element, its hints) with the card or the list. */
export function coversAny(p: Pick<Placement, 'card' | 'list'>, rects: readonly (Rect | undefined)[]): boolean {
  return rects.some(
    (r) => r !== undefined && (intersects(p.card, r) || (p.list !== undefined && intersects(p.list, r))),
  );
}

/** Whether a placement leaves the element fully visible (card and list both clear of it). */
export function coversAnchor(p: Pick<Placement, 'card' | 'list'>, anchor: Rect | undefined): boolean {
  return coversAny(p, [anchor]);
}
