import { describe, expect, it } from 'vitest';
import { compileProfile } from '../../../rules/engine';
import { ruleTester, runRule } from './rule-tester';

const MESSAGE = /not the platform to discuss or debate school related issues/;

ruleTester('reply', {}, {
  valid: [
    'Harvest festival donations by Friday please.',
    { name: 'reply explicitly false', text: 'Thanks for coming!', reply: false },
    { name: 'a direct message is not a reply', text: 'Thanks', dm: true },
  ],
  invalid: [
    { text: 'Yes, the gates open at 8:40.', reply: true, errors: [{ match: 'reply', source: 'text', severity: 'warn', message: MESSAGE, hint: 'new tweet' }] },
    { name: 'an empty reply', text: '', reply: true, errors: [{ match: 'reply' }] },
    { name: 'one finding even with images', text: 'Here it is', reply: true, images: [{ text: 'reply' }], errors: [{ match: 'reply', source: 'text' }] },
  ],
});

describe('reply severity', () => {
  it('follows the profile (Droxford never replies: block)', () => {
    const draft = { text: 'ok', reply: true };
    expect(runRule('reply', compileProfile({ settings: { rules: { reply: 'block' } } }), draft)[0]!.severity).toBe('block');
    expect(runRule('reply', compileProfile({ settings: { rules: { reply: 'off' } } }), draft)).toEqual([]);
  });
});
