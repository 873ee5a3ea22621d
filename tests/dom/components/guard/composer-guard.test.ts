// @vitest-environment happy-dom
/**
 * One composer's guard on a fixture snapshot: the send-time evaluation reads
 * the DOM afresh, and an engine crash holds the send (fail safe).
 */
import { expect, test } from 'vitest';
import { guardOnPopupFixture } from '../../guard-fixture';
import { compileProfile, type CompiledProfile } from '../../../../rules';

const setup = (compiled: CompiledProfile) => guardOnPopupFixture(compiled);

const profile = () =>
  compileProfile({
    settings: { hours: { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], start: '00:00', end: '23:59', timezone: 'Europe/London' } },
    pupils: [{ forename: 'Tamsin', surname: 'Okonkwo-Reyes', group: 'Year 4', photoConsent: true, nameConsent: true }],
    staff: [],
  });

test('the send path reads the editor as it is now, not the last rendered verdict', () => {
  const { guard, composer } = setup(profile());
  expect(guard.attemptSend().decision.allow).toBe(true);
  const leaf = composer.editors[0]!.querySelector('[data-text="true"]')!;
  leaf.textContent = 'Well done Tamsin Okonkwo-Reyes';
  const held = guard.attemptSend();
  expect(held.decision).toMatchObject({ allow: false, kind: 'block' });
  expect(held.result?.findings.map((f) => f.rule)).toContain('pupil-full-name');
});

test('an engine crash holds the send with the fail-safe message', () => {
  const compiled = profile();
  const broken: CompiledProfile = {
    ...compiled,
    roster: { ...compiled.roster, find: () => { throw new Error('index corrupted'); } } as CompiledProfile['roster'],
  };
  const { guard } = setup(broken);
  const evaluation = guard.attemptSend();
  expect(evaluation.decision).toMatchObject({ allow: false, kind: 'engine' });
  expect(!evaluation.decision.allow && evaluation.decision.message).toMatch(/^SafePost can't check this post — a check failed/);
});

test("the request guard's view: post texts, ticks for the same words only, and a hold shown in the panel", () => {
  const outside = compileProfile({
    settings: { hours: { days: [], start: '08:00', end: '17:00', timezone: 'Europe/London' } },
    pupils: [],
    staff: [],
  });
  const { guard, composer } = setup(outside);
  const leaf = composer.editors[0]!.querySelector('[data-text="true"]')!;
  leaf.textContent = 'Concert tickets on sale';
  expect(guard.postTexts()).toEqual(['Concert tickets on sale']);
  const [attestation] = guard.evaluate(true).attestations.map((a) => a.text);
  expect(attestation).toBeDefined();
  void guard.carryOut({ kind: 'attest', attestation: attestation!, ticked: true });
  expect([...guard.tickedFor('Concert  tickets on sale!')]).toEqual([attestation]);
  expect([...guard.tickedFor('Concert tickets on sale today')]).toEqual([]);
  guard.showHeld('Not sent: tick the box below to confirm.');
  const host = document.querySelector('safepost-panel[data-safepost="composer"]')!;
  expect(host.shadowRoot!.textContent).toContain('Not sent: tick the box below to confirm.');
});
