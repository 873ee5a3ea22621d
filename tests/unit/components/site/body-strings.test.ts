/**
 * The words of a request SafePost does not know (components/site/body-strings.ts):
 * table-driven cases, then the property the request guard rests on, with the
 * real engine and verdicts: under an operation name SafePost has never seen,
 * a blocked phrase anywhere in a string field of a random JSON body holds
 * the request; a body of only ids, flags and numbers goes out untouched.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { bodyStrings, isMachineKey } from '../../../../components/site/body-strings';
import { POST_OPERATIONS, xRequests } from '../../../../components/x/requests';
import { RequestVerdicts } from '../../../../components/guard/request/verdicts';
import { SendLedger } from '../../../../components/guard/request/ledger';
import { compileProfile } from '../../../../rules';
// The real engine, installed as the content script's loader does (the guard reaches it through engine-slot.ts).
import '../../../fixtures/engine';

describe('bodyStrings', () => {
  test.each([
    ['JSON, nested', JSON.stringify({ a: { b: ['one', { c: 'two words' }] } }), ['one', 'two words']],
    ['ids, URLs, tokens and flags left out', JSON.stringify({ tweet_id: 'Hello', mediaIds: ['x y'], url: 'see me', link: 'https://x.com/a', n: '1790000000000000001', t: 'DAABCgABGN0xyzQWERTY123', f: 'true', ev: 'home:timeline:impression', keep: 'kept' }), ['kept']],
    ['feature flags object left out', JSON.stringify({ features: { words_in_here: 'not read' }, variables: { text: 'read' } }), ['read']],
    ['short digit runs stay (a phone number typed without spaces)', JSON.stringify({ v: '07700900123' }), ['07700900123']],
    ['a string holding JSON is read inside', JSON.stringify({ payload: JSON.stringify({ message: 'inner words', user_id: '5' }) }), ['inner words']],
    ['form body', 'status=Hello%20there&auth_token=abc&lang=en', ['Hello there', 'en']],
    ['plain text', 'just words', ['just words']],
    ['empty', '', []],
    ['camelCase ids, not words ending in "id"', JSON.stringify({ tweetId: 'x', paid: 'paid in full', valid: 'yes it is' }), ['paid in full', 'yes it is']],
  ])('%s', (_name, body, strings) => {
    expect(bodyStrings(body)).toEqual({ strings, truncated: false });
  });

  test('a body nested deeper than any real one is reported, not read to the bottom', () => {
    expect(bodyStrings('['.repeat(200) + '"deep"' + ']'.repeat(200)).truncated).toBe(true);
  });

  test('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (body) => {
      bodyStrings(body);
    }));
  });
});

const ALL_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const compiled = compileProfile({
  settings: { school: 'Hollowmere Primary', hours: { days: ALL_DAYS, start: '00:00', end: '23:59', timezone: 'Europe/London' } } as never,
  pupils: [{ forename: 'Tamsin', surname: 'Okonkwo-Reyes', group: 'Year 4', photoConsent: true, nameConsent: false }],
  staff: [],
});
const verdicts = new RequestVerdicts({
  closed: () => false,
  profile: () => ({ compiled }),
  composers: () => [],
  ledger: new SendLedger(),
  account: () => undefined,
  notify: () => {},
});

/** What the guard does with a body under an operation name: 'held', 'asked-and-allowed' or 'untouched'. */
async function outcome(operation: string, body: string): Promise<'held' | 'allowed' | 'untouched'> {
  const url = `https://x.com/i/api/graphql/Qid123/${operation}`;
  if (xRequests.postOperation(url, 'POST') !== operation) return 'untouched';
  const post = xRequests.readPost(operation, body);
  // The page-world guard lets an unknown operation with no typed word through without asking.
  if (!('unreadable' in post) && post.kind === 'unknown' && post.text.trim() === '') return 'untouched';
  const verdict = await verdicts.verdict({ type: 'check', id: 1, post, mediaSeen: [] });
  return verdict.allow ? 'allowed' : 'held';
}

const BLOCKED = ['Ring me on 07700 900123', 'what a shit day', 'email parent.helper@example.com', 'Tamsin Okonkwo-Reyes won'];
/** Names X might give a new operation tomorrow: none SafePost knows, none it counts harmless. */
const operationName = fc
  .stringMatching(/^[A-Z][A-Za-z]{3,20}(?:Mutation|Create|Update)?$/)
  .filter((op) => !POST_OPERATIONS.includes(op) && xRequests.postOperation(`https://x.com/i/api/graphql/q/${op}`, 'POST') === op);
const fieldKey = fc.oneof(fc.constantFrom('text', 'body', 'message', 'content', 'title', 'note', 'caption', 'status', 'summary', 'description', 'value', 'data', 'lang', 'type', 'source'), fc.string({ minLength: 1, maxLength: 12 })).filter((k) => !isMachineKey(k));
// Words around the phrase; no digits, which would make a phone number a longer number (the engine's matter, not the guard's).
const filler = fc.stringMatching(/^[A-Za-z ,.!?]{0,12}$/);

/** A JSON value in which one string field, somewhere, carries `phrase`. */
function carrying(phrase: string) {
  const leaf = fc.tuple(filler, filler).map(([a, b]) => `${a} ${phrase} ${b}`);
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(fieldKey, tie('tree'), fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })).map(([key, inner, others]) => ({ ...others, [key]: inner })),
      fc.tuple(tie('tree'), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }), fc.nat(3)).map(([inner, others, at]) => [...others.slice(0, at), inner, ...others.slice(at)]),
    ),
  }));
  return tree;
}

test('property: a blocked phrase in any string field of a random body, under an unknown operation, is held', async () => {
  await fc.assert(
    fc.asyncProperty(operationName, fc.constantFrom(...BLOCKED).chain((phrase) => carrying(phrase)), async (operation, value) => {
      const body = JSON.stringify({ variables: value, features: { some_flag: true }, queryId: 'Qid123' });
      expect(await outcome(operation, body)).toBe('held');
    }),
    { numRuns: 150 },
  );
});

const snowflake = fc.bigInt({ min: 10n ** 17n, max: 10n ** 19n - 1n }).map(String);
const machineOnly = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null),
    snowflake,
    fc.webUrl(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.stringMatching(/^[a-z]{1,10}$/).map((k) => `${k}_id`), fc.string(), { maxKeys: 3 }),
    fc.dictionary(fc.stringMatching(/^[a-z][a-z_]{0,12}$/), tie('value'), { maxKeys: 4 }),
  ),
})).value;

test('property: a body of only ids, flags, numbers and URLs, under an unknown operation, goes out untouched', async () => {
  await fc.assert(
    fc.asyncProperty(operationName, machineOnly, fc.dictionary(fc.stringMatching(/^[a-z_]{1,20}$/), fc.boolean(), { maxKeys: 6 }), async (operation, variables, features) => {
      const body = JSON.stringify({ variables, features, queryId: 'Qid123' });
      expect(await outcome(operation, body)).toBe('untouched');
    }),
    { numRuns: 200 },
  );
});
