/** Public surface of the engine. */
export * from './types';
export { check, compileProfile, verdictOf, mostSevere, EngineError, type ProfileInput } from './engine';
export { ALL_RULES, RULES_BY_ID } from './registry';
export * from './profile/schema';
export { resolveSettings, DEFAULT_SETTINGS, defaultSeverities } from './profile/defaults';
