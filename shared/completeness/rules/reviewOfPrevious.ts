import { mention } from './mentions.js';
import type { SectionRule } from './sectionRule.js';

export const reviewOfPreviousRule: SectionRule = {
  sectionId: 'review-of-previous',
  check(context) {
    return [
      mention(context, 'achieved', [/\b(?:achiev\w*|delivered|progress|success\w*|improved|completed|introduced|launched|increased|reduced)\b/i], 'Say what the previous strategy achieved.'),
      mention(context, 'what-children-said', [/\b(?:children|young people|care leavers|they|you)\b.{0,30}\b(?:said|told|tell|say|says)\b/i, /\bfeedback\b/i, /\bsurvey\w*\b/i, /\bconsult\w*\b/i], 'Say what children and young people said about the previous strategy.'),
      mention(context, 'still-to-do', [/\b(?:still|remains?|remaining|left to do|not yet|more to do|further work|carr(?:y|ied) (?:forward|over)|challenges?)\b/i], 'Say what is left to do and is carried into this strategy.'),
    ];
  },
};
