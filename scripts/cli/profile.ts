/** Loads settings, roster and staff for a CLI command; any may be omitted (default profile). */
import { loadRosterFile, loadSettingsFile, loadStaffFile } from './inputs';
import type { Pupil, Settings, Staff } from '../../rules/profile/schema';

/** parseArgs options shared by every command that reads a profile. */
export const PROFILE_OPTIONS = {
  settings: { type: 'string' },
  roster: { type: 'string' },
  staff: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ProfileFiles {
  settings?: string;
  roster?: string;
  staff?: string;
}

export interface LoadedProfile {
  settings: Settings;
  pupils: Pupil[];
  staff: Staff[];
  /** Bad CSV rows (the good rows loaded). */
  rowProblems: string[];
}

/** Throws InputError for an unreadable file, bad settings or an unusable CSV header. */
export function loadProfileFiles(files: ProfileFiles): LoadedProfile {
  const settings = files.settings ? loadSettingsFile(files.settings) : {};
  const roster = files.roster ? loadRosterFile(files.roster) : { rows: [], rowProblems: [] };
  const staff = files.staff ? loadStaffFile(files.staff) : { rows: [], rowProblems: [] };
  return { settings, pupils: roster.rows, staff: staff.rows, rowProblems: [...roster.rowProblems, ...staff.rowProblems] };
}
