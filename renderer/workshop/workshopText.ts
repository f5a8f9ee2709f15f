import type { TextReadability } from '../../shared/completeness/readability.js';
import { YOUNG_PEOPLE_READING_AGE_CEILING } from '../../shared/completeness/readability.js';
import { atSentenceStart } from '../../shared/template/documentWords.js';
import type { DocumentWords } from '../../shared/template/template.js';

/** The words of the foreword workshop: plain questions, and how easy the writing is to read, without scores. */

/** The questions to start from, naming the people who lead the body as its pack does ("councillors", "Trust Board members"). */
export function workshopPrompts(words: DocumentWords): readonly string[] {
  return [
    'What makes a good corporate parent?',
    'What is good about being looked after here, and what should change?',
    `What do you want ${words.leaders} to do, starting this year?`,
    `Is there anything you want every ${words.leader} to remember about you?`,
  ];
}

/** The line under the workshop's heading: whose document this starts, and who reads it first. */
export function workshopLead(words: DocumentWords): string {
  return `This is the start of the ${words.documentKind}, in your words. ${atSentenceStart(words.leaders)} read it first. Write what you want them to know — it will be printed as you write it.`;
}

/** Fewer words than this make the reading age jump about, so the meter waits. */
const ENOUGH_WORDS = 20;

export type ReadingLevel = 'waiting' | 'easy' | 'harder';

export interface ReadingAgeMessage {
  level: ReadingLevel;
  /** Roughly where the meter sits, from 0 (very easy) to 1 (hard), for the bar beside the words. */
  fill: number;
  text: string;
}

export function readingAgeMessage(readability: TextReadability): ReadingAgeMessage {
  if (readability.words < ENOUGH_WORDS) {
    return { level: 'waiting', fill: 0, text: 'Write a few sentences and this will show how easy your words are to read.' };
  }
  const age = Math.max(6, Math.round(readability.readingAge));
  const fill = Math.min(1, Math.max(0, (age - 6) / 12));
  if (age <= YOUNG_PEOPLE_READING_AGE_CEILING) {
    return { level: 'easy', fill, text: `Easy to read: most people aged ${age} or over could read this.` };
  }
  return {
    level: 'harder',
    fill,
    text: `Quite hard to read: it suits people aged ${age} or over. Shorter sentences and everyday words would help more people read it.`,
  };
}
