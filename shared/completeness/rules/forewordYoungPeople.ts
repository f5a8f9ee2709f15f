import { readabilityOfSection, YOUNG_PEOPLE_READING_AGE_CEILING } from '../readability.js';
import { DATE_PATTERN } from '../text.js';
import { mention } from './mentions.js';
import type { SectionRule } from './sectionRule.js';

const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|me|my|we|we're|we’re|we've|we’ve|us|our)\b/gi;

/** Who wrote it: a group of children in care or care leavers, or named young people (whose consent is checked across the document). */
const ATTRIBUTION = [
  /\b(?:children|young people)\s+in\s+care\s+(?:council|forum|group|panel)\b/i,
  /\bcare\s+(?:leavers?|experienced)['’]?\s*(?:forum|group|council|panel|network|board|voice)\b/i,
  /\b(?:CiCC|CICC)\b/,
  /\b(?:youth|young people['’]?s?|children['’]?s)\s+(?:council|forum|panel|group|voice)\b/i,
  /^\s*(?:from|by|signed|written by|love|best wishes)\b/im,
  /\bmembers of\b/i,
];

export const forewordYoungPeopleRule: SectionRule = {
  sectionId: 'foreword-young-people',
  check(context) {
    const firstPerson = context.text.match(FIRST_PERSON)?.length ?? 0;
    const readability = readabilityOfSection(context, YOUNG_PEOPLE_READING_AGE_CEILING);
    const longest = readability.longestSentences[0];
    return [
      {
        element: 'first-person',
        passed: firstPerson >= 3,
        message: 'This foreword should be in the words of children in care and care leavers themselves ("we", "I", "our"). Write it with them, in the first person.',
      },
      mention(context, 'attribution', ATTRIBUTION, 'Say who wrote this foreword: the Children in Care Council or care leavers\' group, or young people who have agreed to be named.'),
      mention(context, 'date', DATE_PATTERN, 'Add the date (at least month and year) when the young people wrote or agreed this foreword.'),
      {
        element: 'plain-language',
        passed: readability.words === 0 || readability.readingAge <= YOUNG_PEOPLE_READING_AGE_CEILING,
        message: `The reading age is about ${readability.readingAge}; aim for ${YOUNG_PEOPLE_READING_AGE_CEILING} or below. Use shorter sentences and everyday words.`,
        ...(longest ? { location: { from: longest.from, to: longest.to } } : {}),
      },
      {
        element: 'reading-age',
        passed: false,
        severity: 'info',
        message: `Reading age about ${readability.readingAge} (Flesch-Kincaid grade ${readability.grade}); suggested ceiling ${YOUNG_PEOPLE_READING_AGE_CEILING}.`,
      },
    ];
  },
};
