import type { Rule } from './types';

export const pupilFullName: Rule = {
  id: 'pupil-full-name',
  meta: {
    description: 'A pupil\'s full name (first name with surname)',
    defaultSeverity: 'block',
    policySource: ['droxford-junior', 'forefield-junior', 'irthlingborough-junior', 'st-catherine-of-siena', 'western-primary'],
    messages: { default: 'A pupil\'s full name (first name with surname).' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'draft',
  check(_ctx) {
    return []; // TODO: not implemented yet
  },
};
