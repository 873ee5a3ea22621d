/**
 * ESLint-RuleTester-style table tests for SafePost rules, run through the REAL
 * engine: compileProfile + check(), restricted to the rule under test (so
 * severity, message filling, sources and dedupe are the engine's own).
 *
 *   ruleTester('pupil-full-name', profile, {
 *     valid: ['Year 4 had a great day', { text: '…', images: [{ text: '' }] }],
 *     invalid: [{ text: 'Well done Amelia Clarke', errors: [{ match: 'Amelia Clarke', start: 10, end: 23 }] }],
 *   });
 *
 * `errors` must list every finding of the rule, in order. Each expected error
 * may pin `match`, `start`/`end` (offsets into the segment's ORIGINAL text),
 * `source`, `image`, `message` / `hint` (substring or RegExp) and `severity`.
 */
import { describe, expect, it } from 'vitest';
import { check, compileProfile, type ProfileInput } from '../../../rules/engine';
import { RULES_BY_ID } from '../../../rules/registry';
import type { CompiledProfile, Draft, Finding, RuleId } from '../../../rules/types';

export interface ExpectedError {
  match?: string;
  start?: number;
  end?: number;
  source?: 'text' | 'image';
  image?: number;
  severity?: Finding['severity'];
  message?: string | RegExp;
  hint?: string | RegExp;
  attestation?: string;
}

export type ValidCase = string | (Draft & { name?: string });
export interface InvalidCase extends Draft {
  name?: string;
  errors: ExpectedError[];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

function asDraft(c: ValidCase | InvalidCase): Draft {
  if (typeof c === 'string') return { text: c };
  const { name: _n, ...rest } = c as InvalidCase;
  delete (rest as Partial<InvalidCase>).errors;
  return rest;
}

function label(c: ValidCase | InvalidCase): string {
  if (typeof c === 'string') return JSON.stringify(c);
  return c.name ?? JSON.stringify(c.text) + (c.images?.length ? ` + ${c.images.length} image(s)` : '');
}

function textMatches(actual: string | undefined, expected: string | RegExp): void {
  if (expected instanceof RegExp) expect(actual).toMatch(expected);
  else expect(actual).toContain(expected);
}

/** Findings of one rule for one draft, through the real engine. */
export function runRule(ruleId: RuleId, compiled: CompiledProfile, draft: Draft): Finding[] {
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) throw new Error(`unknown rule ${ruleId}`);
  return check(draft, compiled, [rule]).findings;
}

/** Assert one draft's findings against the expected errors (every finding listed, in order). */
export function expectFindings(found: Finding[], errors: ExpectedError[], draft: Draft): void {
  expect(
    found.map((f) => ({ match: f.match, start: f.start, end: f.end, source: f.source })),
    'number of findings',
  ).toHaveLength(errors.length);
  errors.forEach((e, i) => {
    const f = found[i] as Finding;
    if (e.match !== undefined) expect(f.match).toBe(e.match);
    if (e.start !== undefined) expect(f.start).toBe(e.start);
    if (e.end !== undefined) expect(f.end).toBe(e.end);
    if (e.source !== undefined) expect(f.source).toBe(e.source);
    if (e.image !== undefined) expect(f.image).toBe(e.image);
    if (e.severity !== undefined) expect(f.severity).toBe(e.severity);
    if (e.message !== undefined) textMatches(f.message, e.message);
    if (e.hint !== undefined) textMatches(f.hint, e.hint);
    if (e.attestation !== undefined) expect(f.attestation).toBe(e.attestation);
    // Offsets always index the text the finding came from.
    if (f.start !== undefined && f.end !== undefined) {
      const segmentText = f.source === 'image' ? (draft.images?.[f.image ?? -1]?.text ?? '') : draft.text;
      expect(segmentText.slice(f.start, f.end)).toBe(f.match);
    }
    // Templates are always filled in.
    expect(f.message).not.toMatch(/\{\w+\}/);
    expect(f.hint).not.toMatch(/\{\w+\}/);
  });
}

/** Declare a describe() block with one test per case. */
export function ruleTester(
  ruleId: RuleId,
  profile: ProfileInput | CompiledProfile,
  cases: RuleCases,
  title: string = ruleId,
): void {
  const compiled: CompiledProfile = 'roster' in profile ? profile : compileProfile(profile);
  describe(title, () => {
    for (const c of cases.valid) {
      it(`valid: ${label(c)}`, () => {
        const draft = asDraft(c);
        expect(runRule(ruleId, compiled, draft)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${label(c)}`, () => {
        const draft = asDraft(c);
        expectFindings(runRule(ruleId, compiled, draft), c.errors, draft);
      });
    }
  });
}
