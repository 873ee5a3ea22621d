/**
 * Which profile the guard may answer from in its first seconds. Pure: no DOM,
 * no browser (tests/unit/components/guard/profile-readiness.test.ts).
 *
 * After a browser start Chromium takes about five seconds to answer the
 * first storage.managed read. The quick answer (the laptop's own profile,
 * or the last good school policy) may stand in for it only when it knows the
 * pupils: a profile without a roster cannot see a pupil's name, so answering
 * from it lets exactly the posts SafePost exists to stop go out. Until the
 * managed read answers, such a laptop holds every send and says it is
 * loading.
 */
import type { ProfileState } from '../profile/store';

/** What the banner and the status line say while the guard waits for the school's profile. */
export const LOADING_PROFILE = "Loading your school's profile…";

/**
 * The quick answer (read without waiting for storage.managed) may be used
 * while the managed read is pending only when it carries a roster.
 */
export function usableBeforeManagedRead(state: ProfileState): boolean {
  return state.compiled.pupils.length > 0;
}
