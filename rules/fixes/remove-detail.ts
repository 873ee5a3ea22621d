/**
 * Fixes that take a detail out: a phone number or e-mail address
 * (personal-data) and a password, code or meeting id (safeguarding-secret).
 * Removing is always right for these; what to say instead (the school
 * office, "details by e-mail") is the teacher's to write. Addresses,
 * postcodes and dates of birth sit inside sentences a removal would break:
 * those keep the hint only.
 */
import type { Finding } from '../types';
import { quoted, removeFix } from './edit';
import type { TextFix } from './types';

const EMAIL = /^\S+@\S+\.\S+$/u;
/** Digits and the separators people type in numbers, at least 8 digits: a phone number. */
const PHONE = /^[+(]?[\d\s().+-]+$/u;

function kindOf(finding: Finding, match: string): 'email' | 'phone' | 'code' | undefined {
  if (finding.rule === 'safeguarding-secret') return 'code';
  if (finding.rule !== 'personal-data') return undefined;
  if (EMAIL.test(match)) return 'email';
  if (PHONE.test(match) && match.replace(/\D/g, '').length >= 8) return 'phone';
  return undefined;
}

export function removeDetailFixes(finding: Finding, text: string): TextFix[] {
  const { start, end } = finding;
  if (finding.source !== 'text' || start === undefined || end === undefined) return [];
  const match = text.slice(start, end);
  if (!kindOf(finding, match)) return [];
  return [removeFix(text, start, end, `Remove ${quoted(match)}`)];
}
