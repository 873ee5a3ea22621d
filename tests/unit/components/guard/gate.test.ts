/** The send decision (components/guard/gate.ts): every hold reason, in order, and every way to allow. */
import { describe, expect, test } from 'vitest';
import { decide, draftFingerprint, IMAGE_ATTESTATION, requiredAttestations, type GateInput } from '../../../../components/guard/gate';
import type { CheckResult, Finding } from '../../../../rules';

const finding = (severity: Finding['severity'], extra: Partial<Finding> = {}): Finding => ({
  rule: severity === 'confirm' ? 'photo-consent' : 'pupil-full-name',
  severity,
  source: 'text',
  match: 'x',
  message: 'm',
  hint: 'h',
  ...extra,
});
const result = (...findings: Finding[]): CheckResult => ({
  verdict: findings.some((f) => f.severity === 'block') ? 'block' : findings.some((f) => f.severity === 'confirm') ? 'confirm' : findings.length ? 'warn' : 'ok',
  findings,
});
const CONSENT = 'Every face pictured has photo consent (faces only: a name in the picture still needs removing)';
const HOURS = 'This is a school event or urgent news';
const base: GateInput = { closed: false, result: result(), images: [], unreadableImage: 'block', ticked: new Set() };
const run = (over: Partial<GateInput>) => decide({ ...base, ...over });
const kind = (over: Partial<GateInput>) => {
  const d = run(over);
  return d.allow ? 'allow' : d.kind;
};

describe('allow', () => {
  test.each([
    ['clean draft', {}],
    ['warnings only', { result: result(finding('warn')) }],
    ['confirm with its box ticked', { result: result(finding('confirm', { attestation: CONSENT })), ticked: new Set([CONSENT]) }],
    ['images read', { images: [{ state: 'done' as const, text: 'Sports day' }] }],
    [
      'unreadable image with confirm policy, attested',
      { images: [{ state: 'failed' as const, reason: 'x' }], unreadableImage: 'confirm' as const, ticked: new Set([IMAGE_ATTESTATION]) },
    ],
  ])('%s', (_name, over) => {
    expect(run(over)).toEqual({ allow: true });
  });
});

describe('hold', () => {
  test.each<[string, Partial<GateInput>, string]>([
    ['extension context gone', { closed: true }, 'closed'],
    ['closed beats everything else', { closed: true, profileProblem: 'p', composerProblem: 'c' }, 'closed'],
    ['no usable profile', { profileProblem: 'no school profile is set up' }, 'profile'],
    ['composer unreadable', { composerProblem: 'editor changed' }, 'unreadable'],
    ['engine error', { engineError: 'rule crashed', result: undefined }, 'engine'],
    ['no result at all', { result: undefined }, 'engine'],
    ['block finding', { result: result(finding('block')) }, 'block'],
    ['block even when every box is ticked', { result: result(finding('block'), finding('confirm', { attestation: CONSENT })), ticked: new Set([CONSENT]) }, 'block'],
    ['image pending', { images: [{ state: 'pending' }] }, 'image-pending'],
    ['image failed, profile says block', { images: [{ state: 'failed', reason: 'OCR unavailable' }] }, 'image-failed'],
    ['image failed, profile says confirm, not attested', { images: [{ state: 'failed', reason: 'x' }], unreadableImage: 'confirm' }, 'confirm'],
    ['confirm unticked', { result: result(finding('confirm', { attestation: CONSENT })) }, 'confirm'],
    [
      'two confirms, one ticked',
      { result: result(finding('confirm', { attestation: CONSENT }), finding('confirm', { rule: 'outside-hours', attestation: HOURS })), ticked: new Set([CONSENT]) },
      'confirm',
    ],
  ])('%s', (_name, over, expected) => {
    expect(kind(over)).toBe(expected);
  });

  test('fail-safe messages say SafePost cannot check the post', () => {
    for (const over of [{ closed: true }, { profileProblem: 'no profile.' }, { composerProblem: 'x' }, { engineError: 'e' }]) {
      const d = run(over);
      expect(d.allow).toBe(false);
      if (!d.allow) expect(d.message).toMatch(/^SafePost can't check this post — /);
    }
    const closed = run({ closed: true });
    if (!closed.allow) expect(closed.message).toMatch(/Reload this page/);
  });
  test('pending image says "checking image…"', () => {
    const d = run({ images: [{ state: 'done', text: '' }, { state: 'pending' }] });
    expect(!d.allow && d.message).toMatch(/checking image…/);
  });
});

describe('requiredAttestations', () => {
  test('one per distinct sentence, plus the image one when an image failed under a confirm policy', () => {
    const r = result(finding('confirm', { attestation: CONSENT }), finding('confirm', { attestation: CONSENT, match: 'y' }), finding('warn'));
    expect(requiredAttestations({ result: r, images: [], unreadableImage: 'confirm' })).toEqual([CONSENT]);
    expect(requiredAttestations({ result: r, images: [{ state: 'failed', reason: 'x' }], unreadableImage: 'confirm' })).toEqual([CONSENT, IMAGE_ATTESTATION]);
    expect(requiredAttestations({ result: r, images: [{ state: 'failed', reason: 'x' }], unreadableImage: 'block' })).toEqual([CONSENT]);
  });
});

describe('draftFingerprint: what clears the ticks', () => {
  const fp = draftFingerprint('Sports day, Year 4!', ['blob:a']);
  test('whitespace, case and punctuation do not count', () => {
    expect(draftFingerprint('sports  day year 4', ['blob:a'])).toBe(fp);
  });
  test('a new word or a new image does', () => {
    expect(draftFingerprint('Sports day, Year 4! Amazing', ['blob:a'])).not.toBe(fp);
    expect(draftFingerprint('Sports day, Year 4!', ['blob:a', 'blob:b'])).not.toBe(fp);
  });
});
