import type { ReadabilityReport } from '../../shared/completeness/index.js';

/**
 * A reading age in words a writer can act on while typing. The number alone
 * means little to most officers; what matters is whether the young people
 * the foreword is for can read it, and what to change if not.
 */

export type ReadabilityTone = 'good' | 'high' | 'neutral';

export interface ReadabilityVerdict {
  tone: ReadabilityTone;
  /** "Reading age 11". */
  headline: string;
  /** What it means and, when the age is too high, what to do about it. */
  advice: string;
}

/** Fewer sentences than this and the measure is noise. */
const MIN_SENTENCES = 2;

export function readabilityVerdict(report: ReadabilityReport | undefined): ReadabilityVerdict {
  if (!report || report.sentences < MIN_SENTENCES) {
    return { tone: 'neutral', headline: 'Reading age not measured yet', advice: 'Write a few sentences and the reading age appears here.' };
  }
  const headline = `Reading age ${report.readingAge}`;
  if (report.ceiling === undefined) {
    return { tone: 'neutral', headline, advice: `About ${report.words} words in ${report.sentences} sentences. Shorter sentences and everyday words make it easier for everyone.` };
  }
  if (report.readingAge <= report.ceiling) {
    return { tone: 'good', headline, advice: 'Good for young readers.' };
  }
  return {
    tone: 'high',
    headline,
    advice: `Above ${report.ceiling}, the age we suggest for young people. Try shorter sentences (the longest are highlighted in the text) and everyday words.`,
  };
}
