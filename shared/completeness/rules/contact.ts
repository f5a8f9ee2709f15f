import { mention } from './mentions.js';
import type { SectionRule } from './sectionRule.js';

export const contactRule: SectionRule = {
  sectionId: 'contact',
  check(context) {
    return [
      mention(
        context,
        'contact-point',
        [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u, /\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b/, /\b(?:team|service|unit|office|mailbox)\b/i],
        'Give a named team, a mailbox or a phone number for questions about the strategy.',
      ),
    ];
  },
};
