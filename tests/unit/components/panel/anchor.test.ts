/**
 * Where the floating card goes (components/panel/anchor.ts placeCard): beside
 * the composer when there is room, under it (or over it) otherwise, never
 * over the composer's own box, hidden when the composer is out of sight.
 */
import { describe, expect, test } from 'vitest';
import { GAP, MAX_WIDTH, MIN_SIDE_WIDTH, placeCard, type Rect } from '../../../../components/panel/anchor';

function rect(left: number, top: number, width: number, height: number): Rect {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

/** The card's box as drawn, for overlap checks (above: bottom-anchored with its full max height). */
function cardBox(p: ReturnType<typeof placeCard>, vh: number): Rect {
  if (p.side === 'above') return rect(p.left, vh - p.top - p.maxHeight, p.width, p.maxHeight);
  return rect(p.left, p.top, p.width, p.maxHeight);
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('placeCard', () => {
  test('home box at 1280 px: beside the composer, level with its top, capped width', () => {
    const composer = rect(352, 60, 520, 110);
    const p = placeCard(composer, { width: 1280, height: 800 });
    expect(p).toMatchObject({ side: 'right', left: composer.right + GAP, top: 60 });
    expect(p.width).toBe(MAX_WIDTH);
    expect(overlaps(cardBox(p, 800), composer)).toBe(false);
  });

  test('no room beside (700 px): under the composer, as wide as it, never over it', () => {
    const composer = rect(142, 60, 536, 110);
    const p = placeCard(composer, { width: 700, height: 800 });
    expect(p.side).toBe('below');
    expect(p.top).toBe(composer.bottom + GAP);
    expect(p.left).toBe(142);
    expect(p.width).toBe(536);
    expect(p.maxHeight).toBe(800 - composer.bottom - GAP - 8);
    expect(overlaps(cardBox(p, 800), composer)).toBe(false);
  });

  test('a composer near the bottom of a short window: the card goes above, bottom-anchored', () => {
    const composer = rect(10, 500, 580, 200);
    const p = placeCard(composer, { width: 600, height: 720 });
    expect(p.side).toBe('above');
    expect(p.top).toBe(720 - 500 + GAP);
    expect(overlaps(cardBox(p, 720), composer)).toBe(false);
  });

  test('beside needs at least MIN_SIDE_WIDTH', () => {
    const vw = 1000;
    const justEnough = rect(100, 50, vw - 100 - GAP - 8 - MIN_SIDE_WIDTH, 100);
    expect(placeCard(justEnough, { width: vw, height: 800 }).side).toBe('right');
    const tooWide = rect(100, 50, justEnough.width + 1, 100);
    expect(placeCard(tooWide, { width: vw, height: 800 }).side).toBe('below');
  });

  test('scrolled half out of the top: the card stays in the window', () => {
    const p = placeCard(rect(352, -80, 520, 150), { width: 1280, height: 800 });
    expect(p.side).toBe('right');
    expect(p.top).toBe(8);
  });

  test('out of sight or not laid out: hidden', () => {
    expect(placeCard(rect(352, -300, 520, 150), { width: 1280, height: 800 }).side).toBe('hidden');
    expect(placeCard(rect(352, 900, 520, 150), { width: 1280, height: 800 }).side).toBe('hidden');
    expect(placeCard(rect(0, 0, 0, 0), { width: 1280, height: 800 }).side).toBe('hidden');
  });

  test('any composer box in any window: the card never overlaps it', () => {
    for (let i = 0; i < 2000; i++) {
      const vw = 320 + ((i * 97) % 1600);
      const vh = 400 + ((i * 53) % 800);
      const left = (i * 31) % vw;
      const top = ((i * 17) % (vh + 200)) - 100;
      const composer = rect(left, top, 40 + ((i * 13) % vw), 40 + ((i * 7) % 400));
      const p = placeCard(composer, { width: vw, height: vh });
      if (p.side === 'hidden' || p.maxHeight <= 0 || p.width <= 0) continue;
      expect(overlaps(cardBox(p, vh), composer), JSON.stringify({ composer, vw, vh, p })).toBe(false);
    }
  });
});
