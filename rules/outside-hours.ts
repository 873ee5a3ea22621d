import type { Rule } from './types';

export const outsideHours: Rule = {
  id: 'outside-hours',
  meta: {
    description: 'Posting outside the school\'s posting hours',
    defaultSeverity: 'confirm',
    policySource: ['droxford-junior'],
    messages: { default: 'Posting outside the school\'s posting hours.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'draft',
  check(_ctx) {
    return []; // TODO: not implemented yet
  },
};
