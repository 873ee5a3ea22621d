import type { Rule } from './types';

export const nameWithPhoto: Rule = {
  id: 'name-with-photo',
  meta: {
    description: 'A pupil\'s name while an image is attached',
    defaultSeverity: 'block',
    policySource: ['western-primary'],
    messages: { default: 'A pupil\'s name while an image is attached.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'segment',
  check(_segment, _ctx) {
    return []; // TODO: not implemented yet
  },
};
