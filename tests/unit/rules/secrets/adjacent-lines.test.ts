/**
 * Each piece of secret evidence from a photo's layout
 * (rules/secrets/adjacent-lines.ts SECRET_PAGE_EVIDENCE), on its own and
 * through the engine's safeguarding-secret.
 */
import { describe, expect, it } from 'vitest';
import { check, compileProfile } from '../../../../rules/engine';
import { SECRET_PAGE_EVIDENCE, pageSecrets, type SecretPageEvidenceId } from '../../../../rules/secrets/adjacent-lines';
import type { ImageLine } from '../../../../rules/types';

function page(...texts: string[]): { text: string; lines: ImageLine[] } {
  const lines = texts.map((text, i) => ({ text, box: { x: 0.1, y: 0.1 + i * 0.08, w: 0.6, h: 0.06 } }));
  return { text: texts.join('\n'), lines };
}
const compiled = compileProfile({});
const AT = new Date('2026-03-04T10:00:00Z');

const FOUND: ReadonlyArray<[SecretPageEvidenceId, string[], string, 'block' | 'confirm']> = [
  ['networkAboveKey', ['Wi-Fi network  Larkfield', 'Password: Pebble#2031'], 'Pebble#2031', 'block'],
  ['networkAboveKey', ['SSID  STAFF-5G', 'password - orchard77'], 'orchard77', 'block'],
  ['networkAboveKey', ['Network: Visitors', 'code: 8841-2290'], '8841-2290', 'block'],
  ['doorAboveDigits', ['Side Gate', '5820#'], '5820#', 'block'],
  ['doorAboveDigits', ['KEYPAD', '*3391'], '*3391', 'block'],
  ['doorAboveDigits', ['Staff door', '7O42'], '7O42', 'block'],
  ['codeDigitsAlone', ['3852#'], '3852#', 'confirm'],
  ['codeDigitsAlone', ['*6203'], '*6203', 'confirm'],
];

describe('secrets from a page\'s layout', () => {
  it.each(FOUND)('%s: %j → %s (%s)', (id, texts, value, severity) => {
    const image = page(...texts);
    const hit = pageSecrets(image).find((s) => s.match === value);
    expect(hit?.evidence).toBe(id);
    const result = check({ text: 'Our whiteboard', images: [image], at: AT }, compiled);
    const f = result.findings.find((x) => x.rule === 'safeguarding-secret' && x.match === value);
    expect(f?.severity).toBe(severity);
    if (severity === 'confirm') expect(f?.attestation).toMatch(/not a door, gate or keypad code/);
  });

  it('every documented entry has a case above', () => {
    expect(new Set(FOUND.map(([id]) => id))).toEqual(new Set(Object.keys(SECRET_PAGE_EVIDENCE)));
  });

  const NOTHING: ReadonlyArray<[string, string[]]> = [
    ['a Wi-Fi line far above a key line is not its label', ['Wi-Fi for visitors', '', '']],
    ['a network line above ordinary text', ['Our network of schools', 'Key Stage 2 maths']],
    ['a door line above a room number with words', ['Door 3', 'Room twelve']],
    ['digits with # among readable words: the text rules decide', ['Follow us #2026', 'Sports day results']],
    ['a year on a poster', ['Summer Fair', '2026']],
  ];
  it.each(NOTHING)('%s', (_why, texts) => {
    const result = check({ text: 'Look', images: [page(...texts.filter(Boolean))], at: AT }, compiled);
    expect(result.findings.filter((f) => f.rule === 'safeguarding-secret')).toEqual([]);
  });
});
