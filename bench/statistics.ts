import type { NodeJSON } from '../shared/model/draft.js';

/** The value below which `p` per cent of the samples fall (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Words in a section's stored document, as a reader would count them. */
export function countWords(node: NodeJSON): number {
  return (node.text?.split(/\s+/).filter(Boolean).length ?? 0) + (node.content ?? []).reduce((sum, child) => sum + countWords(child), 0);
}
