import { describe, expect, it } from 'vitest';
import { check, compileProfile, EngineError, verdictOf, mostSevere } from '../../../rules/engine';
import type { DraftRule, ImageRule, Rule, RuleId, SegmentRule, Severity } from '../../../rules/types';

/** A segment rule that flags every occurrence of `word`. */
function wordRule(id: RuleId, word: string, defaultSeverity: 'block' | 'confirm' | 'warn' = 'warn'): SegmentRule {
  return {
    id,
    meta: {
      description: `flags ${word}`,
      defaultSeverity,
      policySource: ['western-primary'],
      messages: { default: 'Found {word}.', loud: 'Found {word} loudly.' },
      hints: { default: 'Remove {word}.' },
      attestation: `No ${word} here`,
    },
    scope: 'segment',
    check(segment) {
      const out = [];
      const re = new RegExp(word, 'gi');
      for (let m = re.exec(segment.text); m; m = re.exec(segment.text)) {
        out.push({ match: m[0], start: m.index, end: m.index + m[0].length, data: { word: m[0] }, messageId: m[0] === m[0].toUpperCase() ? 'loud' : undefined });
      }
      return out;
    },
  };
}

function profileWith(rules: Partial<Record<RuleId, Severity>>) {
  return compileProfile({ settings: { rules } });
}

describe('verdict', () => {
  it.each<[Severity[], string]>([
    [[], 'ok'],
    [['warn'], 'warn'],
    [['warn', 'confirm'], 'confirm'],
    [['confirm', 'block', 'warn'], 'block'],
    [['block', 'warn'], 'block'],
  ])('%j → %s', (severities, verdict) => {
    const ids: RuleId[] = ['text-speak', 'reply', 'personal-data'];
    const rules = severities.map((_, i) => wordRule(ids[i]!, 'gr8'));
    const settings = Object.fromEntries(severities.map((s, i) => [ids[i]!, s]));
    expect(check({ text: 'gr8 news' }, profileWith(settings), rules).verdict).toBe(verdict);
  });

  it('mostSevere ranks block > confirm > warn > ok', () => {
    expect(mostSevere('ok', 'warn')).toBe('warn');
    expect(mostSevere('confirm', 'warn')).toBe('confirm');
    expect(mostSevere('confirm', 'block')).toBe('block');
    expect(verdictOf([])).toBe('ok');
  });
});

describe('severities come from the profile', () => {
  const rule = wordRule('text-speak', 'lol', 'warn');

  it('uses the profile severity, not the rule default', () => {
    const result = check({ text: 'lol' }, profileWith({ 'text-speak': 'block' }), [rule]);
    expect(result.findings.map((f) => f.severity)).toEqual(['block']);
    expect(result.verdict).toBe('block');
  });

  it('does not run a rule that is off', () => {
    let ran = false;
    const spy: Rule = { ...rule, check: () => ((ran = true), []) };
    const result = check({ text: 'lol' }, profileWith({ 'text-speak': 'off' }), [spy]);
    expect(ran).toBe(false);
    expect(result).toEqual({ verdict: 'ok', findings: [] });
  });

  it('attaches the attestation only to confirm findings', () => {
    const asConfirm = check({ text: 'lol' }, profileWith({ 'text-speak': 'confirm' }), [rule]);
    expect(asConfirm.findings[0]!.attestation).toBe('No lol here');
    const asWarn = check({ text: 'lol' }, profileWith({ 'text-speak': 'warn' }), [rule]);
    expect(asWarn.findings[0]!.attestation).toBeUndefined();
  });
});

describe('findings', () => {
  const rule = wordRule('copyright', 'getty');

  it('carry rule, severity, source, range, filled message and hint', () => {
    const result = check({ text: 'photo by Getty' }, profileWith({ copyright: 'warn' }), [rule]);
    expect(result.findings).toEqual([
      { rule: 'copyright', severity: 'warn', source: 'text', match: 'Getty', start: 9, end: 14, message: 'Found Getty.', hint: 'Remove Getty.' },
    ]);
  });

  it('pick the message by messageId', () => {
    const result = check({ text: 'GETTY' }, profileWith({ copyright: 'warn' }), [rule]);
    expect(result.findings[0]!.message).toBe('Found GETTY loudly.');
    expect(result.findings[0]!.hint).toBe('Remove GETTY.'); // no "loud" hint: falls back to default
  });

  it('from images carry source "image" and the image index', () => {
    const draft = { text: 'Our trip', images: [{ text: 'no watermark' }, { text: 'www.getty images' }] };
    const result = check(draft, profileWith({ copyright: 'warn' }), [rule]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ source: 'image', image: 1, match: 'getty', start: 4, end: 9 });
  });

  it('respect a segment rule limited to image sources', () => {
    const imageOnly: SegmentRule = { ...rule, sources: ['image'] };
    const draft = { text: 'getty', images: [{ text: 'getty' }] };
    const result = check(draft, profileWith({ copyright: 'warn' }), [imageOnly]);
    expect(result.findings.map((f) => f.source)).toEqual(['image']);
  });

  it('run draft rules once per draft', () => {
    let calls = 0;
    const draftRule: DraftRule = {
      ...rule,
      id: 'reply',
      scope: 'draft',
      check: (ctx) => (calls++, ctx.draft.reply ? [{ match: 'reply' }] : []),
    };
    const result = check({ text: 'x', reply: true, images: [{ text: 'a' }, { text: 'b' }] }, profileWith({ reply: 'warn' }), [draftRule]);
    expect(calls).toBe(1);
    expect(result.findings).toMatchObject([{ rule: 'reply', source: 'text', match: 'reply' }]);
    expect(result.findings[0]!.start).toBeUndefined();
  });

  it('run image rules once per attached image, handed that image, findings placed on it', () => {
    const seen: (number | undefined)[] = [];
    const faceRule: ImageRule = {
      ...rule,
      id: 'uncovered-face',
      scope: 'image',
      check: (image) => (seen.push(image.faces?.length), image.faces?.length ? [{ match: 'face' }] : []),
    };
    const images = [{ text: 'a', faces: [] }, { text: 'b' }, { text: 'c', faces: [{ x: 0, y: 0, w: 0.1, h: 0.1 }] }];
    const result = check({ text: 'face', images }, profileWith({ 'uncovered-face': 'warn' }), [faceRule]);
    expect(seen).toEqual([0, undefined, 1]);
    expect(result.findings).toMatchObject([{ rule: 'uncovered-face', source: 'image', image: 2, match: 'face' }]);
    expect(check({ text: 'face' }, profileWith({ 'uncovered-face': 'warn' }), [faceRule]).findings).toEqual([]);
  });

  it('are de-duplicated when a rule reports the same range twice', () => {
    const twice: SegmentRule = { ...rule, check: () => [{ match: 'a', start: 0, end: 1 }, { match: 'a', start: 0, end: 1 }] };
    expect(check({ text: 'a' }, profileWith({ copyright: 'warn' }), [twice]).findings).toHaveLength(1);
  });
});

describe('fail safe', () => {
  it('a throwing rule raises EngineError naming the rule', () => {
    const broken: Rule = { ...wordRule('negative-tone', 'x'), check: () => { throw new Error('boom'); } };
    expect(() => check({ text: 'hello' }, profileWith({ 'negative-tone': 'warn' }), [broken])).toThrow(EngineError);
    try {
      check({ text: 'hello' }, profileWith({ 'negative-tone': 'warn' }), [broken]);
    } catch (error) {
      expect((error as EngineError).ruleId).toBe('negative-tone');
      expect((error as EngineError).message).toMatch(/negative-tone.*boom/);
    }
  });

  it('a throwing rule that is off does not matter', () => {
    const broken: Rule = { ...wordRule('negative-tone', 'x'), check: () => { throw new Error('boom'); } };
    expect(check({ text: 'hello' }, profileWith({ 'negative-tone': 'off' }), [broken]).verdict).toBe('ok');
  });
});

describe('context', () => {
  it('defaults the account to the first school account and the time to now', () => {
    let seen: { account: string; at: Date } | undefined;
    const probe: DraftRule = { ...wordRule('school-account', 'x'), scope: 'draft', check: (ctx) => ((seen = { account: ctx.account, at: ctx.at }), []) };
    const before = Date.now();
    check({ text: '' }, compileProfile({ settings: { accounts: ['@FirstAcct', '@SecondAcct'] } }), [probe]);
    expect(seen!.account).toBe('@FirstAcct');
    expect(seen!.at.getTime()).toBeGreaterThanOrEqual(before);
  });
});
