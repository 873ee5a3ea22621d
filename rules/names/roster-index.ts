/**
 * Roster index: compiled once per profile; finds pupil mentions in text.
 * PLACEHOLDER until the names work lands — finds nothing.
 */
import type { Pupil, ResolvedSettings } from '../profile/schema';

export interface PupilMention {
  /** Index into the profile's pupils. */
  pupil: number;
  /** "full": first/preferred + surname (any accepted form); "first": first or preferred name alone. */
  kind: 'full' | 'first';
  start: number;
  end: number;
  match: string;
}

export interface FindOptions {
  /** Tolerate one wrong letter (OCR text). */
  fuzzy?: boolean;
}

export interface CompiledRoster {
  size: number;
  find(text: string, options?: FindOptions): PupilMention[];
}

export function compileRoster(pupils: readonly Pupil[], _settings: ResolvedSettings): CompiledRoster {
  return { size: pupils.length, find: () => [] };
}
