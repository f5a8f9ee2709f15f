import type { CueBook } from './importCues.js';

/**
 * What the body of a part says about its section, from the pack's content
 * signals (promises to "you" for a pledge, quorum and membership for terms
 * of reference, rates per 10,000 for local context). Each signal is counted
 * and saturates, so a long part does not win on length alone.
 */
export function scoreContent(text: string, book: CueBook): Map<string, number> {
  const scores = new Map<string, number>();
  for (const section of book.sections) {
    let score = 0;
    for (const { pattern, saturation, weight } of section.content) {
      const count = text.match(pattern)?.length ?? 0;
      score += weight * Math.min(count / saturation, 1);
    }
    if (score > 0) scores.set(section.id, score);
  }
  return scores;
}
