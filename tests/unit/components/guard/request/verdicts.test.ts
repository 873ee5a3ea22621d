/**
 * The request guard's verdicts (components/guard/request/verdicts.ts) with
 * the real engine and gate, on stand-in composers: the teacher is never
 * asked twice, media must be tied to checked images, and anything unknown
 * is a hold.
 */
import { expect, test, vi } from 'vitest';
import { RequestVerdicts, type GuardedComposerView, type VerdictDeps } from '../../../../../components/guard/request/verdicts';
import { SendLedger, LEDGER_TTL_MS } from '../../../../../components/guard/request/ledger';
import type { CheckMessage } from '../../../../../components/guard/request/protocol';
import type { OutgoingPost } from '../../../../../components/site/requests';
import type { ImageStatus } from '../../../../../components/guard/images';
import { compileProfile } from '../../../../../rules';
// The real engine, installed as the content script's loader does (the guard reaches it through engine-slot.ts).
import '../../../../fixtures/engine';

const ALL_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const compiled = (hours: { days: readonly string[] } = { days: ALL_DAYS }) =>
  compileProfile({
    settings: { school: 'Hollowmere Primary', hours: { days: [...hours.days], start: '00:00', end: '23:59', timezone: 'Europe/London' } } as never,
    pupils: [{ forename: 'Tamsin', surname: 'Okonkwo-Reyes', group: 'Year 4', photoConsent: true, nameConsent: true }],
    staff: [],
  });

const post = (text: string, extra: Partial<OutgoingPost> = {}): OutgoingPost => ({ operation: 'CreateTweet', kind: 'post', text, reply: false, quote: false, mediaIds: [], ...extra });
const check = (p: CheckMessage['post'], mediaSeen: boolean[] = []): CheckMessage => ({ type: 'check', id: 7, post: p, mediaSeen });

function view(text: string, options: { images?: ImageStatus[][]; ticked?: string[]; surface?: GuardedComposerView['surface'] } = {}) {
  const imageSteps = options.images ?? [[]];
  let step = 0;
  const shown: string[] = [];
  const v: GuardedComposerView & { shown: string[] } = {
    surface: options.surface ?? 'post',
    postTexts: () => [text],
    imageStatuses: () => imageSteps[Math.min(step++, imageSteps.length - 1)]!,
    tickedFor: (t) => new Set(t === text ? (options.ticked ?? []) : []),
    showHeld: (m) => shown.push(m),
    shown,
  };
  return v;
}

function deps(extra: Partial<VerdictDeps> = {}) {
  const notices: unknown[] = [];
  const d: VerdictDeps = {
    closed: () => false,
    profile: () => ({ compiled: compiled() }),
    composers: () => [],
    ledger: new SendLedger(),
    account: () => undefined,
    notify: (n) => notices.push(n),
    sleep: async () => {},
    ...extra,
  };
  return { d, notices };
}

test('a clean post is allowed; a blocking finding holds it and the page notice names the rule, not the text', async () => {
  const { d, notices } = deps();
  const verdicts = new RequestVerdicts(d);
  expect(await verdicts.verdict(check(post('Year 4 loved the museum')))).toEqual({ type: 'verdict', id: 7, allow: true });
  const held = await verdicts.verdict(check(post('Call 07700 900123 today')));
  expect(held).toMatchObject({ allow: false, rules: ['personal-data'] });
  expect(notices).toEqual([{ what: 'a post', reason: expect.stringMatching(/Not sent/), details: [expect.stringMatching(/Phone numbers/)] }]);
  expect(JSON.stringify(held)).not.toContain('07700');
});

test('the hold goes to the panel of the composer holding the same words', async () => {
  const composer = view('Call 07700 900123 today');
  const { d, notices } = deps({ composers: () => [composer] });
  const held = await new RequestVerdicts(d).verdict(check(post('Call  07700 900123 today ')));
  expect(held.allow).toBe(false);
  expect(composer.shown).toEqual([expect.stringMatching(/Not sent/)]);
  expect(notices).toEqual([]);
});

test('a pupil name is never sent back to the page, only the rule id', async () => {
  const { d } = deps();
  const held = await new RequestVerdicts(d).verdict(check(post('Well done Tamsin Okonkwo-Reyes')));
  expect(held.allow).toBe(false);
  expect(JSON.stringify(held)).not.toMatch(/Tamsin|Okonkwo/);
});

test('closed guard, missing profile and unreadable bodies hold', async () => {
  expect((await new RequestVerdicts(deps({ closed: () => true }).d).verdict(check(post('Hi')))).allow).toBe(false);
  expect((await new RequestVerdicts(deps({ profile: () => ({ problem: 'still loading' }) }).d).verdict(check(post('Hi')))).allow).toBe(false);
  const { d, notices } = deps();
  const held = await new RequestVerdicts(d).verdict(check({ operation: 'CreateTweet', kind: 'post', unreadable: 'its text is not where SafePost expects it' }));
  expect(held.allow).toBe(false);
  expect(notices).toHaveLength(1);
});

test('attestations ticked in the panel for the same words count', async () => {
  const outside = { days: [] as string[] };
  const text = 'Year 6 concert tickets on sale';
  const unticked = deps({ profile: () => ({ compiled: compiled(outside) }), composers: () => [view(text)] });
  expect((await new RequestVerdicts(unticked.d).verdict(check(post(text)))).allow).toBe(false);
  const ticked = deps({ profile: () => ({ compiled: compiled(outside) }), composers: () => [view(text, { ticked: ['This is a school event or urgent news'] })] });
  expect((await new RequestVerdicts(ticked.d).verdict(check(post(text)))).allow).toBe(true);
});

test('a post the composer guard just allowed passes without a second check; an old or different one does not', async () => {
  let now = 1_000_000;
  const ledger = new SendLedger(() => now);
  const outside = { days: [] as string[] };
  const { d } = deps({ ledger, profile: () => ({ compiled: compiled(outside) }) });
  const verdicts = new RequestVerdicts(d);
  ledger.record(['Year 6 concert tickets on sale', 'Second post of the thread'], 0);
  expect((await verdicts.verdict(check(post('Second post of the thread')))).allow).toBe(true);
  expect((await verdicts.verdict(check(post('Year 6 concert tickets on sale', { mediaIds: ['1'] }), [true]))).allow).toBe(false);
  expect((await verdicts.verdict(check(post('Another text')))).allow).toBe(false);
  now += LEDGER_TTL_MS;
  expect((await verdicts.verdict(check(post('Second post of the thread')))).allow).toBe(false);
});

test('media: ids this page never uploaded, or more media than checked images, hold', async () => {
  const text = 'Year 4 at the museum';
  const done: ImageStatus = { state: 'done', text: '' };
  const { d } = deps({ composers: () => [view(text, { images: [[done]] })] });
  const verdicts = new RequestVerdicts(d);
  expect((await verdicts.verdict(check(post(text, { mediaIds: ['1'] }), [false]))).allow).toBe(false);
  expect((await verdicts.verdict(check(post(text, { mediaIds: ['1', '2'] }), [true, true]))).allow).toBe(false);
  expect((await verdicts.verdict(check(post('Words no composer holds', { mediaIds: ['1'] }), [true]))).allow).toBe(false);
});

test('media: the verdict waits for pending image checks, then decides on what they found', async () => {
  const text = 'Year 4 at the museum';
  const pending: ImageStatus = { state: 'pending' };
  const clean = deps({ composers: () => [view(text, { images: [[pending], [pending], [{ state: 'done', text: 'MUSEUM' }]] })] });
  // photo-consent asks for an attestation whenever an image is attached: tick it in the view.
  const withTicks = deps({
    composers: () => [view(text, { images: [[pending], [pending], [{ state: 'done', text: 'MUSEUM' }]], ticked: ['Every face pictured has photo consent (faces only: a name in the picture still needs removing)'] })],
  });
  expect((await new RequestVerdicts(clean.d).verdict(check(post(text, { mediaIds: ['1'] }), [true]))).allow).toBe(false);
  expect((await new RequestVerdicts(withTicks.d).verdict(check(post(text, { mediaIds: ['1'] }), [true]))).allow).toBe(true);
  const phone = deps({ composers: () => [view(text, { images: [[pending], [{ state: 'done', text: 'call 07700 900123' }]], ticked: ['Every face pictured has photo consent (faces only: a name in the picture still needs removing)'] })] });
  expect(await new RequestVerdicts(phone.d).verdict(check(post(text, { mediaIds: ['1'] }), [true]))).toMatchObject({ allow: false, rules: expect.arrayContaining(['personal-data']) });
});

test('media: checks still pending when the wait runs out hold', async () => {
  let now = 0;
  const text = 'Year 4 at the museum';
  const { d } = deps({
    composers: () => [view(text, { images: [[{ state: 'pending' }]] })],
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
    imageWaitMs: 1000,
  });
  expect(await new RequestVerdicts(d).verdict(check(post(text, { mediaIds: ['1'] }), [true]))).toMatchObject({ allow: false });
});

test('a request sent while the profile is still loading waits for it, then is judged on it', async () => {
  let now = 0;
  const loading = { problem: "your school's profile is still loading. Try again in a moment.", loading: "Loading your school's profile…" };
  const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) };
  // The engine module and the profile arrive 600 ms after the request.
  const arriving = deps({ ...clock, profile: () => (now < 600 ? loading : { compiled: compiled() }) });
  expect(await new RequestVerdicts(arriving.d).verdict(check(post('Year 4 loved the museum')))).toEqual({ type: 'verdict', id: 7, allow: true });
  now = 0;
  expect(await new RequestVerdicts(arriving.d).verdict(check(post('Well done Tamsin Okonkwo-Reyes')))).toMatchObject({ allow: false, rules: expect.arrayContaining(['pupil-full-name']) });
  // Never in: held as loading once the wait runs out.
  now = 0;
  const never = deps({ ...clock, profile: () => loading, profileWaitMs: 1000 });
  expect(await new RequestVerdicts(never.d).verdict(check(post('Year 4 loved the museum')))).toMatchObject({ allow: false, reason: expect.stringMatching(/still loading/) });
  expect(now).toBeGreaterThanOrEqual(1000);
});

test('a scheduled post is checked for the time it goes out', async () => {
  // Posting hours Mon–Fri only: a post scheduled for a Sunday asks for the attestation.
  const weekdays = { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] };
  const { d } = deps({ profile: () => ({ compiled: compiled(weekdays) }), now: () => Date.parse('2026-11-30T10:00:00Z') });
  const verdicts = new RequestVerdicts(d);
  const sunday = Date.parse('2026-12-06T10:00:00Z');
  expect((await verdicts.verdict(check(post('Concert tonight', { kind: 'scheduled', operation: 'CreateScheduledTweet', publishAt: sunday })))).allow).toBe(false);
  const tuesday = Date.parse('2026-12-01T10:00:00Z');
  expect((await verdicts.verdict(check(post('Concert tonight', { kind: 'scheduled', operation: 'CreateScheduledTweet', publishAt: tuesday })))).allow).toBe(true);
});

test('a draft is held only for blocking findings: attestations and hours are about publishing', async () => {
  const { d } = deps({ profile: () => ({ compiled: compiled({ days: [] }) }) });
  const verdicts = new RequestVerdicts(d);
  const draft = (text: string) => post(text, { kind: 'draft', operation: 'CreateDraftTweet' });
  expect((await verdicts.verdict(check(draft('Concert tickets on sale soon')))).allow).toBe(true);
  expect((await verdicts.verdict(check(draft('Ring me on 07700 900123')))).allow).toBe(false);
});

test('a crash inside the check is a hold, never an allow', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const { d } = deps({
    composers: () => {
      throw new Error('boom');
    },
  });
  expect((await new RequestVerdicts(d).verdict(check(post('Hello')))).allow).toBe(false);
  vi.restoreAllMocks();
});

test('an operation SafePost does not know is held on what its words say, never on the hour alone', async () => {
  const { d, notices } = deps({ profile: () => ({ compiled: compiled({ days: [] }) }) });
  const verdicts = new RequestVerdicts(d);
  const unknown = (text: string) => post(text, { kind: 'unknown', operation: 'CreatePostV9' });
  // No posting days at all: a post would ask for the attestation; X's own unknown housekeeping must still pass.
  expect((await verdicts.verdict(check(post('Concert tickets on sale soon')))).allow).toBe(false);
  expect((await verdicts.verdict(check(unknown('Concert tickets on sale soon')))).allow).toBe(true);
  expect((await verdicts.verdict(check(unknown('Ring me on 07700 900123')))).allow).toBe(false);
  expect(notices.at(-1)).toMatchObject({ what: 'a request that may publish text' });
});

test('an image description is checked as the words of a post with a photo: a pupil without photo consent is held there', async () => {
  const noPhotoConsent = compileProfile({
    settings: { school: 'Hollowmere Primary', hours: { days: [...ALL_DAYS], start: '00:00', end: '23:59', timezone: 'Europe/London' } } as never,
    pupils: [{ forename: 'Tamsin', surname: 'Okonkwo-Reyes', group: 'Year 4', photoConsent: false, nameConsent: true }],
    staff: [],
  });
  const { d } = deps({ profile: () => ({ compiled: noPhotoConsent }) });
  const verdicts = new RequestVerdicts(d);
  const words = 'Tamsin receiving her reading award';
  const described = await verdicts.verdict(check(post(words, { kind: 'image-description', operation: 'media/metadata/create' })));
  expect(described).toMatchObject({ allow: false, rules: expect.arrayContaining(['name-with-photo', 'photo-consent']) });
  // The same words as a post with no photo pass: what makes the description risky is the photo beside it.
  expect((await verdicts.verdict(check(post(words)))).allow).toBe(true);
});

test("an image description counts the boxes ticked in the panel of the composer its photo is attached to", async () => {
  const description = post('A rainbow painted on the classroom wall', { kind: 'image-description', operation: 'media/metadata/create' });
  const unticked = deps();
  const held = await new RequestVerdicts(unticked.d).verdict(check(description));
  expect(held.allow).toBe(false);
  expect(held.rules).toContain('photo-consent');
  // The same attestations, ticked where the photo is attached (for a different text: the post's own words).
  const photoDone: ImageStatus = { state: 'done', text: '', faces: [] } as unknown as ImageStatus;
  const sentences = await attestationsFor(description);
  expect(sentences.length).toBeGreaterThan(0);
  const composer = view('Our art week', { images: [[photoDone]], ticked: sentences });
  const { d } = deps({ composers: () => [composer] });
  expect((await new RequestVerdicts(d).verdict(check(description))).allow).toBe(true);
  // Ticks in a composer with no photo do not count.
  const noPhoto = view('Our art week', { ticked: sentences });
  expect((await new RequestVerdicts(deps({ composers: () => [noPhoto] }).d).verdict(check(description))).allow).toBe(false);
});

/** The attestation sentences the engine asks for on this draft (what a panel would show as boxes). */
async function attestationsFor(p: OutgoingPost): Promise<string[]> {
  const { check: run } = await import('../../../../../rules');
  const result = run({ text: p.text, images: [{ text: '', faces: [] }] }, compiled());
  return result.findings.flatMap((f) => (f.attestation ? [f.attestation] : []));
}
