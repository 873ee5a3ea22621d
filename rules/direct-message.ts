import type { Rule } from './types';

export const directMessage: Rule = {
  id: 'direct-message',
  meta: {
    description: 'The post is a direct message',
    defaultSeverity: 'block',
    policySource: ['irthlingborough-junior', 'western-primary'],
    messages: { default: 'The post is a direct message.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'draft',
  check(_ctx) {
    return []; // TODO: not implemented yet
  },
};
