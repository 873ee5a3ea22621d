/**
 * The compose path's pure evaluation, table-driven: a draft, the profile in
 * force and the context in; the findings (with their fixes), the verdict,
 * the gate's decision, the boxes to tick and the status line out.
 */
import { describe, expect, it } from 'vitest';
import { besidePhoto, checkWithFixes, evaluateDraft, withDescription, type ComposerDraft, type EvaluationContext, type ProfileInForce } from '../../../../components/guard/evaluate';
import type { ImageStatus } from '../../../../components/guard/images';
import { compileProfile, type RuleId } from '../../../../rules';
// The real engine, installed as the content script's loader does (the guard reaches it through engine-slot.ts).
import '../../../fixtures/engine';

const ALL_WEEK = { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as 'Mon'[], start: '00:00', end: '23:59', timezone: 'Europe/London' };
const SCHOOL_DAY = { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as 'Mon'[], start: '08:00', end: '18:00', timezone: 'Europe/London' };
const PUPILS = [{ forename: 'Tamsin', surname: 'Okonkwo-Reyes', group: 'Year 4', photoConsent: true, nameConsent: true }];

const compiled = compileProfile({ version: 1, settings: { school: 'Hollowmere Primary', naming: 'first-name-only', hours: ALL_WEEK }, pupils: PUPILS, staff: [] });
const schoolHours = compileProfile({ version: 1, settings: { school: 'Hollowmere Primary', naming: 'first-name-only', hours: SCHOOL_DAY }, pupils: PUPILS, staff: [] });
const confirmImages = compileProfile({ version: 1, settings: { school: 'Hollowmere Primary', hours: ALL_WEEK, unreadableImage: 'confirm' }, pupils: PUPILS, staff: [] });

const IN_FORCE: ProfileInForce = { compiled, label: 'Hollowmere Primary' };
/** A Wednesday, mid-morning and late evening (London, winter: UTC). */
const MORNING = new Date('2026-12-09T10:00:00Z');
const NIGHT = new Date('2026-12-09T22:30:00Z');

function draft(text: string, images: ImageStatus[] = []): ComposerDraft {
  return { text, parts: [{ editor: {} as HTMLElement, offset: 0, text }], images };
}

function context(overrides: Partial<EvaluationContext> = {}): EvaluationContext {
  return { closed: false, at: MORNING, ticked: new Set(), ...overrides };
}

interface Expected {
  verdict?: string;
  rules: RuleId[];
  decision: { allow: boolean; kind?: string };
  /** The text after each fix the findings offer, in order. */
  fixed?: string[];
  attestations?: string[];
  status: { active: boolean; text: string | RegExp };
}

describe('evaluateDraft: draft, profile and context → findings, fixes, verdict, decision', () => {
  it.each<[string, ComposerDraft, ProfileInForce, EvaluationContext, Expected]>([
    ['a clean post goes', draft('Sports day is on Friday'), IN_FORCE, context(), { verdict: 'ok', rules: [], decision: { allow: true }, status: { active: true, text: 'checking against Hollowmere Primary' } }],
    [
      'text-speak warns, offers its fix, and lets the post go',
      draft('What a gr8 day'),
      IN_FORCE,
      context(),
      { verdict: 'warn', rules: ['text-speak'], decision: { allow: true }, fixed: ['What a great day'], status: { active: true, text: /checking/ } },
    ],
    [
      "a pupil's full name is held, with the name rules' fixes",
      draft('Well done Tamsin Okonkwo-Reyes'),
      IN_FORCE,
      context(),
      { verdict: 'block', rules: ['pupil-full-name', 'identifiable-name', 'targeted-comment'], decision: { allow: false, kind: 'block' }, fixed: ['Well done Tamsin', 'Well done a pupil in Year 4'], status: { active: true, text: /checking/ } },
    ],
    [
      'a reply is read from the context',
      draft('Thank you'),
      IN_FORCE,
      context({ reply: true }),
      { verdict: 'warn', rules: ['reply'], decision: { allow: true }, status: { active: true, text: /checking/ } },
    ],
    [
      'the time comes from the context: out of hours asks for a tick',
      draft('Sports day is on Friday'),
      { compiled: schoolHours, label: 'Hollowmere Primary' },
      context({ at: NIGHT }),
      { verdict: 'confirm', rules: ['outside-hours'], decision: { allow: false, kind: 'confirm' }, attestations: ['unticked'], status: { active: true, text: /checking/ } },
    ],
    [
      'an image still being read holds the post',
      draft('Our art display', [{ state: 'pending' }]),
      IN_FORCE,
      context(),
      // photo-consent asks its question of any picture; the pending read holds the post first.
      { verdict: 'confirm', rules: ['photo-consent'], decision: { allow: false, kind: 'image-pending' }, attestations: ['unticked'], status: { active: true, text: /checking/ } },
    ],
    [
      'an unreadable image holds the post where the school says so',
      draft('Our art display', [{ state: 'failed', reason: 'timed out' }]),
      IN_FORCE,
      context(),
      { verdict: 'confirm', rules: ['photo-consent'], decision: { allow: false, kind: 'image-failed' }, attestations: ['unticked'], status: { active: true, text: /checking/ } },
    ],
    [
      'an unreadable image the school lets staff vouch for asks for a tick',
      draft('Our art display', [{ state: 'failed', reason: 'timed out' }]),
      { compiled: confirmImages, label: 'Hollowmere Primary' },
      context(),
      { verdict: 'confirm', rules: ['photo-consent'], decision: { allow: false, kind: 'confirm' }, attestations: ['unticked', 'unticked'], status: { active: true, text: /checking/ } },
    ],
    [
      'closed under a reloaded extension: nothing is checked, everything held',
      draft('Well done Tamsin Okonkwo-Reyes'),
      IN_FORCE,
      context({ closed: true }),
      { rules: [], decision: { allow: false, kind: 'closed' }, status: { active: false, text: 'not active: reload this page' } },
    ],
    [
      'no usable profile',
      draft('Sports day is on Friday'),
      { problem: 'the school profile could not be read.' },
      context(),
      { rules: [], decision: { allow: false, kind: 'profile' }, status: { active: false, text: 'not active: no usable school profile' } },
    ],
    [
      'the profile still on its way',
      draft('Sports day is on Friday'),
      { problem: 'loading', loading: 'loading the school profile…' },
      context(),
      { rules: [], decision: { allow: false, kind: 'profile' }, status: { active: false, text: 'loading the school profile…' } },
    ],
    [
      'a composer that cannot be read',
      draft(''),
      IN_FORCE,
      context({ composerProblem: 'X changed its editor.' }),
      { rules: [], decision: { allow: false, kind: 'unreadable' }, status: { active: false, text: 'cannot read this box' } },
    ],
  ])('%s', (_name, input, profile, ctx, expected) => {
    const evaluation = evaluateDraft(input, profile, ctx);
    const findings = evaluation.result?.findings ?? [];
    expect(evaluation.result?.verdict).toBe(expected.verdict);
    expect([...new Set(findings.map((f) => f.rule))]).toEqual(expected.rules);
    expect(evaluation.decision.allow).toBe(expected.decision.allow);
    if (!evaluation.decision.allow) expect(evaluation.decision.kind).toBe(expected.decision.kind);
    const fixed = findings.filter((f) => f.rule === expected.rules[0]).flatMap((f) => f.fixes ?? []).map((fix) => input.text.slice(0, fix.start) + fix.replacement + input.text.slice(fix.end));
    expect(fixed).toEqual(expected.fixed ?? []);
    expect(evaluation.attestations.map((a) => (a.ticked ? 'ticked' : 'unticked'))).toEqual(expected.attestations ?? []);
    expect(evaluation.statusLine.active).toBe(expected.status.active);
    expect(evaluation.statusLine.text).toMatch(expected.status.text);
    expect(evaluation.text).toBe(input.text);
  });

  it('a box ticked for this draft lets it go; the attestations say which are ticked', () => {
    const profile = { compiled: schoolHours, label: 'Hollowmere Primary' };
    const [attestation] = evaluateDraft(draft('Sports day'), profile, context({ at: NIGHT })).attestations.map((a) => a.text);
    const ticked = evaluateDraft(draft('Sports day'), profile, context({ at: NIGHT, ticked: new Set([attestation!, 'a box of another draft']) }));
    expect(ticked.decision).toEqual({ allow: true });
    expect(ticked.attestations).toEqual([{ text: attestation, ticked: true }]);
  });

  it('a check that throws holds the post as an engine failure, with its message', () => {
    const evaluation = evaluateDraft(draft('Sports day'), IN_FORCE, context(), () => {
      throw new Error('rule exploded');
    });
    expect(evaluation.result).toBeUndefined();
    expect(evaluation.decision).toMatchObject({ allow: false, kind: 'engine', message: expect.stringContaining('rule exploded') });
  });

  it('is pure: the same input gives the same output, and the input is not touched', () => {
    const input = draft('Well done Tamsin Okonkwo-Reyes, gr8 work', [{ state: 'done', text: 'Year 4 art' }]);
    const ctx = context({ ticked: new Set(['x']) });
    const snapshot = JSON.stringify([input.text, input.parts.map((p) => [p.offset, p.text]), input.images, [...ctx.ticked], ctx.at]);
    const first = evaluateDraft(input, IN_FORCE, ctx);
    const second = evaluateDraft(input, IN_FORCE, ctx);
    expect(second).toEqual(first);
    expect(JSON.stringify([input.text, input.parts.map((p) => [p.offset, p.text]), input.images, [...ctx.ticked], ctx.at])).toBe(snapshot);
  });

  it('passes images to the engine as read: no faces until the face check has run', () => {
    const seen: unknown[] = [];
    evaluateDraft(draft('Art', [{ state: 'done', text: 'OCR' }, { state: 'done', text: '', faces: [{ x: 0, y: 0, w: 0.1, h: 0.1 }] }, { state: 'pending' }]), IN_FORCE, context({ account: '@Hollowmere' }), (engineDraft, profile) => {
      seen.push(engineDraft);
      return { verdict: 'ok', findings: [] };
    });
    expect(seen).toEqual([
      { text: 'Art', images: [{ text: 'OCR' }, { text: '', faces: [{ x: 0, y: 0, w: 0.1, h: 0.1 }] }, { text: '' }], at: MORNING, reply: undefined, dm: undefined, account: '@Hollowmere' },
    ]);
  });
});

describe('image descriptions', () => {
  const rules = (text: string, images: ImageStatus[] = [], describing = false) =>
    evaluateDraft(draft(text, images), IN_FORCE, context(), describing ? besidePhoto(checkWithFixes) : checkWithFixes).result!.findings.map((f) => f.rule);

  it("a description is words beside a photo: a pupil's first name is a name with a photo; the photo's own questions are not asked there", () => {
    expect(rules('Tamsin painting at the fair')).not.toContain('name-with-photo');
    expect(rules('Tamsin painting at the fair', [], true)).toContain('name-with-photo');
    expect(rules('Tamsin painting at the fair', [], true)).not.toContain('photo-consent');
    expect(rules('Children painting at the fair', [], true)).toEqual([]);
  });

  it("a saved description is read with its photo's own text in the post's draft", () => {
    const photo: ImageStatus = { state: 'done', text: '' };
    expect(rules('The summer fair', [withDescription(photo, 'Tamsin painting')])).toContain('name-with-photo');
    expect(withDescription({ state: 'pending' }, 'Tamsin')).toEqual({ state: 'pending' });
    expect(withDescription({ state: 'done', text: 'SALE' }, 'Tamsin')).toEqual({ state: 'done', text: 'SALE\nTamsin' });
  });
});
