import { describe, expect, it } from 'vitest';
import { check, compileProfile } from '../../rules/engine';
import { reply } from '../../rules/reply';
import type { Draft } from '../../rules/types';
import type { Settings } from '../../rules/profile/schema';

function findings(draft: Draft, settings: Settings = {}) {
  return check(draft, compileProfile({ settings }), [reply]).findings;
}

describe('reply', () => {
  it.each<[string, Draft]>([
    ['a new post', { text: 'Harvest festival donations by Friday please.' }],
    ['reply explicitly false', { text: 'Thanks for coming!', reply: false }],
    ['a direct message is not a reply', { text: 'Thanks', dm: true }],
  ])('no finding: %s', (_name, draft) => {
    expect(findings(draft)).toEqual([]);
  });

  it.each<[string, Draft]>([
    ['a reply', { text: 'Yes, the gates open at 8:40.', reply: true }],
    ['an empty reply', { text: '', reply: true }],
    ['a reply with an image', { text: 'Here it is', reply: true, images: [{ text: '' }] }],
  ])('one finding for the whole draft: %s', (_name, draft) => {
    const found = findings(draft);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'reply', severity: 'warn', source: 'text', match: 'reply' });
    expect(found[0]!.message).toMatch(/not the platform to discuss or debate school related issues/);
    expect(found[0]!.hint).toMatch(/new tweet/);
  });

  it('follows the profile severity (Droxford never replies: block)', () => {
    expect(findings({ text: 'ok', reply: true }, { rules: { reply: 'block' } })[0]!.severity).toBe('block');
    expect(findings({ text: 'ok', reply: true }, { rules: { reply: 'off' } })).toEqual([]);
  });
});
