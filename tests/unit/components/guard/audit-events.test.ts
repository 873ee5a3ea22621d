/**
 * Which audit events a composer produces (components/guard/audit-events.ts):
 * each case is a sequence of what happened in one composer and the events
 * counted, in order. The point: decisions are counted, keystrokes are not.
 */
import { describe, expect, test } from 'vitest';
import {
  draftAuditStep,
  GUARD_UNAVAILABLE,
  initialDraftAudit,
  type AuditFinding,
  type DraftAuditInput,
} from '../../../../components/guard/audit-events';
import { IMAGE_ATTESTATION, type HoldKind } from '../../../../components/guard/gate';
import { AuditMessageSchema, type AuditEvent } from '../../../../components/profile/audit';

const CONSENT = 'Every face pictured has photo consent (faces only: a name in the picture still needs removing)';
const HOURS = 'This is a school event or urgent news';
const TEXT_SPEAK: AuditFinding = { rule: 'text-speak', severity: 'warn' };
const TONE: AuditFinding = { rule: 'negative-tone', severity: 'warn' };
const FULL_NAME: AuditFinding = { rule: 'pupil-full-name', severity: 'block' };
const PHONE: AuditFinding = { rule: 'personal-data', severity: 'block' };
const PHOTO: AuditFinding = { rule: 'photo-consent', severity: 'confirm', attestation: CONSENT };
const LATE: AuditFinding = { rule: 'outside-hours', severity: 'confirm', attestation: HOURS };

const shown = (fingerprint: string, ...findings: AuditFinding[]): DraftAuditInput => ({ kind: 'shown', fingerprint, empty: false, findings });
const cleared: DraftAuditInput = { kind: 'shown', fingerprint: '|', empty: true, findings: [] };
const held = (kind: HoldKind, ...findings: AuditFinding[]): DraftAuditInput => ({ kind: 'held', decision: { allow: false, kind, message: 'Not sent' }, findings });
const sent = (fingerprint: string, ...findings: AuditFinding[]): DraftAuditInput => ({ kind: 'sent', fingerprint, findings });
const ticked = (attestation: string, fingerprint: string, ...findings: AuditFinding[]): DraftAuditInput => ({
  kind: 'ticked',
  attestation,
  fingerprint,
  findings,
  imageAttestation: IMAGE_ATTESTATION,
});

const warning = (rule: string): AuditEvent => ({ rule, severity: 'warn', event: 'warning' }) as AuditEvent;
const block = (rule: string): AuditEvent => ({ rule, severity: 'block', event: 'block' }) as AuditEvent;
const override = (rule: string): AuditEvent => ({ rule, severity: 'warn', event: 'override' }) as AuditEvent;
const attestation = (rule: string): AuditEvent => ({ rule, severity: 'confirm', event: 'attestation' }) as AuditEvent;

function run(steps: DraftAuditInput[]): AuditEvent[] {
  let state = initialDraftAudit();
  const events: AuditEvent[] = [];
  for (const step of steps) {
    const out = draftAuditStep(state, step);
    state = out.state;
    events.push(...out.events);
  }
  return events;
}

describe('warnings: once per rule per draft', () => {
  test.each<[string, DraftAuditInput[], AuditEvent[]]>([
    ['a warning shown once', [shown('thx all|', TEXT_SPEAK)], [warning('text-speak')]],
    [
      'typing more keeps the same warning: counted once',
      [shown('thx|', TEXT_SPEAK), shown('thx all|', TEXT_SPEAK), shown('thx all for|', TEXT_SPEAK), shown('thx all for coming|', TEXT_SPEAK)],
      [warning('text-speak')],
    ],
    [
      'a second rule joining the draft is counted when it appears',
      [shown('thx|', TEXT_SPEAK), shown('thx this is a disgrace|', TEXT_SPEAK, TONE), shown('thx this is a disgrace really|', TEXT_SPEAK, TONE)],
      [warning('text-speak'), warning('negative-tone')],
    ],
    [
      'the same rule twice in one check is one warning',
      [shown('thx and gr8|', TEXT_SPEAK, TEXT_SPEAK)],
      [warning('text-speak')],
    ],
    [
      'a warning fixed and brought back in the same draft is still the same draft',
      [shown('thx|', TEXT_SPEAK), shown('thank you|'), shown('thank you thx|', TEXT_SPEAK)],
      [warning('text-speak')],
    ],
    [
      'clearing the composer starts a new draft',
      [shown('thx|', TEXT_SPEAK), cleared, shown('thx again|', TEXT_SPEAK)],
      [warning('text-speak'), warning('text-speak')],
    ],
    ['block and confirm findings are not warnings', [shown('a|', FULL_NAME, PHOTO)], []],
    ['an empty composer counts nothing', [cleared, cleared], []],
  ])('%s', (_name, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });
});

describe('holds: once per rule per send attempt', () => {
  test.each<[string, DraftAuditInput[], AuditEvent[]]>([
    ['one blocking rule', [held('block', FULL_NAME)], [block('pupil-full-name')]],
    ['each blocking rule of the held decision', [held('block', FULL_NAME, PHONE, TEXT_SPEAK)], [block('pupil-full-name'), block('personal-data')]],
    ['a rule matching twice is one hold', [held('block', FULL_NAME, FULL_NAME)], [block('pupil-full-name')]],
    ['every attempt counts (the teacher met the hold each time)', [held('block', FULL_NAME), held('block', FULL_NAME)], [block('pupil-full-name'), block('pupil-full-name')]],
    ['an unreadable image held by the profile', [held('image-failed')], [block('unreadable-image')]],
    ['no usable profile', [held('profile')], [GUARD_UNAVAILABLE]],
    ['a composer SafePost cannot read', [held('unreadable')], [GUARD_UNAVAILABLE]],
    ['a rule crashed', [held('engine')], [GUARD_UNAVAILABLE]],
    ['closed: the extension context is gone, nothing to count into', [held('closed')], []],
    ['an image still being read is not a rule holding the post', [held('image-pending')], []],
    ['a box left unticked is not a block', [held('confirm', PHOTO)], []],
  ])('%s', (_name, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });
});

describe('overrides and the draft after a send', () => {
  test.each<[string, DraftAuditInput[], AuditEvent[]]>([
    ['sent with a warning showing', [shown('thx|', TEXT_SPEAK), sent('thx|', TEXT_SPEAK)], [warning('text-speak'), override('text-speak')]],
    ['each warn rule present at the send', [sent('x|', TEXT_SPEAK, TONE, TONE, PHOTO)], [override('text-speak'), override('negative-tone')]],
    ['a clean send counts nothing', [shown('hello|'), sent('hello|')], []],
    [
      'the sent text still showing before X clears the box is not a new warning',
      [shown('thx|', TEXT_SPEAK), sent('thx|', TEXT_SPEAK), shown('thx|', TEXT_SPEAK), cleared],
      [warning('text-speak'), override('text-speak')],
    ],
    [
      'editing after the send is a new draft',
      [shown('thx|', TEXT_SPEAK), sent('thx|', TEXT_SPEAK), shown('thx again|', TEXT_SPEAK)],
      [warning('text-speak'), override('text-speak'), warning('text-speak')],
    ],
    [
      'the next post after the box cleared is a new draft',
      [shown('thx|', TEXT_SPEAK), sent('thx|', TEXT_SPEAK), cleared, shown('thx|', TEXT_SPEAK)],
      [warning('text-speak'), override('text-speak'), warning('text-speak')],
    ],
  ])('%s', (_name, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });
});

describe('attestations: a ticked box, once per rule for the same draft', () => {
  test.each<[string, DraftAuditInput[], AuditEvent[]]>([
    ['one box ticked', [ticked(CONSENT, 'a|img1', PHOTO, LATE)], [attestation('photo-consent')]],
    ['only the rules behind that box', [ticked(HOURS, 'a|', PHOTO, LATE)], [attestation('outside-hours')]],
    ['unticked and ticked again for the same draft', [ticked(CONSENT, 'a|img1', PHOTO), ticked(CONSENT, 'a|img1', PHOTO)], [attestation('photo-consent')]],
    [
      'a new word clears the tick: ticking again is a new attestation',
      [ticked(CONSENT, 'a|img1', PHOTO), ticked(CONSENT, 'a b|img1', PHOTO)],
      [attestation('photo-consent'), attestation('photo-consent')],
    ],
    ['the unreadable-image box', [ticked(IMAGE_ATTESTATION, '|img1')], [attestation('unreadable-image')]],
    ['a sentence no finding asks for counts nothing', [ticked('Something else', 'a|', PHOTO)], []],
  ])('%s', (_name, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });
});

test('every event produced is a message the background accepts', () => {
  const all = run([
    shown('a|', TEXT_SPEAK, TONE),
    held('block', FULL_NAME, PHONE),
    held('image-failed'),
    held('engine'),
    ticked(CONSENT, 'a|', PHOTO),
    ticked(IMAGE_ATTESTATION, 'a|'),
    sent('a|', TEXT_SPEAK),
  ]);
  expect(all).toHaveLength(9);
  for (const event of all) expect(AuditMessageSchema.safeParse({ type: 'audit', ...event }).success).toBe(true);
});

test('the state is not mutated in place (the guard may keep an old one)', () => {
  const start = initialDraftAudit();
  draftAuditStep(start, shown('thx|', TEXT_SPEAK));
  expect(draftAuditStep(start, shown('thx|', TEXT_SPEAK)).events).toEqual([warning('text-speak')]);
});
