/** The CLI's exit codes (README "The admin CLI"). */
export const EXIT = {
  ok: 0,
  /** A rule crashed (EngineError) or another unexpected failure. */
  engine: 1,
  /** Bad input: usage, unreadable file, bad settings, bad drafts line, bad CSV rows (validate). */
  badInput: 2,
  /** Drafts were checked, but some attached images could not be read. */
  unreadableImages: 3,
} as const;
