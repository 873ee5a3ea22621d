/**
 * Droxford: "The school Twitter account will not reply to any 'mentions' or
 * 'replies' on Twitter. This is not the platform to discuss or debate school
 * related issues." St Catherine: "This is not a platform to discuss or debate
 * school related issues."
 */
import type { Rule } from './types';

export const reply: Rule = {
  id: 'reply',
  meta: {
    description: 'The post is a reply to another post',
    defaultSeverity: 'warn',
    policySource: ['droxford-junior', 'st-catherine-of-siena'],
    messages: {
      default:
        'This is a reply. The school account does not reply to mentions or replies: Twitter is not the platform to discuss or debate school related issues.',
    },
    hints: {
      default: 'Post it as a new tweet for everyone instead, or ask the person to contact the school office.',
    },
  },
  scope: 'draft',
  check(ctx) {
    return ctx.draft.reply ? [{ match: 'reply' }] : [];
  },
};
