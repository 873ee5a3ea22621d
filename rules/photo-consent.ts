import type { Rule } from './types';

export const photoConsent: Rule = {
  id: 'photo-consent',
  meta: {
    description: 'An image is attached: everyone pictured must have photo consent',
    defaultSeverity: 'confirm',
    policySource: ['droxford-junior', 'forefield-junior', 'irthlingborough-junior', 'st-catherine-of-siena', 'western-primary'],
    messages: { default: 'An image is attached: everyone pictured must have photo consent.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'draft',
  check(_ctx) {
    return []; // TODO: not implemented yet
  },
};
