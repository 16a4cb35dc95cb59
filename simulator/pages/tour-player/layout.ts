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

/**
 * @param anchor the element's rectangle in viewport coordinates (undefined: the step points at nothing)
 * @param card the card's size
 * @param listWidth the step list's width when it is open
 * @param context a larger area worth keeping clear when possible (the field's label and hints)
 */
export function place(
  anchor: Rect | undefined,
  card: { w: number; h: number },
  viewport: { w: number; h: number },
  listWidth?: number,
  context?: Rect,
  margin = 12,
): Placement {
  const ring = anchor ? inflate(anchor, 6) : undefined;
  // The step list docks to a side edge that the element does not reach.
  let list: Rect | undefined;
  let area = { x0: 0, x1: viewport.w };
  if (listWidth) {
    const top = 8;
    const h = viewport.h - 16;
    const right: Rect = { x: viewport.w - listWidth - 8, y: top, w: listWidth, h };
    const left: Rect = { x: 8, y: top, w: listWidth, h };
    if (!ring || !intersects(right, ring)) {
      list = right;
      area = { x0: 0, x1: right.x };
    } else if (!intersects(left, ring)) {
      list = left;
      area = { x0: left.x + left.w, x1: viewport.w };
    }
  }
  const w = Math.min(card.w, area.x1 - area.x0 - 2 * margin);
  const h = card.h;
  const withList = list ? { list } : {};
  if (!ring) {
    return {
      card: { x: area.x1 - w - margin, y: viewport.h - h - margin, w, h },
      ...withList,
      side: 'free',
      overlap: false,
    };
  }
  const fits = (r: Rect) =>
    r.x >= area.x0 + margin && r.x + r.w <= area.x1 - margin && r.y >= margin && r.y + r.h <= viewport.h - margin;
  const ys = (top: number) => clamp(top, margin, viewport.h - h - margin);
  const xs = (left: number) => clamp(left, area.x0 + margin, area.x1 - w - margin);
  const around = (avoid: Rect): [Placement['side'], Rect][] => [
    ['right', { x: avoid.x + avoid.w + margin, y: ys(avoid.y), w, h }],
    ['left', { x: avoid.x - margin - w, y: ys(avoid.y), w, h }],
    ['below', { x: xs(ring.x), y: avoid.y + avoid.h + margin, w, h }],
    ['above', { x: xs(ring.x), y: avoid.y - margin - h, w, h }],
  ];
  const corners: [Placement['side'], Rect][] = [
    ['corner', { x: area.x1 - w - margin, y: viewport.h - h - margin, w, h }],
    ['corner', { x: area.x1 - w - margin, y: margin, w, h }],
    ['corner', { x: area.x0 + margin, y: viewport.h - h - margin, w, h }],
    ['corner', { x: area.x0 + margin, y: margin, w, h }],
  ];
  // First keep the label and hints clear too; failing that, at least the element itself.
  const wide = context ? inflate(context, 4) : undefined;
  if (wide) {
    for (const [side, r] of [...around(wide), ...corners]) {
      if (fits(r) && !intersects(r, wide) && !intersects(r, ring))
        return { card: r, ...withList, side, overlap: false };
    }
  }
  for (const [side, r] of [...around(ring), ...corners]) {
    if (fits(r) && !intersects(r, ring)) return { card: r, ...withList, side, overlap: false };
  }
  // No room beside a docked step list: hide the list for this step rather than cover the element.
  if (listWidth) return place(anchor, card, viewport, undefined, context, margin);
  // Nowhere free (a huge element or a tiny window): the corner that covers least of it.
  let best = corners[0]?.[1] as Rect;
  let bestArea = Number.POSITIVE_INFINITY;
  for (const [, r] of corners) {
    const ix = Math.max(0, Math.min(r.x + r.w, ring.x + ring.w) - Math.max(r.x, ring.x));
    const iy = Math.max(0, Math.min(r.y + r.h, ring.y + ring.h) - Math.max(r.y, ring.y));
    if (ix * iy < bestArea) {
      bestArea = ix * iy;
      best = r;
    }
  }
  return { card: best, ...withList, side: 'corner', overlap: bestArea > 0 };
}

/** Whether a placement leaves the element fully visible (card and list both clear of it). */
export function coversAnchor(p: Placement, anchor: Rect | undefined): boolean {
  if (!anchor) return false;
  return intersects(p.card, anchor) || (p.list !== undefined && intersects(p.list, anchor));
}
