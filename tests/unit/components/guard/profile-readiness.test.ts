/**
 * The first-second decision: which quick answer may stand in for the
 * storage.managed read, and what the gate says while none may.
 */
import { describe, expect, it } from 'vitest';
import { LOADING_PROFILE, usableBeforeManagedRead } from '../../../../components/guard/profile-readiness';
import { decide } from '../../../../components/guard/gate';
import type { ProfileState } from '../../../../components/profile/store';
import { compileProfile, type Profile } from '../../../../rules';

const pupil = { forename: 'Tamsin', surname: 'Okonkwo-Reyes', group: 'Year 4', photoConsent: true, nameConsent: true };

function state(source: ProfileState['source'], pupils: Profile['pupils']): ProfileState {
  const profile: Profile = { version: 1, settings: { school: 'Hollowmere Primary' }, pupils, staff: [] };
  return { compiled: compileProfile(profile), source, problems: [], profile, locked: [], managed: { status: 'none', dropped: [], errors: [], notes: [] } };
}

describe('usableBeforeManagedRead', () => {
  it.each<[string, ProfileState, boolean]>([
    ['built-in default (no local profile, no last good policy)', state('default', []), false],
    ['local profile without a roster', state('local', []), false],
    ['last good school policy with a roster', state('managed', [pupil]), true],
    ['local profile with a roster', state('local', [pupil]), true],
  ])('%s → %s', (_name, s, usable) => {
    expect(usableBeforeManagedRead(s)).toBe(usable);
  });
});

describe('decide while the profile is loading', () => {
  const base = { closed: false, images: [], unreadableImage: 'block' as const, ticked: new Set<string>() };

  it('holds with the loading message, whatever the draft', () => {
    const decision = decide({ ...base, profileLoading: true, profileProblem: 'still loading' });
    expect(decision).toEqual({ allow: false, kind: 'profile', message: expect.stringContaining(LOADING_PROFILE) });
  });

  it('a closed guard still says reload first', () => {
    expect(decide({ ...base, closed: true, profileLoading: true })).toMatchObject({ allow: false, kind: 'closed' });
  });

  it('an invalid profile is not reported as loading', () => {
    const decision = decide({ ...base, profileProblem: 'the school profile on this computer is invalid (x).' });
    expect(decision.allow === false && decision.message).not.toContain(LOADING_PROFILE);
  });
});
