import type { Rule } from './types';

export const identifiableName: Rule = {
  id: 'identifiable-name',
  meta: {
    description: 'A first name so rare that it identifies the child',
    defaultSeverity: 'warn',
    policySource: ['western-primary'],
    messages: { default: 'A first name so rare that it identifies the child.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'segment',
  check(_segment, _ctx) {
    return []; // TODO: not implemented yet
  },
};
