/** Wording shared by the rules that read the faces found in attached images. */

/** "1 face", "3 faces": the `match` of face findings (RULES.md: "N faces"). */
export function faceCount(n: number): string {
  return n === 1 ? '1 face' : `${n} faces`;
}
