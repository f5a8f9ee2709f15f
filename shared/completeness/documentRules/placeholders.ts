import { findAll } from '../sectionContext.js';
import type { Finding } from '../types.js';
import { MAX_FINDINGS_PER_SECTION, perSection } from './documentRule.js';

/**
 * Text a template or a previous draft left for someone to fill in. Square
 * brackets are not used in finished strategy prose except for reference
 * numbers ("[3]"), so any other bracketed text is treated as a placeholder.
 */
export const PLACEHOLDER = /\[(?!\d+\])[^\]\n]{1,80}\]|\b(?:TBC|TBA|TBD|TODO|FIXME)\b|\b[Xx]{2,}(?:\.[Xx]+)?\s*%|(?<![\p{L}])[Xx]{2,}(?![\p{L}])|\b[Nn]{2,}\s*%|\blorem ipsum\b|\?{3,}|\bdd\/mm\/yy(?:yy)?\b/gu;

export const placeholdersRule = perSection('placeholder', (section) =>
  findAll(section, PLACEHOLDER)
    .slice(0, MAX_FINDINGS_PER_SECTION)
    .map(({ match, location }): Finding => ({ severity: 'error', section: section.id, rule: 'placeholder', message: `Replace the placeholder "${match[0]}" with the real text.`, location })),
);
