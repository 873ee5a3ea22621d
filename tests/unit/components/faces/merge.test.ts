import { describe, expect, it } from 'vitest';
import { mergeCandidates, overlapOfSmaller, toFraction, type FaceCandidate } from '../../../../components/faces/merge';
import { isHumanFace } from '../../../../components/faces/detector';

const face = (x: number, y: number, size: number, meshScore = 0.95, boxScore = 0.9): FaceCandidate => ({ x, y, width: size, height: size, meshScore, boxScore });

describe('mergeCandidates', () => {
  it('the same face found by three boxes is one face; the best-fitted box is kept', () => {
    const merged = mergeCandidates([face(100, 100, 80, 0.9), face(102, 98, 78, 0.97), face(101, 100, 40, 0.7)]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.meshScore).toBe(0.97);
  });

  it('neighbours in a group photo stay separate faces, in reading order', () => {
    const merged = mergeCandidates([face(300, 100, 60), face(100, 100, 60), face(200, 300, 60), face(170, 100, 60)]);
    expect(merged.map((f) => [f.x, f.y])).toEqual([[100, 100], [170, 100], [300, 100], [200, 300]]);
  });

  it('overlap is measured against the smaller box (a tight box inside a loose one)', () => {
    expect(overlapOfSmaller({ x: 0, y: 0, width: 100, height: 100 }, { x: 0, y: 0, width: 50, height: 100 })).toBe(1);
    expect(overlapOfSmaller({ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 0, width: 10, height: 10 })).toBe(0);
  });
});

describe('isHumanFace', () => {
  it('needs both a face-like box and a fitting face mesh', () => {
    expect(isHumanFace(face(0, 0, 80))).toBe(true);
    // A cat: BlazeFace is sure (0.83), FaceMesh does not fit.
    expect(isHumanFace(face(0, 0, 300, 0, 0.83))).toBe(false);
    expect(isHumanFace(face(0, 0, 80, 0.95, 0.2))).toBe(false);
    expect(isHumanFace(face(0, 0, 4))).toBe(false);
  });
});

describe('toFraction', () => {
  it('gives RULES.md boxes as fractions of the image, clipped to it', () => {
    expect(toFraction({ x: 160, y: 60, width: 320, height: 240 }, 1600, 1200)).toEqual({ x: 0.1, y: 0.05, w: 0.2, h: 0.2 });
    expect(toFraction({ x: -20, y: 1100, width: 100, height: 200 }, 1600, 1200)).toEqual({ x: 0, y: 0.9167, w: 0.05, h: 0.0833 });
  });
});
