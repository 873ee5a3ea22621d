/**
 * Irthlingborough: "Irthlingborough Junior School will not enter into private
 * discussions with others." Western: "Twitter will not be used to engage with
 * individual parents directly."
 */
import type { Rule } from './types';

export const directMessage: Rule = {
  id: 'direct-message',
  meta: {
    description: 'The post is a direct (private) message',
    defaultSeverity: 'block',
    policySource: ['irthlingborough-junior', 'western-primary'],
    messages: {
      default:
        'This is a direct message. The school will not enter into private discussions on Twitter or use it to engage with individual parents directly.',
    },
    hints: {
      default: 'Contact the family through the school office, e-mail or the school messaging service instead.',
    },
  },
  scope: 'draft',
  check(ctx) {
    return ctx.draft.dm ? [{ match: 'direct message' }] : [];
  },
};
