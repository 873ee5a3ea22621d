import type { Rule } from './types';

export const staffOpinion: Rule = {
  id: 'staff-opinion',
  meta: {
    description: 'A named staff member with a negative or personal opinion',
    defaultSeverity: 'warn',
    policySource: ['forefield-junior'],
    messages: { default: 'A named staff member with a negative or personal opinion.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'segment',
  check(_segment, _ctx) {
    return []; // TODO: not implemented yet
  },
};
