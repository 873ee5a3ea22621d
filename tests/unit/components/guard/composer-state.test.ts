/**
 * What one composer keeps between evaluations (draft-state.ts, check-cache.ts)
 * and what a send attempt leaves behind (send-hold.ts).
 */
import { describe, expect, it } from 'vitest';
import { DraftState } from '../../../../components/guard/draft-state';
import { CheckCache } from '../../../../components/guard/check-cache';
import { sendOutcome } from '../../../../components/guard/send-hold';
import type { Evaluation } from '../../../../components/guard/evaluate';
import { compileProfile, type Draft, type Finding } from '../../../../rules';
// The real engine, installed as the content script's loader does (the guard reaches it through engine-slot.ts).
import '../../../fixtures/engine';

describe('DraftState: ticks and the held notice belong to one draft', () => {
  it.each<[string, (state: DraftState) => void, string[], string | undefined]>([
    ['a tick holds while the draft is unchanged', (s) => (s.observe('a'), s.tick('box', true), s.observe('a')), ['box'], undefined],
    ['a new draft drops the tick', (s) => (s.observe('a'), s.tick('box', true), s.observe('b')), [], undefined],
    ['coming back to the old words does not bring it back', (s) => (s.observe('a'), s.tick('box', true), s.observe('b'), s.observe('a')), [], undefined],
    ['unticking', (s) => (s.observe('a'), s.tick('box', true), s.tick('box', false)), [], undefined],
    ['a hold is said until the draft changes', (s) => (s.observe('a'), s.hold('Not sent'), s.observe('a')), [], 'Not sent'],
    ['then it lapses', (s) => (s.observe('a'), s.hold('Not sent'), s.observe('b')), [], undefined],
  ])('%s', (_name, steps, ticked, notice) => {
    const state = new DraftState();
    steps(state);
    expect([...state.ticked]).toEqual(ticked);
    expect(state.heldNotice).toBe(notice);
  });

  it('answers for another fingerprint (the request guard asks for the words X sends)', () => {
    const state = new DraftState();
    state.observe('a');
    state.tick('box', true);
    expect([...state.tickedFor('a')]).toEqual(['box']);
    expect([...state.tickedFor('b')]).toEqual([]);
  });
});

describe('CheckCache', () => {
  const profile = compileProfile({});
  const at = new Date('2026-12-09T10:00:00Z');

  it.each<[string, Draft, number]>([
    ['the same draft in the same minute is checked once', { text: 'gr8', at: new Date(at.getTime() + 20_000) }, 1],
    ['other words are checked again', { text: 'gr8 day', at }, 2],
    ['another minute is checked again (outside-hours reads it)', { text: 'gr8', at: new Date(at.getTime() + 60_000) }, 2],
    ['another context is checked again', { text: 'gr8', at, reply: true }, 2],
  ])('%s', (_name, second, runs) => {
    const cache = new CheckCache();
    const first = cache.check({ text: 'gr8', at }, profile);
    const again = cache.check(second, profile);
    expect(again === first ? 1 : 2).toBe(runs);
  });

  it('recheck runs whatever is remembered, and the next check reuses it', () => {
    const cache = new CheckCache();
    const first = cache.check({ text: 'gr8', at }, profile);
    const fresh = cache.recheck({ text: 'gr8', at }, profile);
    expect(fresh).not.toBe(first);
    expect(cache.check({ text: 'gr8', at }, profile)).toBe(fresh);
  });

  it('another profile is checked again', () => {
    const cache = new CheckCache();
    const first = cache.check({ text: 'gr8', at }, profile);
    expect(cache.check({ text: 'gr8', at }, compileProfile({}))).not.toBe(first);
  });
});

describe('sendOutcome', () => {
  const finding = { rule: 'pupil-full-name', severity: 'block', source: 'text', match: 'x', message: '', hint: '' } as Finding;
  const evaluation = (decision: Evaluation['decision']): Evaluation => ({
    decision,
    text: 'x',
    result: { verdict: 'block', findings: [finding] },
    parts: [],
    images: [],
    attestations: [],
    statusLine: { active: true, text: '' },
  });

  it.each<[string, Evaluation['decision'], ReturnType<typeof sendOutcome>]>([
    ['allowed: counted as sent with its findings', { allow: true }, { audit: { kind: 'sent', fingerprint: 'fp', findings: [finding] } }],
    [
      'held: the notice to show, and the hold counted',
      { allow: false, kind: 'block', message: 'Not sent: 1 problem to fix first.' },
      { heldNotice: 'Not sent: 1 problem to fix first.', audit: { kind: 'held', decision: { allow: false, kind: 'block', message: 'Not sent: 1 problem to fix first.' }, findings: [finding] } },
    ],
  ])('%s', (_name, decision, expected) => {
    expect(sendOutcome(evaluation(decision), 'fp')).toEqual(expected);
  });
});
