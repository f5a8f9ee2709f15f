import type { SectionContext } from '../sectionContext.js';
import type { SectionRule } from './sectionRule.js';

/** "PEP – personal education plan", "PEP: …", or a table row of term and meaning. */
const ENTRY = /^\s*[\p{L}\p{N}][\p{L}\p{N}'’ &/().-]{0,60}?\s*(?:[:–—=-]|\t)\s*\S/u;

function entries(context: SectionContext): number {
  const rows = context.tables.reduce((sum, table) => sum + table.rows.slice(1).filter((row) => row.filter((cell) => cell.text !== '').length >= 2).length, 0);
  const lines = context.blocks.filter((block) => block.kind !== 'cell' && block.kind !== 'heading' && ENTRY.test(block.text)).length;
  return rows + lines;
}

export const glossaryRule: SectionRule = {
  sectionId: 'glossary',
  check(context) {
    const count = entries(context);
    return [
      { element: 'entries', passed: count >= 3, message: 'Define each term and acronym on its own line ("PEP – personal education plan") or in a two-column table.' },
    ];
  },
};
