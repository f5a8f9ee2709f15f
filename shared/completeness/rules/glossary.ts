import { z } from 'zod';
import type { SectionContext } from '../sectionContext.js';
import { elementId, message } from './params.js';
import { sectionRule } from './sectionRule.js';

/** "PEP – personal education plan", "PEP: …", or a table row of term and meaning. */
const ENTRY = /^\s*[\p{L}\p{N}][\p{L}\p{N}'’ &/().-]{0,60}?\s*(?:[:–—=-]|\t)\s*\S/u;

function entries(context: SectionContext): number {
  const rows = context.tables.reduce((sum, table) => sum + table.rows.slice(1).filter((row) => row.filter((cell) => cell.text !== '').length >= 2).length, 0);
  const lines = context.blocks.filter((block) => block.kind !== 'cell' && block.kind !== 'heading' && ENTRY.test(block.text)).length;
  return rows + lines;
}

/** At least `atLeast` terms defined, one a line or one a table row. */
export const glossaryEntriesRule = sectionRule({
  kind: 'section',
  id: 'glossary-entries',
  summary: 'Passes when at least atLeast terms are defined, one a line ("PEP – personal education plan") or one a table row.',
  params: z.strictObject({ element: elementId.default('entries'), atLeast: z.number().int().positive(), message }),
  elements: (params) => [params.element],
  check(context, _env, params) {
    return [{ element: params.element, passed: entries(context) >= params.atLeast, message: params.message }];
  },
});
