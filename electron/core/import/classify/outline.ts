import type { NodeJSON } from '../../../../shared/model/draft.js';
import { isAppendixHeading } from '../readers/headingText.js';
import type { SourceBlock, SourceHeading } from '../../../../shared/import/types.js';

/** One heading and the content under it up to the next heading of any level. */
export interface OutlinePart {
  index: number;
  heading: SourceHeading | null;
  blocks: NodeJSON[];
  /** The nearest earlier heading of a higher level; appendices always start at the top. */
  parentIndex: number | null;
}

export function splitOutline(blocks: readonly SourceBlock[]): OutlinePart[] {
  const parts: OutlinePart[] = [];
  const open: { index: number; level: number }[] = [];
  for (const block of blocks) {
    if (block.kind === 'content') {
      const current = parts[parts.length - 1];
      if (current) current.blocks.push(block.node);
      else parts.push({ index: 0, heading: null, blocks: [block.node], parentIndex: null });
      continue;
    }
    const { heading } = block;
    // An appendix is a document of its own, however the author styled its heading.
    if (isAppendixHeading(heading.text)) open.length = 0;
    while (open.length > 0 && (open[open.length - 1]?.level ?? 0) >= heading.level) open.pop();
    const index = parts.length;
    parts.push({ index, heading, blocks: [], parentIndex: open[open.length - 1]?.index ?? null });
    open.push({ index, level: heading.level });
  }
  return parts;
}
