import type { SectionContext } from '../sectionContext.js';
import type { TextLocation } from '../types.js';

/** Finding phrasings in a section: anywhere in its text, or together in one sentence or table row. */

export function mentions(context: SectionContext, ...patterns: RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(context.text));
}

export function findTogether(context: SectionContext, patterns: RegExp[]): TextUnit | undefined {
  for (const unit of units(context)) {
    if (patterns.every((pattern) => pattern.test(unit.text))) return unit;
  }
  return undefined;
}

const unitCache = new WeakMap<SectionContext, TextUnit[]>();

export interface TextUnit extends TextLocation {
  text: string;
}

/** Sentences outside tables, and table rows read with their header row, each as one unit of meaning. */
export function units(context: SectionContext): TextUnit[] {
  const cached = unitCache.get(context);
  if (cached) return cached;
  const result: TextUnit[] = [];
  for (const sentence of context.sentences) {
    if (context.blocks[sentence.blockIndex]?.kind !== 'cell') result.push(sentence);
  }
  for (const table of context.tables) {
    const header = table.rows[0]?.map((cell) => cell.text).join(' ') ?? '';
    table.rows.forEach((row, index) => {
      const first = row[0];
      const last = row[row.length - 1];
      if (!first || !last) return;
      const text = row.map((cell) => cell.text).join(' \t ');
      result.push({ text: index === 0 ? text : `${header} \t ${text}`, from: first.from, to: last.to });
    });
  }
  unitCache.set(context, result);
  return result;
}
