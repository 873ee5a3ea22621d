/**
 * One-click fixes for findings, where the fix is mechanical. Pure: findings,
 * the checked text and the profile in; replacements out (no DOM).
 */
import type { CompiledProfile, Finding } from '../types';
import { pupilNameFixes } from './pupil-name';
import { removeDetailFixes } from './remove-detail';
import { textSpeakFixes } from './text-speak';
import type { TextFix } from './types';

export type { TextFix } from './types';

export interface FixContext {
  /** The text the findings' offsets refer to. */
  text: string;
  profile: CompiledProfile;
  hasImages: boolean;
}

/** The fixes for one finding, best first; empty when a person must rewrite it. */
export function fixesFor(finding: Finding, ctx: FixContext): TextFix[] {
  if (finding.source !== 'text' || finding.start === undefined || finding.end === undefined) return [];
  // A finding from an older text than ctx.text: offsets no longer fit, offer nothing.
  if (ctx.text.slice(finding.start, finding.end) !== finding.match) return [];
  switch (finding.rule) {
    case 'personal-data':
    case 'safeguarding-secret':
      return removeDetailFixes(finding, ctx.text);
    case 'text-speak':
      return textSpeakFixes(finding, ctx.text);
    default:
      return pupilNameFixes(finding, ctx);
  }
}

/**
 * The fixes for a group of findings on one span, without repeats, best first
 * (fixes of the most severe finding first); a fix inside another fix's range
 * is dropped (removing the e-mail address also removes the name in it).
 */
export function fixesForGroup(findings: readonly Finding[], ctx: FixContext, max = 2): TextFix[] {
  const all: TextFix[] = [];
  for (const f of findings) {
    for (const fix of fixesFor(f, ctx)) {
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
