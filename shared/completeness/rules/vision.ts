import { countWords } from '../text.js';
import { mention } from './mentions.js';
import type { SectionRule } from './sectionRule.js';

export const visionRule: SectionRule = {
  sectionId: 'vision',
  check(context) {
    const words = countWords(context.text);
    return [
      mention(context, 'ambition', [/\b(?:vision|ambition|ambitious|aspir\w*|we want|we will|our aim|we aim|we commit|committed to)\b/i], 'State the ambition for children in care and care leavers in a few sentences ("Our ambition is that every child …").'),
      mention(
        context,
        'good-parent-test',
        [/\bgood enough for (?:my|our|their|your) (?:own )?(?:child|children|son|daughter)\b/i, /\bwant for (?:my|our|their) (?:own )?(?:child|children)\b/i, /\b(?:any|a) good (?:parent|parents)\b/i, /\bvalues\b/i, /\bprinciples\b/i],
        'Add the test you will hold yourselves to, such as "would this be good enough for my own child?", or the values behind the vision.',
      ),
      { element: 'concise', passed: words <= 400, severity: 'info', message: `The vision runs to ${words} words; a vision readers remember is a few sentences long.` },
    ];
  },
};
