import type { Rule } from './types';

export const textSpeak: Rule = {
  id: 'text-speak',
  meta: {
    description: 'Text-speak such as lol, gr8, l8r',
    defaultSeverity: 'warn',
    policySource: ['western-primary'],
    messages: { default: 'Text-speak such as lol, gr8, l8r.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'segment',
  check(_segment, _ctx) {
    return []; // TODO: not implemented yet
  },
};
