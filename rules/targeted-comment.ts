import type { Rule } from './types';

export const targetedComment: Rule = {
  id: 'targeted-comment',
  meta: {
    description: 'Praise or criticism aimed at one named child',
    defaultSeverity: 'warn',
    policySource: ['droxford-junior', 'st-catherine-of-siena'],
    messages: { default: 'Praise or criticism aimed at one named child.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'segment',
  check(_segment, _ctx) {
    return []; // TODO: not implemented yet
  },
};
