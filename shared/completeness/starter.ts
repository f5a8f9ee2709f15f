import type { Template } from '../template/template.js';
import type { SectionContext } from './sectionContext.js';
import { normaliseText } from './text.js';

/**
 * Whether a section still holds nothing but its starter. Compared line by line
 * after normalisation, so a writer who only deleted starter lines, or whose
 * editor reformatted them, has still written nothing of their own.
 */

export type StarterLines = ReadonlySet<string>;

const cache = new WeakMap<Template, Map<string, StarterLines>>();

/** The starter lines of every section, from the given plain texts or else from the template's Markdown (memoised per template object). */
export function starterLinesFor(template: Template, starterText?: Record<string, string>): Map<string, StarterLines> {
  if (starterText) return new Map(template.sections.map((section) => [section.id, fromPlainText(starterText[section.id] ?? section.starter ?? '')]));
  const cached = cache.get(template);
  if (cached) return cached;
  const lines = new Map(template.sections.map((section) => [section.id, fromMarkdown(section.starter ?? '')]));
  cache.set(template, lines);
  return lines;
}

function fromPlainText(text: string): StarterLines {
  return new Set(text.split('\n').map(normaliseText).filter((line) => line !== ''));
}

/** Markdown reduced to the words a reader would see: markers, link targets, comments and table rules removed. */
function fromMarkdown(markdown: string): StarterLines {
  const lines = markdown
    .replace(/<!--[\s\S]*?-->/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*(?:[-*+]\s+)?\d+[.)]\s+/, '')
        .replace(/\]\([^)]*\)/g, ']'),
    )
    .map(normaliseText)
    .filter((line) => line !== '');
  return new Set(lines);
}

/** Whether the writer has written any line that was not in the starter; an empty section has none. */
export function hasOwnLine(context: SectionContext, starter: StarterLines): boolean {
  return ownLines(context, starter, 1).length > 0;
}

/** The lines a writer has written that were not in the starter (at most `limit`). */
function ownLines(context: SectionContext, starter: StarterLines, limit = Infinity): string[] {
  const lines: string[] = [];
  for (const table of context.tables) {
    for (const row of table.rows) {
      const line = normaliseText(row.map((cell) => cell.text).join(' '));
      if (line !== '' && !starter.has(line)) lines.push(line);
      if (lines.length >= limit) return lines;
    }
  }
  for (const block of context.blocks) {
    if (block.kind === 'cell') continue;
    const line = normaliseText(block.text);
    if (line !== '' && !starter.has(line)) lines.push(line);
    if (lines.length >= limit) return lines;
  }
  return lines;
}
