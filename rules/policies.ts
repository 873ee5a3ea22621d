/** The school policies in ../shared/policies that the rules trace back to (file names without .txt). */
export const POLICIES = [
  'droxford-junior',
  'forefield-junior',
  'irthlingborough-junior',
  'st-catherine-of-siena',
  'western-primary',
] as const;
export type PolicyName = (typeof POLICIES)[number];

/** For rules every policy asks for (full names, photo consent). */
export const ALL_POLICIES: readonly PolicyName[] = POLICIES;
