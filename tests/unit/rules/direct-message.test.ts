import { describe, expect, it } from 'vitest';
import { compileProfile } from '../../../rules/engine';
import { ruleTester, runRule } from './rule-tester';

ruleTester('direct-message', {}, {
  valid: [
    'Choir practice moves to Thursday.',
    { name: 'dm explicitly false', text: 'Choir practice', dm: false },
    { name: 'a reply is not a DM', text: 'See you there', reply: true },
  ],
  invalid: [
    {
      text: 'Hi, about your son...',
      dm: true,
      errors: [{ match: 'direct message', source: 'text', severity: 'block', message: 'private discussions', hint: 'school office' }],
    },
    { name: 'a DM with an image', text: 'Photo attached', dm: true, images: [{ text: '' }], errors: [{ match: 'direct message' }] },
  ],
});

describe('direct-message verdict and severity', () => {
  it('blocks by default', () => {
    expect(runRule('direct-message', compileProfile(), { text: 'x', dm: true })[0]!.severity).toBe('block');
  });

  it('follows the profile', () => {
    const warn = compileProfile({ settings: { rules: { 'direct-message': 'warn' } } });
    expect(runRule('direct-message', warn, { text: 'x', dm: true })[0]!.severity).toBe('warn');
    const off = compileProfile({ settings: { rules: { 'direct-message': 'off' } } });
    expect(runRule('direct-message', off, { text: 'x', dm: true })).toEqual([]);
  });
});
