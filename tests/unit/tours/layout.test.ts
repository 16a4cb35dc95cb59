import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coversAnchor, coversAny, intersects, place, type Rect } from '../../../simulator/pages/tour-player/layout';

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

  it('never covers the extension hint opened under the field, even when the row would be the only free side', () => {
    // A wide field near the right edge: the open hint goes under it (extension/page/annotate.ts placement).
    const field: Rect = { x: 420, y: 380, w: 760, h: 32 };
    const hint: Rect = { x: 420, y: 416, w: 420, h: 120 };
    const p = place(field, { w: 600, h: 320 }, viewport, undefined, undefined, { avoid: [hint] });
    expect(p.overlap).toBe(false);
    expect(coversAny(p, [field, hint])).toBe(false);
  });

  it('keeps the step list below the page header', () => {
    const field: Rect = { x: 300, y: 300, w: 300, h: 32 };
    const p = place(field, card, viewport, 260, undefined, { listTop: 64 });
    expect(p.list?.y).toBe(64);
    expect(p.list && p.list.y + p.list.h).toBeLessThanOrEqual(viewport.h);
  });

  it('property: neither the element nor its hints are covered, in normal and presenter sizes at 1280 and 1920', () => {
    fc.assert(
      fc.property(
        fc.constantFrom({ w: 1280, h: 900 }, { w: 1920, h: 1080 }),
        fc.constantFrom({ w: 410, h: 300 }, { w: 600, h: 460 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 60, max: 700 }),
        fc.integer({ min: 40, max: 420 }),
        fc.boolean(),
        fc.boolean(),
        (vp, size, x, y, w, below, list) => {
          const field: Rect = { x: Math.min(x, vp.w - w - 20), y, w, h: 32 };
          // Closed: one line right of the field; open: under it (both as the extension draws them).
          const hint: Rect = below
            ? { x: field.x, y: field.y + field.h + 4, w: 360, h: 130 }
            : { x: field.x + field.w + 8, y: field.y, w: 240, h: 24 };
          const p = place(field, size, vp, list ? 260 : undefined, undefined, { avoid: [hint], listTop: 60 });
          expect(p.overlap).toBe(false);
          expect(coversAny(p, [field, hint])).toBe(false);
          expect(p.card.x).toBeGreaterThanOrEqual(0);
          expect(p.card.y).toBeGreaterThanOrEqual(0);
          expect(p.card.x + p.card.w).toBeLessThanOrEqual(vp.w);
          expect(p.card.y + p.card.h).toBeLessThanOrEqual(vp.h);
        },
      ),
      { numRuns: 500 },
    );
  });
});
