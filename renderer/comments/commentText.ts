import type { CommentThread } from '../../shared/cowriting/commentThread.js';

/** Comment threads in the order a reader meets them in the text; orphaned ones (their words are gone) last. */
export function threadsInTextOrder(threads: readonly CommentThread[]): CommentThread[] {
  return [...threads].sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || a.anchor.from - b.anchor.from || a.at.localeCompare(b.at));
}

/** The ranges worth highlighting: open comments whose words are still there. */
export function highlightedRanges(threads: readonly CommentThread[]): { id: string; from: number; to: number }[] {
  return threads.filter((thread) => thread.resolved === null && !thread.orphaned).map((thread) => ({ id: thread.id, from: thread.anchor.from, to: thread.anchor.to }));
}

/** A long quote shortened for the panel, cut at a word where possible. */
export function shortQuote(quote: string, limit = 120): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** Comments can quote at most this much (the storage limit); a longer selection is quoted from its start. */
export const MAX_QUOTE_LENGTH = 5000;
