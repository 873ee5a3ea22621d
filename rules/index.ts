/** Public surface of the engine. */
export * from './types';
export { check, compileProfile, verdictOf, mostSevere, EngineError, type CheckOptions, type ProfileInput } from './engine';
export { ALL_RULES, RULES_BY_ID } from './registry';
export * from './profile/schema';
export { resolveSettings, DEFAULT_SETTINGS, defaultSeverities } from './profile/defaults';
export { parsePupilCsv, parseStaffCsv, parseConsent, type CsvResult, type CsvRowError } from './profile/csv';
export { parseSettings, parseSettingsJson, type SettingsResult } from './profile/settings';
export { rosterExpired, rosterEraseDate, rosterAgeDays, rosterSavedDate, applyRosterRetention, stampRosterSave } from './profile/roster-retention';
