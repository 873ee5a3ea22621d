import { describe, expect, it } from 'vitest';
import { check, compileProfile } from '../../rules/engine';
import { directMessage } from '../../rules/direct-message';
import type { Draft } from '../../rules/types';
import type { Settings } from '../../rules/profile/schema';

function findings(draft: Draft, settings: Settings = {}) {
  return check(draft, compileProfile({ settings }), [directMessage]).findings;
}

describe('direct-message', () => {
  it.each<[string, Draft]>([
    ['a public post', { text: 'Choir practice moves to Thursday.' }],
    ['dm explicitly false', { text: 'Choir practice', dm: false }],
    ['a reply is not a DM', { text: 'See you there', reply: true }],
  ])('no finding: %s', (_name, draft) => {
    expect(findings(draft)).toEqual([]);
  });

  it.each<[string, Draft]>([
    ['a direct message', { text: 'Hi, about your son...', dm: true }],
    ['a DM with an image', { text: 'Photo attached', dm: true, images: [{ text: '' }] }],
  ])('blocks: %s', (_name, draft) => {
    const found = findings(draft);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'direct-message', severity: 'block', source: 'text', match: 'direct message' });
    expect(found[0]!.message).toMatch(/private discussions/);
    expect(found[0]!.hint).toMatch(/school office/);
    expect(check({ text: 'x', dm: true }, compileProfile(), [directMessage]).verdict).toBe('block');
  });

  it('follows the profile severity', () => {
    expect(findings({ text: 'x', dm: true }, { rules: { 'direct-message': 'warn' } })[0]!.severity).toBe('warn');
    expect(findings({ text: 'x', dm: true }, { rules: { 'direct-message': 'off' } })).toEqual([]);
  });
});
