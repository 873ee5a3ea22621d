/** Types for json-modules.mjs (a Node module hook; plain JS because it runs in Node's loader thread). */
export declare function load(url: string, context: unknown, nextLoad: (url: string, context: unknown) => Promise<unknown>): Promise<unknown>;
