import type { Rule } from './types';

export const reply: Rule = {
  id: 'reply',
  meta: {
    description: 'The post is a reply to another post',
    defaultSeverity: 'warn',
    policySource: ['droxford-junior', 'st-catherine-of-siena'],
    messages: { default: 'The post is a reply to another post.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'draft',
  check(_ctx) {
    return []; // TODO: not implemented yet
  },
};
