import type { Rule } from './types';

export const offensiveLanguage: Rule = {
  id: 'offensive-language',
  meta: {
    description: 'Profanity, slurs or abuse, including obfuscated spellings',
    defaultSeverity: 'block',
    policySource: ['irthlingborough-junior', 'western-primary', 'st-catherine-of-siena'],
    messages: { default: 'Profanity, slurs or abuse, including obfuscated spellings.' },
    hints: { default: 'Edit the post.' },
  },
  scope: 'segment',
  check(_segment, _ctx) {
    return []; // TODO: not implemented yet
  },
};
