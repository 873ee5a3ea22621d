/**
 * Applies a one-click fix (rules/fixes) through the editor's own input
 * handling, never by editing X's DOM: Draft.js keeps its own model of the
 * text and breaks when extensions change its DOM behind its back.
 *
 * - Draft.js: select the range (a DOM Selection over the editor's text
 *   nodes, mapped from the checked text's offsets like the highlights), let
 *   Draft.js read the selection (it does on `selectionchange`), then hand it
 *   a `paste` event carrying the replacement as text/plain. A removal is a
 *   `cut` of the selection (Draft.js ignores an empty paste). Both are
 *   Draft.js's own edits: the caret lands after them and Ctrl+Z undoes them.
 * - Textareas (X Chat, mobile web): select the range and use
 *   execCommand('insertText' / 'delete'), which fires the input events
 *   React listens to and keeps the browser's undo history.
 *
 * Before anything, the draft is read again: if the teacher has typed on and
 * the range no longer holds the text the fix was computed for, nothing happens.
 */
import type { TextFix } from '../../rules/fixes';
import type { Composer, EditorPart, SiteAdapter } from '../site/adapter';
import { point, textNodes } from './highlights';

export type FixOutcome = 'applied' | 'stale' | 'failed';

function partFor(parts: readonly EditorPart[], fix: TextFix): EditorPart | undefined {
  return parts.find((p) => fix.start >= p.offset && fix.end <= p.offset + p.text.length);
}

/** Resolves on the next `selectionchange` (when Draft.js has read the selection), or after `ms`. */
function selectionSettled(doc: Document, ms = 150): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      // One more task: React handles selectionchange in its own listener, then re-renders.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, ms);
    doc.addEventListener('selectionchange', done);
  });
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let settled = false;
    const go = () => {
      if (settled) return;
      settled = true;
      resolve();
    };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 100); // background tabs run no animation frames
  });
}

async function applyInDraftEditor(editor: HTMLElement, lines: SiteAdapter['text']['lines'], from: number, to: number, replacement: string): Promise<boolean> {
  const doc = editor.ownerDocument;
  const nodes = textNodes(editor, lines);
  const a = point(nodes, from);
  const b = point(nodes, to);
  if (!a || !b) return false;
  editor.focus();
  const range = doc.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  const settled = selectionSettled(doc);
  const selection = doc.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  await settled;
  const target = a[0].parentElement ?? editor;
  const data = new DataTransfer();
  if (replacement) {
    data.setData('text/plain', replacement);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  } else {
    target.dispatchEvent(new ClipboardEvent('cut', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  }
  return true;
}

function applyInTextarea(area: HTMLTextAreaElement, from: number, to: number, replacement: string): boolean {
  area.focus();
  area.setSelectionRange(from, to);
  // execCommand is deprecated but is still the one way to edit a textarea as typing does (input events, undo).
  return replacement ? area.ownerDocument.execCommand('insertText', false, replacement) : area.ownerDocument.execCommand('delete');
}

export async function applyFix(site: Pick<SiteAdapter, 'text'>, composer: Pick<Composer, 'editors'>, fix: TextFix): Promise<FixOutcome> {
  const { text, parts } = site.text.read(composer);
  if (text.slice(fix.start, fix.end) !== fix.original) return 'stale';
  const part = partFor(parts, fix);
  if (!part) return 'failed';
  const from = fix.start - part.offset;
  const to = fix.end - part.offset;
  const expected = text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
  const started =
    part.editor instanceof HTMLTextAreaElement
      ? applyInTextarea(part.editor, from, to, fix.replacement)
      : await applyInDraftEditor(part.editor, site.text.lines, from, to, fix.replacement);
  if (!started) return 'failed';
  // Draft.js applies a cut on a timer and re-renders after: look once it has.
  for (let i = 0; i < 5; i++) {
    await nextFrame();
    if (site.text.read(composer).text === expected) return 'applied';
  }
  return 'failed';
}
