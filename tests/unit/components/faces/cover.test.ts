import { describe, expect, it } from 'vitest';
import { starPoints, stickersFor, stickersSvg } from '../../../../components/faces/cover';

describe('stickersFor', () => {
  it('each sticker contains the whole face box with a margin on every side', () => {
    const faces = [{ x: 0.1, y: 0.2, w: 0.1, h: 0.15 }];
    const [s] = stickersFor(faces, 1000, 800);
    const corners = [
      [100, 160],
      [200, 160],
      [100, 280],
      [200, 280],
    ];
    for (const [x, y] of corners) expect(Math.hypot(x! - s!.cx, y! - s!.cy)).toBeLessThan(s!.r * 0.95);
    expect(s!.r).toBeGreaterThan(Math.hypot(100, 120) / 2 * 1.2);
  });

  it('one sticker per face, never vanishingly small', () => {
    const stickers = stickersFor([{ x: 0, y: 0, w: 0.001, h: 0.001 }, { x: 0.5, y: 0.5, w: 0.2, h: 0.2 }], 100, 100);
    expect(stickers).toHaveLength(2);
    expect(stickers[0]!.r).toBeGreaterThanOrEqual(4);
  });
});

describe('stickersSvg', () => {
  it('is an SVG of the picture size with an opaque disc and a star per face', () => {
    const svg = stickersSvg(stickersFor([{ x: 0.4, y: 0.4, w: 0.2, h: 0.2 }], 640, 480), 640, 480);
    expect(svg).toMatch(/^<svg [^>]*width="640" height="480"/);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg.match(/<polygon /g)).toHaveLength(1);
    expect(svg).not.toMatch(/opacity/);
  });

  it('the star stays inside its sticker', () => {
    const s = { cx: 50, cy: 50, r: 40 };
    for (const [x, y] of starPoints(s)) expect(Math.hypot(x - 50, y - 50)).toBeLessThan(40);
  });
});
