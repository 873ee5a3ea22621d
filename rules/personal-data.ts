import type { Rule } from './types';

export const personalData: Rule = {
  id: 'personal-data',
  meta: {
    description: 'Phone numbers, e-mail addresses, home addresses, postcodes, dates of birth',
    defaultSeverity: 'block',
    policySource: ['forefield-junior', 'western-primary'],
    messages: { default: 'Phone numbers, e-mail addresses, home addresses, postcodes, dates of birth.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'segment',
  check(_segment, _ctx) {
    return []; // TODO: not implemented yet
  },
};
