import type { TextReadability } from '../../shared/completeness/readability.js';
import { YOUNG_PEOPLE_READING_AGE_CEILING } from '../../shared/completeness/readability.js';

/** The words of the foreword workshop: plain questions, and how easy the writing is to read, without scores. */

export const WORKSHOP_PROMPTS: readonly string[] = [
  'What makes a good corporate parent?',
  'What is good about being looked after here, and what should change?',
  'What do you want councillors to do, starting this year?',
  'Is there anything you want every councillor to remember about you?',
];

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
