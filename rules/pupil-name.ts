import type { Rule } from './types';

export const pupilName: Rule = {
  id: 'pupil-name',
  meta: {
    description: 'A pupil\'s name where the naming policy or the pupil\'s name consent forbids it',
    defaultSeverity: 'block',
    policySource: ['droxford-junior', 'st-catherine-of-siena', 'western-primary'],
    messages: { default: 'A pupil\'s name where the naming policy or the pupil\'s name consent forbids it.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'segment',
  check(_segment, _ctx) {
    return []; // TODO: not implemented yet
  },
};
