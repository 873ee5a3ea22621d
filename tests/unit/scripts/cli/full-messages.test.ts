/**
 * The panel on x.com shows page-safe texts (no roster names the draft lacks);
 * the CLI is the admin's own tool on their own machine and keeps the full
 * messages: the photo-consent warning lists the pupils without consent, the
 * "A. Clarke" hint names the first name.
 */
import { expect, test } from 'vitest';
import { check, compileProfile } from '../../../../rules';
import { formatDraft, jsonLine, styleFor } from '../../../../scripts/cli/report';
import { firstNamesOnly, pupils, staff } from '../../../fixtures/name-school';

const profile = compileProfile({ settings: firstNamesOnly, pupils, staff });

function readable(text: string, imageTexts: string[] = []): string {
  const result = check({ text, images: imageTexts.map((t) => ({ text: t })) }, profile);
  return formatDraft({ id: 'd1', text, imageTexts, imageNames: imageTexts.map((_, i) => `photo-${i}.png`), unreadable: new Map(), unreadableImage: 'block', result }, styleFor(false));
}

test('the readable report lists the pupils without photo consent by name', () => {
  const out = readable('Kestrel Class on the beach', ['']);
  expect(out).toContain('No photo consent in Kestrel Class: Tobias P. and Hazel M.');
  expect(out).not.toContain('2 pupils');
});

test('the readable report keeps the first-name hint for "I. Hartley"', () => {
  expect(readable('Thanks to I. Hartley for tidying')).toContain("Use the first name only ('Isobel')");
});

test('the JSON line keeps its contract: no page-only fields', () => {
  const result = check({ text: 'Kestrel Class on the beach', images: [{ text: '' }] }, profile);
  const line = JSON.parse(jsonLine('d1', result));
  expect(line.findings.find((f: { rule: string }) => f.rule === 'photo-consent')).toEqual({ rule: 'photo-consent', severity: 'confirm', source: 'text', match: '1 image attached' });
});
