import type { Node } from 'prosemirror-model';
import { docFromJSON } from '../model/docJson.js';
import type { NodeJSON } from '../model/draft.js';

/**
 * A section's text with, for every character, the document positions it
 * spans, so that a range found in the text (a quote, a changed word) can be
 * turned back into an editor selection. Text blocks are separated by one
 * newline that spans the gap between the blocks; a line break is a newline
 * and an image the object replacement character, each spanning its node.
 */
export interface TextIndex {
  text: string;
  /** Document position before character i. */
  starts: number[];
  /** Document position after character i. */
  ends: number[];
  /** Where an insertion into an empty section goes: the start of its first text block. */
  firstBlockStart: number;
}

export const OBJECT_CHARACTER = '\uFFFC';

export function textIndex(doc: Node): TextIndex {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let firstBlockStart = -1;
  let previousBlockEnd = -1;
  const pushText = (chars: string, start: number) => {
    for (let i = 0; i < chars.length; i += 1) {
      text += chars[i];
      starts.push(start + i);
      ends.push(start + i + 1);
    }
  };
  const pushSpanning = (char: string, start: number, end: number) => {
    text += char;
    starts.push(start);
    ends.push(end);
  };
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const contentStart = pos + 1;
    if (firstBlockStart < 0) firstBlockStart = contentStart;
    else pushSpanning('\n', previousBlockEnd, contentStart);
    node.forEach((child, offset) => {
      const at = contentStart + offset;
      if (child.isText) pushText(child.text ?? '', at);
      else if (child.type.name === 'hard_break') pushSpanning('\n', at, at + child.nodeSize);
      else pushSpanning(OBJECT_CHARACTER, at, at + child.nodeSize);
    });
    previousBlockEnd = contentStart + node.content.size;
    return false;
  });
  return { text, starts, ends, firstBlockStart: Math.max(firstBlockStart, 0) };
}

/** The index of stored JSON; throws on JSON the schema refuses, which stored and checked content never is. */
export function textIndexOfJSON(json: NodeJSON): TextIndex {
  const parsed = docFromJSON(json);
  if (!parsed.ok) throw new Error(parsed.message);
  return textIndex(parsed.doc);
}

/** The document range covering characters [from, to) of the text; an empty range sits before character `from`. */
export function documentRange(index: TextIndex, from: number, to: number): { from: number; to: number } {
  const start = from < index.text.length ? (index.starts[from] as number) : index.text.length === 0 ? index.firstBlockStart : (index.ends[index.text.length - 1] as number);
  if (to <= from) return { from: start, to: start };
  return { from: start, to: index.ends[to - 1] as number };
}

/** The text offset of a document position: the first character that starts at or after it. */
export function textOffsetAt(index: TextIndex, position: number): number {
  let low = 0;
  let high = index.text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((index.starts[middle] as number) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
