/**
 * The engine module: everything the content script needs only once there is
 * a draft to check, bundled on its own (scripts/build/engine-module.ts →
 * content-modules/engine.js) and imported by the content script after the
 * page's first paint (components/guard/engine-loader.ts). Holds the rules
 * and their data (word set, lexicons, obscenity, sentiment), the profile
 * store with its zod schemas and CSV parsing, audit counting and the Preact
 * panel: about a megabyte that X pages no longer parse at document_start.
 */
import { ALL_RULES, check, RULES_BY_ID, verdictOf } from '../../rules';
import { loadProfileState, watchProfileState } from '../profile/store';
import { recordAudit } from '../profile/audit';
import { PanelHost, showPhotoReminder } from '../panel/mount';
import type { GuardEngine } from '../guard/engine-slot';

export const engine: GuardEngine = {
  check,
  ALL_RULES,
  RULES_BY_ID,
  verdictOf,
  loadProfileState,
  watchProfileState,
  recordAudit,
  PanelHost,
  showPhotoReminder,
};
