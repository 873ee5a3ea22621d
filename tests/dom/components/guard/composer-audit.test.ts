// @vitest-environment happy-dom
/**
 * The composer guard's audit wiring on a fixture snapshot: renders while
 * typing count a warning once, each held attempt counts its blocking rules,
 * a send with a warning counts an override, and a broken sink never changes
 * the send decision.
 */
import { expect, test } from 'vitest';
import { guardOnPopupFixture } from '../../guard-fixture';
import { compileProfile } from '../../../../rules';
import type { AuditEvent } from '../../../../components/profile/audit';

const compiled = compileProfile({
  settings: { hours: { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], start: '00:00', end: '23:59', timezone: 'Europe/London' } },
  pupils: [{ forename: 'Perpetua', surname: 'Villiers-Moon', group: 'Year 2', photoConsent: true, nameConsent: true }],
  staff: [],
});

function setup(audit: (e: AuditEvent) => void) {
  const { guard, composer } = guardOnPopupFixture(compiled, { audit });
  const leaf = composer.editors[0]!.querySelector('[data-text="true"]')!;
  const type = (text: string) => {
    leaf.textContent = text;
    guard.render();
  };
  return { guard, type };
}

const summary = (events: AuditEvent[]) => events.map((e) => `${e.event}:${e.rule}`);

test('typing through a warning counts it once; each held send counts the blocking rule; a send with the warning is an override', () => {
  const events: AuditEvent[] = [];
  const { guard, type } = setup((e) => events.push(e));
  type('thx');
  type('thx every');
  type('thx everyone for coming');
  expect(summary(events)).toEqual(['warning:text-speak']);

  type('thx everyone for coming, well done Perpetua Villiers-Moon');
  expect(guard.attemptSend().decision).toMatchObject({ allow: false, kind: 'block' });
  expect(guard.attemptSend().decision.allow).toBe(false);
  const of = (kind: AuditEvent['event']) => summary(events.filter((e) => e.event === kind));
  expect(of('block')).toEqual(['block:pupil-full-name', 'block:pupil-full-name']);
  // Other rules may warn about the name too: each once, and text-speak still once.
  expect(of('warning').filter((w) => w === 'warning:text-speak')).toHaveLength(1);
  expect(new Set(of('warning')).size).toBe(of('warning').length);

  type('thx everyone for coming, well done Year 2');
  const before = events.length;
  expect(guard.attemptSend().decision.allow).toBe(true);
  expect(summary(events.slice(before))).toEqual(['override:text-speak']);
  // X has not cleared the box yet: the same text is not a new draft.
  guard.render();
  expect(events).toHaveLength(before + 1);
  // Cleared, then a new post: a new draft.
  type('');
  type('thx again');
  expect(summary(events.slice(before + 1))).toEqual(['warning:text-speak']);
});

test('an audit sink that throws changes no decision', () => {
  const { guard, type } = setup(() => {
    throw new Error('Extension context invalidated.');
  });
  type('lol well done Perpetua Villiers-Moon');
  expect(guard.attemptSend().decision).toMatchObject({ allow: false, kind: 'block' });
  type('lol well done Year 2');
  expect(guard.attemptSend().decision.allow).toBe(true);
});
