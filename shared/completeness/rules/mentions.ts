import type { SectionContext } from '../sectionContext.js';
import type { TextLocation } from '../types.js';
import type { ElementCheck } from './sectionRule.js';

/**
 * Builders for the most common kind of element check: "the section mentions
 * X", where X is a family of phrasings. The families are deliberately broad:
 * councils word the same duty in many ways, and a false "missing" is worse
 * for a writer than a missed one.
 */

export function mentions(context: SectionContext, ...patterns: RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(context.text));
}

/** Passes when any of the patterns is found in the section. */
export function mention(context: SectionContext, element: string, patterns: RegExp | RegExp[], message: string): ElementCheck {
  const list = Array.isArray(patterns) ? patterns : [patterns];
  return { element, passed: mentions(context, ...list), message };
}

/** Passes when some single sentence (or table row) matches every one of the patterns. */
export function mentionTogether(context: SectionContext, element: string, patterns: RegExp[], message: string): ElementCheck {
  return { element, passed: findTogether(context, patterns) !== undefined, message };
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
