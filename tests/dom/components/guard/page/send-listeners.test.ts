// @vitest-environment happy-dom
/**
 * Every send intent reaches the page guard (components/guard/page/send-listeners.ts),
 * on the fixture snapshots of X's home box and legacy DMs, through the X adapter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { SendListeners, type SendListenerHooks } from '../../../../../components/guard/page/send-listeners';
import { xSite } from '../../../../../components/x';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');
const load = (name: string) => (document.body.innerHTML = readFileSync(join(FIXTURES, `${name}.html`), 'utf8'));

let hooks: { [K in keyof SendListenerHooks]: ReturnType<typeof vi.fn> };
beforeAll(() => {
  // One set of listeners on the window for the whole file (attach adds them for good, as on X).
  hooks = { composers: vi.fn(() => xSite.findComposers(document)), send: vi.fn(() => true), files: vi.fn(), changed: vi.fn() };
  new SendListeners(xSite, hooks as unknown as SendListenerHooks).attach(window);
});
beforeEach(() => {
  for (const fn of Object.values(hooks)) fn.mockClear();
});

const key = (target: Element, init: KeyboardEventInit) => target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));

test('a click on the send button (or inside it) is a send from that button', () => {
  load('home');
  const button = document.querySelector('[data-testid="tweetButtonInline"]')!;
  (button.querySelector('span') ?? button).dispatchEvent(new MouseEvent('click', { bubbles: true }));
  expect(hooks.send).toHaveBeenCalledTimes(1);
  expect(hooks.send.mock.calls[0]![1]).toBe(button);
});

test('Ctrl+Enter and Cmd+Enter in a post editor send; a plain Enter is a new line', () => {
  load('home');
  const editor = document.querySelector('[data-testid="tweetTextarea_0"][role="textbox"]')!;
  key(editor, { key: 'Enter' });
  expect(hooks.send).not.toHaveBeenCalled();
  key(editor, { key: 'Enter', ctrlKey: true });
  key(editor, { key: 'Enter', metaKey: true });
  expect(hooks.send).toHaveBeenCalledTimes(2);
});

test('Enter or Space on a focused send button sends', () => {
  load('home');
  const button = document.querySelector('[data-testid="tweetButtonInline"]')!;
  key(button, { key: 'Enter' });
  key(button, { key: ' ' });
  expect(hooks.send).toHaveBeenCalledTimes(2);
});

test('in a DM a plain Enter sends, Shift+Enter does not, and an IME composition never does', () => {
  load('dm-legacy');
  const editor = document.querySelector('[data-testid="dmComposerTextInput"][role="textbox"]')!;
  key(editor, { key: 'Enter', shiftKey: true });
  key(editor, { key: 'Enter', isComposing: true });
  expect(hooks.send).not.toHaveBeenCalled();
  key(editor, { key: 'Enter' });
  expect(hooks.send).toHaveBeenCalledTimes(1);
});

test('typing is a change; files from the file input reach the composer', () => {
  load('home');
  const editor = document.querySelector('[data-testid="tweetTextarea_0"][role="textbox"]')!;
  editor.dispatchEvent(new Event('input', { bubbles: true }));
  expect(hooks.changed).toHaveBeenCalled();
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File(['x'], 'a.png', { type: 'image/png' });
  Object.defineProperty(input, 'files', { configurable: true, get: () => [file] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  expect(hooks.files).toHaveBeenCalledWith(input, [file]);
});
