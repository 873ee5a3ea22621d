/**
 * When the content script imports the engine module (engine-loader.ts):
 * never while the document is still loading, once after the first frame
 * (or after a timer in a tab that paints no frames), and a module that is
 * not SafePost's engine counts as a failed load.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { afterFirstPaint, loadEngine } from '../../../../components/guard/engine-loader';
import { ChecksUnavailableError, engine, whenEngineReady } from '../../../../components/guard/engine-slot';

afterEach(() => vi.useRealTimers());

function fakeWindow(readyState: DocumentReadyState, paints: boolean) {
  const contentLoaded: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const win = {
    document: { readyState, addEventListener: (_type: string, listener: () => void) => contentLoaded.push(listener) },
    requestAnimationFrame: (callback: () => void) => (paints ? frames.push(callback) : 0),
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  } as unknown as Window;
  return { win, domContentLoaded: () => contentLoaded.forEach((l) => l()), paint: () => frames.splice(0).forEach((f) => f()) };
}

test('waits for DOMContentLoaded and the next frame, and runs once', () => {
  vi.useFakeTimers();
  const task = vi.fn();
  const page = fakeWindow('loading', true);
  afterFirstPaint(task, page.win);
  vi.advanceTimersByTime(5_000);
  expect(task, 'never while the document is loading').not.toHaveBeenCalled();
  page.domContentLoaded();
  page.paint();
  vi.advanceTimersByTime(0);
  expect(task).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(5_000);
  expect(task, 'the hidden-tab timer does not run it again').toHaveBeenCalledTimes(1);
});

test('a tab that paints no frames (in the background) still loads, after a second', () => {
  vi.useFakeTimers();
  const task = vi.fn();
  const page = fakeWindow('interactive', false);
  afterFirstPaint(task, page.win);
  vi.advanceTimersByTime(999);
  expect(task).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(task).toHaveBeenCalledTimes(1);
});

test('a module without an engine is a failed load: checks stay unavailable', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await loadEngine('chrome-extension://safepost/content-modules/engine.js', async () => ({ somethingElse: true }));
  await expect(whenEngineReady()).rejects.toBeInstanceOf(ChecksUnavailableError);
  expect(() => engine()).toThrow(ChecksUnavailableError);
});
