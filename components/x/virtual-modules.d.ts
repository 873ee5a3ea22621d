/** The worker prelude's bundled source (scripts/build/worker-prelude.ts). */
declare module 'virtual:safepost-worker-prelude' {
  const source: string;
  export default source;
}
