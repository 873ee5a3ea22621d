/**
 * The profile in force, as the extension's pages and content scripts read it.
 * Pupil data lives only in browser.storage.local (never sync: names must not
 * travel to other browsers).
 *
 * First version: local profile or the built-in default. Managed policy
 * (storage.managed) is layered on top by the profile-management work.
 */
import { browser } from 'wxt/browser';
import { compileProfile, ProfileSchema, formatZodError, type CompiledProfile, type Profile } from '../../rules';

export const PROFILE_KEY = 'profile';

export type ProfileSource = 'default' | 'local' | 'managed';

export interface ProfileState {
  compiled: CompiledProfile;
  source: ProfileSource;
  /** Problems found while loading (bad stored profile, dropped managed values…). */
  problems: string[];
  updatedAt?: string;
}

export function parseStoredProfile(raw: unknown): { profile?: Profile; problems: string[] } {
  if (raw === undefined || raw === null) return { problems: [] };
  const parsed = ProfileSchema.safeParse(raw);
  if (parsed.success) return { profile: parsed.data, problems: [] };
  return { problems: formatZodError(parsed.error, raw).map((p) => `stored profile: ${p}`) };
}

export async function loadProfileState(): Promise<ProfileState> {
  const stored = await browser.storage.local.get(PROFILE_KEY);
  const { profile, problems } = parseStoredProfile(stored[PROFILE_KEY]);
  if (profile) {
    return { compiled: compileProfile(profile), source: 'local', problems, updatedAt: profile.updatedAt };
  }
  return { compiled: compileProfile(), source: 'default', problems };
}

export async function saveLocalProfile(profile: Profile): Promise<void> {
  const valid = ProfileSchema.parse({ ...profile, updatedAt: new Date().toISOString() });
  await browser.storage.local.set({ [PROFILE_KEY]: valid });
}

/** Calls back with the new state whenever the stored profile changes. Returns an unsubscribe. */
export function watchProfileState(onChange: (state: ProfileState) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && PROFILE_KEY in changes) || area === 'managed') {
      void loadProfileState().then(onChange);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
