import { z } from 'zod';
import type { SectionContext } from '../sectionContext.js';
import { elementId, message } from './params.js';
import { sectionRule } from './sectionRule.js';

/** "PEP – personal education plan", "PEP: …", or a table row of term and meaning. */
const ENTRY = /^\s*[\p{L}\p{N}][\p{L}\p{N}'’ &/().-]{0,60}?\s*(?:[:–—=-]|\t)\s*\S/u;

/** The terms defined one a line or one a row, and whether every line of the section outside tables is such a definition. */
function entries(context: SectionContext): { count: number; allLines: boolean } {
  const rows = context.tables.reduce((sum, table) => sum + table.rows.slice(1).filter((row) => row.filter((cell) => cell.text !== '').length >= 2).length, 0);
  const written = context.blocks.filter((block) => block.kind !== 'cell' && block.kind !== 'heading' && block.text.trim() !== '');
  const lines = written.filter((block) => ENTRY.test(block.text)).length;
  return { count: rows + lines, allLines: lines === written.length };
}

/** At least `atLeast` terms defined, one a line or one a table row; fewer pass when every line of the glossary is such a definition. */
export const glossaryEntriesRule = sectionRule({
  kind: 'section',
  id: 'glossary-entries',
  summary: 'Passes when at least atLeast terms are defined, one a line ("PEP – personal education plan") or one a table row, or when fewer are but every line is a definition.',
  params: z.strictObject({ element: elementId.default('entries'), atLeast: z.number().int().positive(), message }),
  elements: (params) => [params.element],
  check(context, _env, params) {
    // A short glossary is still one if every line of it defines a term: the number asked for is for one written as prose.
    const { count, allLines } = entries(context);
    return [{ element: params.element, passed: count >= params.atLeast || (count > 0 && allLines), message: params.message }];
  },
});
