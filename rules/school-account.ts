import type { Rule } from './types';

export const schoolAccount: Rule = {
  id: 'school-account',
  meta: {
    description: 'A post about the school from an account that is not the school\'s',
    defaultSeverity: 'warn',
    policySource: ['forefield-junior'],
    messages: { default: 'A post about the school from an account that is not the school\'s.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'draft',
  check(_ctx) {
    return []; // TODO: not implemented yet
  },
};
