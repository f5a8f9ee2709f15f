import { UNSORTED, type DraftSectionMerge, type ImportPart, type ImportSectionOption } from '../../shared/import/types.js';

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

/**
 * What happens to each section of the open draft that receives parts, with
 * the officer's choice where they made one. By default a section holding only
 * its starter text is replaced and one with the officer's own writing is
 * kept: nothing they wrote is replaced unless they say so.
 */
export function sectionMerges(
  sections: readonly ImportSectionOption[],
  choices: readonly string[],
  chosen: ReadonlyMap<string, DraftSectionMerge>,
  hasOwnText: (sectionId: string) => boolean,
): Map<string, DraftSectionMerge> {
  const receiving = new Set(choices);
  const merges = new Map<string, DraftSectionMerge>();
  for (const section of sections) {
    if (receiving.has(section.id)) merges.set(section.id, chosen.get(section.id) ?? (hasOwnText(section.id) ? 'keep' : 'replace'));
  }
  if (receiving.has(UNSORTED)) merges.set(UNSORTED, chosen.get(UNSORTED) === 'keep' ? 'keep' : 'append');
  return merges;
}
