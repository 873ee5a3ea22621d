import type { Rule } from './types';

export const sensitiveDetail: Rule = {
  id: 'sensitive-detail',
  meta: {
    description: 'Health, SEN, behaviour, family or safeguarding details next to a pupil reference',
    defaultSeverity: 'block',
    policySource: ['forefield-junior'],
    messages: { default: 'Health, SEN, behaviour, family or safeguarding details next to a pupil reference.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'segment',
  check(_segment, _ctx) {
    return []; // TODO: not implemented yet
  },
};
