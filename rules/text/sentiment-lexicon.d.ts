/**
 * The English language module of the `sentiment` package (CommonJS): the
 * AFINN-165 lexicon and its scoring strategy. Loaded through this module
 * rather than by importing labels.json directly, because tsx turns JSON into
 * ES modules with one variable per key, and the lexicon's "await" key is a
 * syntax error there (the CLI and benches run under tsx).
 */
declare module 'sentiment/languages/en/index.js' {
  const english: { labels: Record<string, number> };
  export default english;
}
