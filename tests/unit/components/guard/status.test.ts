/** The popup's guard-status answer (components/guard/status.ts): every state, and the request/answer schemas. */
import { expect, test } from 'vitest';
import { DEFAULT_PROFILE_LABEL, ROSTER_EXPIRED_LABEL, describeGuard, GuardStatusRequestSchema, GuardStatusSchema, saysNoRoster, type GuardFacts } from '../../../../components/guard/status';

const LABEL = 'Hollowmere Primary profile (on this computer)';
const base: GuardFacts = { closed: false, profileLabel: LABEL, composers: [] };

test.each<[string, Partial<GuardFacts>, { state: string; detail: RegExp }]>([
  ['no composer open', {}, { state: 'no-composer', detail: /^Open the compose box to write a post · Hollowmere Primary profile/ }],
  ['one composer', { composers: [{}] }, { state: 'watching', detail: /^1 compose box guarded · Hollowmere Primary profile \(on this computer\)$/ }],
  ['two composers', { composers: [{}, {}] }, { state: 'watching', detail: /^2 compose boxes guarded · / }],
  [
    'a composer SafePost cannot read',
    { composers: [{}, { problem: 'SafePost cannot find the send button of this box' }] },
    { state: 'unsupported', detail: /^SafePost cannot find the send button of this box\. Posts from this box are held\.$/ },
  ],
  [
    'an invalid profile',
    { profileLabel: undefined, profileProblem: 'the school profile on this computer is invalid (settings.hours.start: bad time).', composers: [{}] },
    { state: 'error', detail: /^Posts are held: the school profile on this computer is invalid \(settings\.hours\.start/ },
  ],
  ['closed (extension restarted under the page)', { closed: true, composers: [{}] }, { state: 'error', detail: /reload this page/ }],
])('%s', (_name, over, expected) => {
  const status = describeGuard({ ...base, ...over });
  expect(status.state).toBe(expected.state);
  expect(status.detail).toMatch(expected.detail);
  expect(GuardStatusSchema.safeParse(status).success).toBe(true);
});

test.each([
  [{ type: 'guard-status' }, true],
  [{ type: 'guard-status', tab: 3 }, false],
  [{ type: 'audit' }, false],
  ['guard-status', false],
  [null, false],
])('request %j accepted: %s', (message, ok) => {
  expect(GuardStatusRequestSchema.safeParse(message).success).toBe(ok);
});

test.each([
  [{ state: 'watching', detail: '1 compose box guarded' }, true],
  [{ state: 'no-composer' }, true],
  [{ state: 'sleeping' }, false],
  [{ state: 'watching', detail: 3 }, false],
  [undefined, false],
])('answer %j accepted by the popup: %s', (answer, ok) => {
  expect(GuardStatusSchema.safeParse(answer).success).toBe(ok);
});

test.each<[string, string, boolean]>([
  ['the built-in default', `watching · ${DEFAULT_PROFILE_LABEL}`, true],
  ['a roster erased by its retention setting', `watching · Oak Primary profile (on this computer; ${ROSTER_EXPIRED_LABEL})`, true],
  ['a school profile with a roster', 'watching · Oak Primary profile (on this computer)', false],
])('saysNoRoster: %s', (_name, text, none) => {
  // The card never folds into its "No problems found" chip while pupil names cannot be checked.
  expect(saysNoRoster(text)).toBe(none);
});
