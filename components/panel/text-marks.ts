/**
 * Where in an attached picture the card points: the boxes of the lines an
 * image finding about a pupil's name or a secret was read on (Finding.boxes).
 * The card draws them on the picture's thumbnail and "Cover name" paints over
 * them. Pure: shared by the panel and the guard that carries out the cover.
 */
import type { FaceBox, Finding, RuleId } from '../../rules/types';

/** Findings whose words are worth covering in the picture: a pupil's name, a code or a personal detail. */
const COVERABLE: ReadonlySet<RuleId> = new Set<RuleId>([
  'pupil-full-name', 'pupil-name', 'name-with-photo', 'possible-pupil-name', 'identifiable-name', 'safeguarding-secret', 'personal-data',
]);
const NAME_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['pupil-full-name', 'pupil-name', 'name-with-photo', 'possible-pupil-name', 'identifiable-name']);

const same = (a: FaceBox, b: FaceBox) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

/** The distinct boxes of image `image`'s coverable findings (a name found by two rules is one box). */
export function textBoxesOf(findings: readonly Finding[], image: number): FaceBox[] {
  const out: FaceBox[] = [];
  for (const f of findings) {
    if (f.source !== 'image' || f.image !== image || !COVERABLE.has(f.rule) || f.severity === 'warn') continue;
    for (const box of f.boxes ?? []) if (!out.some((o) => same(o, box))) out.push(box);
  }
  return out;
}

/** What the cover button says: names first, since that is what a photo of children's work shows. */
export function coverLabel(findings: readonly Finding[], image: number): string {
  return findings.some((f) => f.image === image && f.boxes?.length && NAME_RULES.has(f.rule)) ? 'Cover name' : 'Cover code';
}
