// @vitest-environment happy-dom
/**
 * The textarea overlay: which pieces of the text are marked, and that the
 * overlay sits beside the textarea without touching it.
 */
import { expect, test } from 'vitest';
import { markSegments, OVERLAY_TAG, TextareaOverlays, valueOffsets, type MarkRange } from '../../../../components/guard/textarea-overlay';
import type { Finding } from '../../../../rules';

const cases: { name: string; text: string; ranges: MarkRange[]; segments: [string, string?][] }[] = [
  { name: 'no ranges', text: 'Sports day', ranges: [], segments: [['Sports day']] },
  { name: 'empty text', text: '', ranges: [{ start: 0, end: 3, severity: 'block' }], segments: [] },
  {
    name: 'one range in the middle',
    text: 'Well done Ada Lovell today',
    ranges: [{ start: 10, end: 20, severity: 'block' }],
    segments: [['Well done '], ['Ada Lovell', 'block'], [' today']],
  },
  {
    name: 'range at both ends of the text',
    text: 'Ada Lovell',
    ranges: [{ start: 0, end: 10, severity: 'confirm' }],
    segments: [['Ada Lovell', 'confirm']],
  },
  {
    name: 'overlap: the stronger severity wins where they meet',
    text: 'abcdefghij',
    ranges: [
      { start: 1, end: 6, severity: 'warn' },
      { start: 4, end: 8, severity: 'block' },
    ],
    segments: [['a'], ['bcd', 'warn'], ['efgh', 'block'], ['ij']],
  },
  {
    name: 'a weaker range inside a stronger one changes nothing',
    text: 'abcdefghij',
    ranges: [
      { start: 2, end: 9, severity: 'block' },
      { start: 4, end: 6, severity: 'warn' },
    ],
    segments: [['ab'], ['cdefghi', 'block'], ['j']],
  },
  {
    name: 'adjacent ranges of different severities stay apart',
    text: 'abcdef',
    ranges: [
      { start: 0, end: 3, severity: 'confirm' },
      { start: 3, end: 6, severity: 'warn' },
    ],
    segments: [['abc', 'confirm'], ['def', 'warn']],
  },
  {
    name: 'adjacent ranges of one severity make one mark',
    text: 'abcdef',
    ranges: [
      { start: 1, end: 3, severity: 'warn' },
      { start: 3, end: 5, severity: 'warn' },
    ],
    segments: [['a'], ['bcde', 'warn'], ['f']],
  },
  {
    name: 'out of range: clamped, empty and inverted ranges dropped',
    text: 'abcdef',
    ranges: [
      { start: -4, end: 2, severity: 'warn' },
      { start: 5, end: 99, severity: 'block' },
      { start: 3, end: 3, severity: 'block' },
      { start: 4, end: 2, severity: 'block' },
      { start: 40, end: 50, severity: 'block' },
    ],
    segments: [['ab', 'warn'], ['cde'], ['f', 'block']],
  },
  {
    name: 'surrogate pairs are never split',
    text: 'a😀b😀c',
    // 😀 is two code units: a=0, 😀=1-2, b=3, 😀=4-5, c=6. Start inside the first, end inside the second.
    ranges: [{ start: 2, end: 5, severity: 'block' }],
    segments: [['a'], ['😀b😀', 'block'], ['c']],
  },
  {
    name: 'a whole emoji is marked as it is',
    text: 'hi 👋🏽 there',
    ranges: [{ start: 3, end: 7, severity: 'warn' }],
    segments: [['hi '], ['👋🏽', 'warn'], [' there']],
  },
];

for (const c of cases) {
  test(`markSegments: ${c.name}`, () => {
    const got = markSegments(c.text, c.ranges).map((s) => (s.severity ? [s.text, s.severity] : [s.text]));
    expect(got).toEqual(c.segments);
    expect(markSegments(c.text, c.ranges).map((s) => s.text).join('')).toBe(c.text);
  });
}

test('valueOffsets: checked offsets skip the zero-width spaces the adapter drops', () => {
  const toValue = valueOffsets('a\u200bbc\u200b\u200bd');
  // Checked text is "abcd".
  expect([0, 1, 2, 3, 4].map(toValue)).toEqual([0, 2, 3, 6, 7]);
  expect(toValue(-1)).toBe(0);
  expect(toValue(99)).toBe(7);
});

function finding(start: number, end: number, severity: Finding['severity'], match: string): Finding {
  return { rule: 'pupil-full-name', severity, source: 'text', start, end, match, message: '', hint: '' } as unknown as Finding;
}

test('TextareaOverlays: a mark beside the textarea, the textarea untouched, removed when the finding goes', () => {
  document.body.innerHTML = '<form><textarea data-testid="dm-composer-textarea"></textarea><button>Send</button></form>';
  const textarea = document.querySelector('textarea')!;
  textarea.value = 'Well done Ada Lovell';
  const attributes = textarea.outerHTML;
  const overlays = new TextareaOverlays();
  const parts = [{ editor: textarea, offset: 0, text: textarea.value }];
  overlays.update([finding(10, 20, 'block', 'Ada Lovell')], parts);

  const host = textarea.nextElementSibling!;
  expect(host.localName).toBe(OVERLAY_TAG);
  expect(host.getAttribute('aria-hidden')).toBe('true');
  const marks = [...host.shadowRoot!.querySelectorAll('mark')];
  expect(marks.map((m) => [m.textContent, m.className])).toEqual([['Ada Lovell', 'block']]);
  expect(textarea.value).toBe('Well done Ada Lovell');
  expect(textarea.outerHTML).toBe(attributes);

  overlays.update([], parts);
  expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  overlays.update([finding(10, 20, 'warn', 'Ada Lovell')], parts);
  expect(document.querySelector(OVERLAY_TAG)).not.toBeNull();
  overlays.dispose();
  expect(document.querySelector(OVERLAY_TAG)).toBeNull();
});

test('TextareaOverlays: findings in a Draft.js editor or another post of the thread get no overlay', () => {
  document.body.innerHTML = '<div contenteditable="true">Ada Lovell</div><textarea></textarea>';
  const editor = document.querySelector('div') as HTMLElement;
  const textarea = document.querySelector('textarea')!;
  textarea.value = 'Year 5';
  const overlays = new TextareaOverlays();
  overlays.update(
    [finding(0, 10, 'block', 'Ada Lovell')],
    [
      { editor, offset: 0, text: 'Ada Lovell' },
      { editor: textarea, offset: 12, text: 'Year 5' },
    ],
  );
  expect(document.querySelector(OVERLAY_TAG)).toBeNull();
});
