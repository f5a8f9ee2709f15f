import type { ImportPart } from '../../shared/import/types.js';

/** How sure the importer is, in words an officer can weigh. */
export function confidenceInWords(confidence: number): string {
  if (confidence >= 0.75) return 'Confident';
  if (confidence >= 0.5) return 'Fairly confident';
  if (confidence >= 0.25) return 'Unsure';
  return 'A guess';
}

/** 0.82 → "82%". */
export function confidencePercent(confidence: number): string {
  return `${Math.round(Math.min(Math.max(confidence, 0), 1) * 100)}%`;
}

/**
 * Moves a part to another section, taking with it the sub-headings that were
 * following it (those still in its old section); a sub-heading the officer
 * or the importer put elsewhere stays where it is.
 */
export function moveWithChildren(parts: readonly ImportPart[], sections: readonly string[], index: number, to: string): string[] {
  const next = [...sections];
  const from = sections[index];
  next[index] = to;
  const moved = new Set([index]);
  for (const part of parts) {
    if (part.index <= index || part.parentIndex === null || !moved.has(part.parentIndex)) continue;
    if (sections[part.index] !== from) continue;
    next[part.index] = to;
    moved.add(part.index);
  }
  return next;
}
