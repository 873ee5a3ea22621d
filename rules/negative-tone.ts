import type { Rule } from './types';

export const negativeTone: Rule = {
  id: 'negative-tone',
  meta: {
    description: 'Upsetting, angry, complaining or debate-inviting content',
    defaultSeverity: 'warn',
    policySource: ['forefield-junior', 'droxford-junior'],
    messages: { default: 'Upsetting, angry, complaining or debate-inviting content.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'segment',
  check(_segment, _ctx) {
    return []; // TODO: not implemented yet
  },
};
