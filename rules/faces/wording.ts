/** What the rules that read the faces found in attached images share. */
import type { RawFinding } from '../types';

/** "1 face", "3 faces": the `match` of face findings (RULES.md: "N faces"). */
export function faceCount(n: number): string {
  return n === 1 ? '1 face' : `${n} faces`;
}

/**
 * The finding for an image the face check has not answered for (fail safe:
 * nobody looked, so the teacher is never told "no faces").
 */
export const FACES_NOT_CHECKED: Readonly<RawFinding> = { match: 'faces not checked', messageId: 'unchecked' };

