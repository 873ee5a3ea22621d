/**
 * The words a request body may carry, for requests SafePost does not know
 * (an operation a site added or renamed with its last deploy). Nothing about
 * such a body is known, so every string in it is taken as possibly typed by a
 * person, except what is plainly machine-made: ids, URLs, tokens, cursors,
 * feature flags, language codes. The request guard checks the rest as one
 * draft: a name or phone number under a new operation name is held like one
 * in a post.
 *
 * Pure: runs in the page's world on the request path, and in Node tests.
 */

/** Keys whose values are never typed by a person (compared lower-cased, any nesting). */
const MACHINE_KEYS = new Set([
  'features',
  'fieldtoggles',
  'field_toggles',
  'queryid',
  'operationname',
  'cursor',
  'token',
  'csrf_token',
  'nonce',
  'signature',
  'hash',
  'url',
  'uri',
  'key', // Draft.js block keys (articles)
]);

/** Keys naming ids or ids lists ("tweet_id", "mediaIds", "id_str"). */
const ID_KEY = /(?:^|_)ids?(?:_str)?$/i;
/** camelCase ids ("tweetId", "mediaIds"): case matters, or "paid" and "valid" would be ids. */
const CAMEL_ID_KEY = /[a-z]Ids?$/;
/** …and tokens, cursors, hashes, URLs by suffix ("auth_token", "bottom_cursor", "card_uri"). */
const MACHINE_SUFFIX = /(?:_token|_cursor|_hash|_url|_uri)$/i;

/**
 * A string no person typed: a URL, a long run of digits (an id), a word-less
 * token (no space, long, only id characters), a flag word, or a colon-joined
 * event name. Short digit runs stay: a phone number typed without spaces is
 * 11 digits, X's ids are 15 or more.
 */
function isMachineString(value: string): boolean {
  const s = value.trim();
  if (s === '') return true;
  if (/^[a-z][a-z0-9+.-]*:\/\/\S*$/i.test(s)) return true;
  if (/^\d{15,}$/.test(s)) return true;
  if (/^(?:true|false|null|undefined)$/i.test(s)) return true;
  if (!/\s/.test(s) && s.length >= 20 && /^[A-Za-z0-9_\-=+/.:%|]+$/.test(s)) return true;
  // uuid-like and hex digests
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s)) return true;
  // Colon or underscore joined identifiers ("home:timeline:impression", "tweet_compose", "SCREAMING_CASE")
  if (/^[a-z0-9]+(?:[:_][a-z0-9]*)+$/i.test(s) && !/\s/.test(s)) return true;
  return false;
}

/** Does this key name an id, a token, a URL or a flag (its value is never read)? */
export function isMachineKey(key: string): boolean {
  return MACHINE_KEYS.has(key.toLowerCase()) || ID_KEY.test(key) || CAMEL_ID_KEY.test(key) || MACHINE_SUFFIX.test(key);
}

/** Deep enough for any real body; a deeper one is not read further (and says so). */
const MAX_DEPTH = 64;

export interface BodyStrings {
  strings: string[];
  /** Part of the body could not be read (too deep): the guard holds. */
  truncated: boolean;
}

function collect(value: unknown, depth: number, out: BodyStrings): void {
  if (depth > MAX_DEPTH) {
    out.truncated = true;
    return;
  }
  if (typeof value === 'string') {
    if (isMachineString(value)) return;
    // A string that is itself JSON (X nests some payloads as strings): read inside it.
    const inner = value.length > 1 && (value[0] === '{' || value[0] === '[') ? parseJson(value) : undefined;
    if (inner !== undefined && typeof inner === 'object' && inner !== null) collect(inner, depth + 1, out);
    else out.strings.push(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collect(item, depth + 1, out);
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      if (isMachineKey(key)) continue;
      collect((value as Record<string, unknown>)[key], depth + 1, out);
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The strings of a JSON or form body that a person may have typed, in body
 * order. Never throws: a body that is neither JSON nor a form is read as
 * one string.
 */
export function bodyStrings(body: string): BodyStrings {
  const out: BodyStrings = { strings: [], truncated: false };
  const trimmed = body.trim();
  if (trimmed === '') return out;
  const json = trimmed[0] === '{' || trimmed[0] === '[' || trimmed[0] === '"' ? parseJson(trimmed) : undefined;
  if (json !== undefined) {
    collect(json, 0, out);
    return out;
  }
  if (/^[^=&\s]+=/.test(trimmed)) {
    try {
      for (const [key, value] of new URLSearchParams(trimmed)) {
        if (isMachineKey(key)) continue;
        collect(value, 1, out);
      }
      return out;
    } catch {
      // not a form after all: read as plain text below
    }
  }
  collect(trimmed, 0, out);
  return out;
}
