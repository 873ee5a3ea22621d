/**
 * The pages SafePost guards on X: the one list both content scripts
 * (entrypoints/x.content, the compose guard; entrypoints/x-requests.content,
 * the request guard's page-world half) declare as `matches`. They must match
 * the same pages: a page with only the page-world half would hold every post
 * with no card to say why, and one with only the compose guard would let a
 * post through X's own requests unchecked. Kept free of imports so that WXT
 * can read it at build time and the page-world bundle takes nothing else.
 */
export const X_MATCHES: readonly string[] = ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'];
