import type { Rule } from './types';

export const safeguardingSecret: Rule = {
  id: 'safeguarding-secret',
  meta: {
    description: 'Passwords, PINs, door codes, meeting ids and passcodes, Wi-Fi keys',
    defaultSeverity: 'block',
    policySource: ['western-primary'],
    messages: { default: 'Passwords, PINs, door codes, meeting ids and passcodes, Wi-Fi keys.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'segment',
  check(_segment, _ctx) {
    return []; // TODO: not implemented yet
  },
};
