import type { Rule } from './types';

export const copyright: Rule = {
  id: 'copyright',
  meta: {
    description: 'Stock-photo watermarks or copyright notices in an attached image',
    defaultSeverity: 'warn',
    policySource: ['irthlingborough-junior', 'western-primary', 'st-catherine-of-siena'],
    messages: { default: 'Stock-photo watermarks or copyright notices in an attached image.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'segment',
  check(_segment, _ctx) {
    return []; // TODO: not implemented yet
  },
};
