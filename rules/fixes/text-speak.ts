/**
 * Fix for text-speak (Western: "will not contain text language like lol, gr8
 * or l8r"): spell it out ("gr8" → "great", "thx" → "thank you"), or take it
 * out where the standard English is "leave it out" (lol, omg, xoxo). Where
 * the meaning is a guess ("ur": your or you are) there is no one-click fix:
 * the hint asks the teacher.
 */
import type { Finding } from '../types';
import { textSpeakStandard } from '../text-speak';
import { inCaseOf, quoted, removeFix, replaceFix } from './edit';
import type { TextFix } from './types';

export function textSpeakFixes(finding: Finding, text: string): TextFix[] {
  const { start, end } = finding;
  if (finding.rule !== 'text-speak' || finding.source !== 'text' || start === undefined || end === undefined) return [];
  const match = text.slice(start, end);
  const standard = textSpeakStandard(match);
  if (standard.startsWith('(leave it out')) return [removeFix(text, start, end, `Remove ${quoted(match)}`)];
  // "(write it out in full)", "your / you are": no single right answer.
  if (/[()/]/.test(standard)) return [];
  const replacement = inCaseOf(match, standard);
  return [replaceFix(text, start, end, replacement, `Write ${quoted(replacement)}`)];
}
