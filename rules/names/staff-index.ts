/**
 * Staff index: full name and title + surname ("Mrs Magill").
 * PLACEHOLDER until the staff work lands — finds nothing.
 */
import type { Staff } from '../profile/schema';

export interface StaffMention {
  staff: number;
  start: number;
  end: number;
  match: string;
}

export interface StaffIndex {
  size: number;
  find(text: string): StaffMention[];
}

export function compileStaff(staff: readonly Staff[]): StaffIndex {
  return { size: staff.length, find: () => [] };
}
