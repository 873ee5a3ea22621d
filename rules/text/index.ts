/**
 * Shared text utilities for rules. Everything matches on normalised text and
 * reports offsets in the original text.
 *
 *   const { normalized, tokens } = tokenize(segment.text);
 *   // search normalized.lower / tokens[i].lower …
 *   const { start, end } = normalized.toOriginalRange(s, e);
 *   // or use tokens[i].origStart / origEnd directly
 */
export { normalizeWithMap, foldText, skeleton, type NormalizedText } from './normalize';
export { tokenize, tokenizeNormalized, textAfter, isSpaceGap, type Token, type TokenizedText } from './tokenize';
export { withinEditDistance, deletions1 } from './fuzzy';
