import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coversAnchor, intersects, place, type Rect } from '../../../simulator/pages/tour-player/layout';

const viewport = { w: 1280, h: 900 };
const card = { w: 410, h: 260 };

describe('callout placement (issue 6 item 3: the overlay never hides the field it explains)', () => {
  it('puts the card beside a field that has room on its right', () => {
    const field: Rect = { x: 417, y: 300, w: 360, h: 32 };
    const p = place(field, card, viewport);
    expect(p.side).toBe('right');
    expect(intersects(p.card, field)).toBe(false);
  });

  it('keeps the field row (label and page hints) clear when it can, going below a full-width row', () => {
    const field: Rect = { x: 560, y: 200, w: 420, h: 32 };
    const row: Rect = { x: 235, y: 195, w: 1020, h: 60 };
    const p = place(field, card, viewport, undefined, row);
    expect(intersects(p.card, row)).toBe(false);
    expect(p.side).toBe('below');
  });

  it('falls back to keeping only the field clear when the row leaves no room', () => {
    const field: Rect = { x: 560, y: 420, w: 420, h: 32 };
    const row: Rect = { x: 0, y: 20, w: 1280, h: 860 };
    const p = place(field, card, viewport, undefined, row);
    expect(p.overlap).toBe(false);
    expect(intersects(p.card, field)).toBe(false);
  });

  it('docks the step list on a side the field does not reach, and keeps the card off it', () => {
    const field: Rect = { x: 1100, y: 300, w: 150, h: 32 };
    const p = place(field, card, viewport, 260);
    expect(p.list?.x).toBe(8);
    expect(p.list && intersects(p.list, field)).toBe(false);
    expect(p.list && intersects(p.list, p.card)).toBe(false);
  });

  it('hides the step list for a step whose element leaves no room beside it (found by the property below)', () => {
    const field: Rect = { x: 171, y: 165, w: 414, h: 300 };
    const p = place(field, { w: 410, h: 418 }, viewport, 260);
    expect(p.list).toBeUndefined();
    expect(coversAnchor(p, field)).toBe(false);
  });

  it('without an element, sits in the bottom-right corner', () => {
    const p = place(undefined, card, viewport);
    expect(p.card.x + p.card.w).toBeLessThanOrEqual(viewport.w);
    expect(p.card.y + p.card.h).toBeLessThanOrEqual(viewport.h);
    expect(p.side).toBe('free');
  });

  it('property: any element up to a third of the screen is never covered, by the card or the list', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1200 }),
        fc.integer({ min: 0, max: 860 }),
        fc.integer({ min: 8, max: 420 }),
        fc.integer({ min: 8, max: 300 }),
        fc.boolean(),
        fc.integer({ min: 120, max: 420 }),
        (x, y, w, h, list, cardH) => {
          const field: Rect = { x: Math.min(x, 1280 - w), y: Math.min(y, 900 - h), w, h };
          const p = place(field, { w: 410, h: cardH }, viewport, list ? 260 : undefined);
          expect(p.overlap).toBe(false);
          expect(coversAnchor(p, field)).toBe(false);
          // Always fully on screen.
          expect(p.card.x).toBeGreaterThanOrEqual(0);
          expect(p.card.y).toBeGreaterThanOrEqual(0);
          expect(p.card.x + p.card.w).toBeLessThanOrEqual(viewport.w);
          expect(p.card.y + p.card.h).toBeLessThanOrEqual(viewport.h);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
