import { describe, expect, it } from 'vitest';
import { applyRosterRetention, rosterAgeDays, rosterEraseDate, rosterExpired, stampRosterSave } from '../../../../rules/profile/roster-retention';
import type { Profile } from '../../../../rules/profile/schema';

const SAVED = '2026-09-01T08:00:00.000Z';
const at = (iso: string) => new Date(iso);

describe('rosterExpired(savedAt, retentionDays, now)', () => {
  it.each<[string, string | undefined, number | undefined, string, boolean]>([
    ['no setting: kept until replaced', SAVED, undefined, '2030-01-01T00:00:00.000Z', false],
    ['no date: never erased on a missing date', undefined, 30, '2030-01-01T00:00:00.000Z', false],
    ['unreadable date: never erased', 'last September', 30, '2030-01-01T00:00:00.000Z', false],
    ['the day it was saved', SAVED, 1, '2026-09-01T20:00:00.000Z', false],
    ['a moment before the period ends', SAVED, 30, '2026-10-01T07:59:59.999Z', false],
    ['exactly when the period ends', SAVED, 30, '2026-10-01T08:00:00.000Z', true],
    ['a day past the period', SAVED, 30, '2026-10-02T08:00:00.000Z', true],
    ['a year kept, eleven months on', SAVED, 365, '2027-08-01T08:00:00.000Z', false],
    ['a year kept, a year and a day on', SAVED, 365, '2027-09-02T08:00:00.000Z', true],
    ['two school years, well past', SAVED, 730, '2029-01-01T00:00:00.000Z', true],
    ['a clock set back before the save', SAVED, 30, '2026-08-01T00:00:00.000Z', false],
  ])('%s', (_name, savedAt, days, now, expired) => {
    expect(rosterExpired(savedAt, days, at(now))).toBe(expired);
  });

  it('the erase date is the save plus the days; none without a setting or a date', () => {
    expect(rosterEraseDate(SAVED, 30)?.toISOString()).toBe('2026-10-01T08:00:00.000Z');
    expect(rosterEraseDate(SAVED, undefined)).toBeUndefined();
    expect(rosterEraseDate(undefined, 30)).toBeUndefined();
  });

  it.each<[string | undefined, string, number | undefined]>([
    [SAVED, '2026-09-01T23:00:00.000Z', 0],
    [SAVED, '2026-09-11T09:00:00.000Z', 10],
    [undefined, '2026-09-11T09:00:00.000Z', undefined],
  ])('age of a roster saved %s at %s: %s days', (savedAt, now, days) => {
    expect(rosterAgeDays(savedAt, at(now))).toBe(days);
  });
});

const pupil = { forename: 'Amelia', surname: 'Clarke', group: 'Year 4', photoConsent: true, nameConsent: true };
const staff = { title: 'Mrs', forename: 'Claire', surname: 'Magill' };
const base: Profile = { version: 1, settings: { school: 'Fernhollow Primary', rosterRetentionDays: 30 }, pupils: [pupil], staff: [staff] };

describe('applyRosterRetention: what a profile load does', () => {
  const now = at('2026-12-07T18:00:00.000Z');
  it.each<[string, Profile, number | undefined, { changed: boolean; erased: boolean }]>([
    ['no roster: nothing to do', { ...base, pupils: [], staff: [] }, 30, { changed: false, erased: false }],
    ['a roster with no date: dated now, kept', base, 30, { changed: true, erased: false }],
    ['no setting, no date: nothing written (every tab loads the profile)', base, undefined, { changed: false, erased: false }],
    ["no date of its own: counts from the profile's last save, nothing written", { ...base, updatedAt: '2026-12-01T08:00:00.000Z' }, 30, { changed: false, erased: false }],
    ["no date of its own, the profile saved long ago: erased", { ...base, updatedAt: SAVED }, 30, { changed: true, erased: true }],
    ['within the period: kept', { ...base, rosterSavedAt: '2026-12-01T08:00:00.000Z' }, 30, { changed: false, erased: false }],
    ['past the period: erased', { ...base, rosterSavedAt: SAVED }, 30, { changed: true, erased: true }],
    ['past the period, no setting: kept', { ...base, rosterSavedAt: SAVED }, undefined, { changed: false, erased: false }],
    ['only staff, past the period: erased', { ...base, pupils: [], rosterSavedAt: SAVED }, 30, { changed: true, erased: true }],
  ])('%s', (_name, profile, days, expected) => {
    const out = applyRosterRetention(profile, days, now);
    expect({ changed: out.changed, erased: out.erased }).toEqual(expected);
    expect(out.profile.settings).toEqual(profile.settings); // settings always stay
    if (out.erased) {
      expect(out.profile.pupils).toEqual([]);
      expect(out.profile.staff).toEqual([]);
      expect(out.profile.rosterExpiredAt).toBe(now.toISOString());
      expect(out.profile.rosterSavedAt).toBe(profile.rosterSavedAt);
    } else if (out.changed) {
      expect(out.profile.rosterSavedAt).toBe(now.toISOString());
      expect(out.profile.pupils).toEqual(profile.pupils);
    } else {
      expect(out.profile).toBe(profile);
    }
  });
});

describe('stampRosterSave: which saves restart the clock', () => {
  const now = at('2026-12-07T18:00:00.000Z');
  const before: Profile = { ...base, rosterSavedAt: SAVED };
  const other = { ...pupil, forename: 'Josh', surname: 'Bell' };
  it.each<[string, Profile | undefined, Profile, string | undefined]>([
    ['an import (nothing before)', undefined, { ...base, rosterSavedAt: SAVED }, now.toISOString()],
    ['a pupil added', before, { ...before, pupils: [pupil, other] }, now.toISOString()],
    ['a pupil edited', before, { ...before, pupils: [{ ...pupil, photoConsent: false }] }, now.toISOString()],
    ['a member of staff added', before, { ...before, staff: [staff, { ...staff, surname: 'Hart' }] }, now.toISOString()],
    ['a pupil removed: the rest keep their date', before, { ...before, pupils: [] }, SAVED],
    ['settings changed only', before, { ...before, settings: { school: 'Renamed' } }, SAVED],
    ['an import of an empty roster', undefined, { ...base, pupils: [], staff: [] }, undefined],
  ])('%s', (_name, b, after, savedAt) => {
    expect(stampRosterSave(b, after, now).rosterSavedAt).toBe(savedAt);
  });

  it('a new roster after an expiry no longer shows as expired', () => {
    const expired: Profile = { ...base, pupils: [], staff: [], rosterSavedAt: SAVED, rosterExpiredAt: '2026-10-01T08:00:00.000Z' };
    const out = stampRosterSave(expired, { ...expired, pupils: [pupil] }, now);
    expect(out.rosterExpiredAt).toBeUndefined();
    expect(out.rosterSavedAt).toBe(now.toISOString());
  });
});
