import { UNSORTED } from '../../../../shared/import/types.js';
import type { CueBook, HeadingCue } from './importCues.js';

/**
 * What the words of a heading say about the section it opens, from the
 * pack's heading cues. A "defining" cue (weight ≥ 1) names the section
 * outright ("Terms of Reference", "Our Pledge"), a weaker one only leans
 * towards it ("councillors", "framework"). Headings the pack has no section
 * for ("Conclusion") score for UNSORTED on purpose. A heading worded as
 * a section's own title names that section.
 */

const DEFINING = 1;
/** A heading that is a section's own title outweighs any family of cues (whose scores stop at 2). */
const OWN_TITLE = 3;

/**
 * "A word from the Youth Voice group", "Message from the Chair of the Board",
 * "From our young inspectors": a heading that says who speaks. What comes
 * after "from" names the speaker, not the subject, so it can only say which
 * foreword this is; for any other section only the words before it count.
 * "From care to adulthood" is a journey and "By working together" a means,
 * not speakers.
 */
const ATTRIBUTION = /^(?:(?:a|an|some|our)\s+)?(?:(?:few|short|personal|special)\s+)?(?:(?:words?|message|letter|note|hello|greetings?|thoughts|introduction|foreword|welcome)\s+)?(?:from|by)\s+(?![\d(])(?!\w+ing\b)(?!.*\bto\b)\S/;

export interface HeadingScore {
  scores: Map<string, number>;
  /** The section a defining pattern names, when one does (the highest-weighted if several). */
  defining: string | null;
  definingWeight: number;
}

/** Scores the words of a heading (numbering and "Appendix N" already removed, lower case). */
export function scoreHeading(words: string, book: CueBook): HeadingScore {
  const scores = new Map<string, number>();
  let defining: string | null = null;
  let definingWeight = 0;
  const attribution = ATTRIBUTION.exec(words);
  const subjectWords = attribution ? words.slice(0, attribution[0].length - 1).replace(/\s*\b(?:from|by)\s+$/, '') : words;
  const families: [string, readonly HeadingCue[], string][] = [
    ...book.sections.map((section): [string, HeadingCue[], string] => [section.id, section.headings, section.foreword ? words : subjectWords]),
    [UNSORTED, book.unplaced, subjectWords],
  ];
  for (const [section, cues, text] of families) {
    if (text === '') continue;
    let score = 0;
    let earliest = Infinity;
    for (const { pattern, weight } of cues) {
      const match = pattern.exec(text);
      if (!match) continue;
      score += weight;
      earliest = Math.min(earliest, match.index);
      // Of two defining words ("vision and priorities"), the one named first usually leads.
      const effective = weight + 0.05 * (1 - earliest / Math.max(text.length, 1));
      if (weight >= DEFINING && effective > definingWeight) {
        defining = section;
        definingWeight = effective;
      }
    }
    if (score > 0) scores.set(section, Math.min(score, 2) + 0.05 * (1 - earliest / Math.max(text.length, 1)));
  }
  const titled = book.sections.find((section) => section.title === words);
  if (titled) {
    scores.set(titled.id, OWN_TITLE);
    defining = titled.id;
    definingWeight = OWN_TITLE;
  }
  return { scores, defining, definingWeight };
}
