// @vitest-environment happy-dom
/**
 * When the page guard re-renders (components/guard/page/render-scheduler.ts):
 * once per burst of page changes, never for SafePost's own elements, and
 * even without animation frames (background tabs).
 */
import { afterEach, expect, test, vi } from 'vitest';
import { RenderScheduler } from '../../../../../components/guard/page/render-scheduler';

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

test('many requests before the frame make one render', async () => {
  const render = vi.fn();
  const scheduler = new RenderScheduler({ render, ownTags: [], attributes: [] });
  scheduler.request();
  scheduler.request();
  scheduler.request();
  await vi.waitFor(() => expect(render).toHaveBeenCalledTimes(1));
  await new Promise((r) => setTimeout(r, 250));
  expect(render).toHaveBeenCalledTimes(1);
});

test('without animation frames the timer still renders', () => {
  vi.useFakeTimers();
  const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
  const render = vi.fn();
  new RenderScheduler({ render, ownTags: [], attributes: [], fallbackMs: 200 }).request();
  vi.advanceTimersByTime(199);
  expect(render).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(render).toHaveBeenCalledTimes(1);
  raf.mockRestore();
});

test("adding or removing only SafePost's own elements is not a page change; anything else is", () => {
  const scheduler = new RenderScheduler({ render: () => {}, ownTags: ['safepost-panel'], attributes: [] });
  const own = document.createElement('safepost-panel');
  const theirs = document.createElement('div');
  const record = (added: Node[], removed: Node[] = [], type: MutationRecordType = 'childList') =>
    ({ type, addedNodes: added as unknown as NodeList, removedNodes: removed as unknown as NodeList });
  expect(scheduler.isOwnMutation(record([own]))).toBe(true);
  expect(scheduler.isOwnMutation(record([], [own]))).toBe(true);
  expect(scheduler.isOwnMutation(record([own, theirs]))).toBe(false);
  expect(scheduler.isOwnMutation(record([]))).toBe(false);
  expect(scheduler.isOwnMutation(record([], [], 'attributes'))).toBe(false);
});

test('a change X makes to the page schedules a render', async () => {
  const render = vi.fn();
  const scheduler = new RenderScheduler({ render, ownTags: ['safepost-panel'], attributes: ['data-testid'] });
  scheduler.observe(document.body);
  document.body.append(document.createElement('safepost-panel'));
  await new Promise((r) => setTimeout(r, 250));
  expect(render).not.toHaveBeenCalled();
  document.body.append(document.createElement('div'));
  await vi.waitFor(() => expect(render).toHaveBeenCalledTimes(1));
  scheduler.disconnect();
});
