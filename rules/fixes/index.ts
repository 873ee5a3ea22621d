/**
 * One-click fixes, as data. Each rule suggests the fixes for its own
 * findings (RawFinding.suggest, beside the rule); the engine puts them on the
 * finding (Finding.fixes). What is left here is pure arithmetic on those
 * fixes: which a card offers, and what the text reads after one.
 */
import type { Finding } from '../types';
import type { TextFix } from './types';

export type { TextFix } from './types';

/**
 * The fixes for a group of findings on one span, without repeats, best first
 * (fixes of the most severe finding first); a fix inside another fix's range
 * is dropped (removing the e-mail address also removes the name in it).
 */
export function fixesForGroup(findings: readonly Finding[], max = 2): TextFix[] {
  const all: TextFix[] = [];
  for (const f of findings) {
    for (const fix of f.fixes ?? []) {
      if (all.some((a) => a.start === fix.start && a.end === fix.end && a.replacement === fix.replacement)) continue;
      all.push(fix);
    }
  }
  const outer = all.filter((fix) => !all.some((o) => o !== fix && o.start <= fix.start && o.end >= fix.end && o.end - o.start > fix.end - fix.start));
  return outer.slice(0, max);
}

/** The text with a fix applied: what the editor should read afterwards. */
export function applyFixToText(text: string, fix: TextFix): string {
  return text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
}
