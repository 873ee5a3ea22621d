/** What the rules that read the faces found in attached images share. */
import type { FaceBox, RawFinding, RuleContext, Segment } from '../types';

/** "1 face", "3 faces": the `match` of face findings (RULES.md: "N faces"). */
export function faceCount(n: number): string {
  return n === 1 ? '1 face' : `${n} faces`;
}

/**
 * The faces found in the image a segment was read from: undefined when the
 * segment is not an image's, `unchecked` (the finding to report, fail safe:
 * nobody looked, so the teacher is never told "no faces") when the face check
 * has not answered, else the boxes.
 */
export function segmentFaces(segment: Segment, ctx: RuleContext): readonly FaceBox[] | { unchecked: RawFinding } | undefined {
  const image = ctx.draft.images?.[segment.image ?? -1];
  if (!image) return undefined;
  if (!image.faces) return { unchecked: { match: 'faces not checked', messageId: 'unchecked' } };
  return image.faces;
}
