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
    for (const { pattern, saturation, weight } of section.content) score += weight * Math.min(countUpTo(text, pattern, saturation) / saturation, 1);
    if (score > 0) scores.set(section.id, score);
  }
  return scores;
}

/** How often a global pattern occurs, counted no further than `limit`: past it a signal adds nothing, and a long part need not be read to its end. */
function countUpTo(text: string, pattern: RegExp, limit: number): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (count < limit) {
    const match = pattern.exec(text);
    if (match === null) break;
    count += 1;
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  pattern.lastIndex = 0;
  return count;
}
