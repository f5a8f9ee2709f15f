import { perBlock, type SectionContext } from '../sectionContext.js';
import type { TextLocation } from '../types.js';

/** Finding phrasings in a section: anywhere in its text, or together in one sentence or table row. */

export function mentions(context: SectionContext, ...patterns: RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(context.text));
}

export function findTogether(context: SectionContext, patterns: RegExp[]): TextUnit | undefined {
  // Rules often build the list as they call (a cue with a year): what is kept is named by its patterns, not by the array.
  const [first, ...rest] = patterns;
  if (!first) return units(context)[0];
  return firstUnit(context, first, `together:${rest.map((pattern) => `/${pattern.source}/${pattern.flags}`).join('')}`, (text) => patterns.every((pattern) => pattern.test(text)));
}

/**
 * The first unit (in the order of `units`) whose text passes `test`. The
 * sentences are tested block by block and what each block holds is kept
 * with its node (see `perBlock`, which `owner` and `purpose` are for), so a
 * search of a long section after a keystroke tests one block's sentences,
 * not the section's.
 */
export function firstUnit(context: SectionContext, owner: object, purpose: string, test: (text: string) => boolean): TextUnit | undefined {
  const { values, firstFound } = perBlock(context, owner, purpose, ({ text, kind, sentences }) => (kind === 'cell' ? undefined : sentences.find((span) => test(text.slice(span.start, span.end)))));
  const span = values[firstFound];
  const block = context.blocks[firstFound];
  if (span && block) return { text: block.text.slice(span.start, span.end), from: block.from + span.start, to: block.from + span.end };
  return tableUnits(context).find((unit) => test(unit.text));
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
  result.push(...tableUnits(context));
  unitCache.set(context, result);
  return result;
}

/** Table rows read with their header row. */
function tableUnits(context: SectionContext): TextUnit[] {
  const result: TextUnit[] = [];
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
  return result;
}
