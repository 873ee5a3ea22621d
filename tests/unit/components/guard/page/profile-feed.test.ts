/**
 * The page guard's profile feed (components/guard/page/profile-feed.ts): a
 * quick answer first, the full load replacing it, changes after; a failed
 * load is a problem the guard holds on, or a close when the extension is gone.
 */
import { expect, test, vi } from 'vitest';
import { ProfileFeed, profileProblem, type ProfileSource } from '../../../../../components/guard/page/profile-feed';
import type { ProfileState } from '../../../../../components/profile/store';
import { compileProfile } from '../../../../../rules';

const state = (source: ProfileState['source'], school = 'Hollowmere Primary', problems: string[] = []): ProfileState =>
  ({ source, problems, compiled: compileProfile({ settings: { school } as never, pupils: [], staff: [] }) }) as unknown as ProfileState;

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function feedWith(source: Partial<ProfileSource>, valid = true) {
  const hooks = { changed: vi.fn(), contextValid: vi.fn(() => valid), close: vi.fn(), idle: vi.fn((task: () => void) => task()) };
  const feed = new ProfileFeed({ loadProfile: () => new Promise(() => {}), watchProfile: () => () => {}, ...source }, hooks);
  return { feed, hooks };
}

test('before any answer the guard has a "still loading" problem', () => {
  const { feed } = feedWith({});
  feed.start();
  expect(feed.problem()).toMatch(/still loading/);
  expect(feed.label()).toBeUndefined();
});

test('the quick answer counts until the full load replaces it; a late quick answer never overrides the full one', async () => {
  const quick = deferred<ProfileState>();
  const full = deferred<ProfileState>();
  const { feed, hooks } = feedWith({ loadProfile: () => full.promise, loadProfileQuick: () => quick.promise });
  feed.start();
  full.resolve(state('managed', 'Full School'));
  await full.promise;
  quick.resolve(state('managed', 'Stale School'));
  await quick.promise;
  await new Promise((r) => setTimeout(r, 0));
  expect(feed.label()).toBe('Full School profile (managed by your school)');
  expect(hooks.changed).toHaveBeenCalled();
  expect(hooks.idle).toHaveBeenCalled(); // the warm-up check ran while idle
});

test('a failed full load is a problem naming the error; with the extension gone it closes the guard', async () => {
  const failing = feedWith({ loadProfile: () => Promise.reject(new Error('storage broken')) });
  failing.feed.start();
  await new Promise((r) => setTimeout(r, 0));
  expect(failing.feed.problem()).toMatch(/could not be loaded \(storage broken\)/);

  const gone = feedWith({ loadProfile: () => Promise.reject(new Error('Extension context invalidated')) }, false);
  gone.feed.start();
  await new Promise((r) => setTimeout(r, 0));
  expect(gone.hooks.close).toHaveBeenCalled();
});

test('changes from storage replace the profile; a watch that throws is a problem, not a crash', () => {
  let push: ((s: ProfileState) => void) | undefined;
  const { feed } = feedWith({ watchProfile: (cb) => ((push = cb), () => {}) });
  feed.start();
  push!(state('local', 'Changed School'));
  expect(feed.label()).toBe('Changed School profile (on this computer)');

  const broken = feedWith({
    watchProfile: () => {
      throw new Error('no storage events');
    },
  });
  broken.feed.start();
  expect(broken.feed.problem()).toMatch(/no storage events/);
});

test('profileProblem: an invalid stored profile is reported; the built-in default profile is usable', () => {
  expect(profileProblem(state('default', 'x', ['pupils: row 3 is missing a surname']), undefined)).toMatch(/invalid \(pupils: row 3/);
  expect(profileProblem(state('default'), undefined)).toBeUndefined();
  expect(profileProblem(undefined, undefined)).toMatch(/still loading/);
});

test('profileProblem names the bad field but never its value: the sentence is shown on x.com, and the value may be a pupil', () => {
  const problem = profileProblem(state('default', 'x', ['stored profile: pupils[3].forename: must be at most 80 characters (got "Amelia Clarke-Pemberton")']), undefined);
  expect(problem).toContain('pupils[3].forename: must be at most 80 characters');
  expect(problem).not.toContain('Amelia');
});
