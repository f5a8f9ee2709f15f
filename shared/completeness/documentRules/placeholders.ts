import { placeholderPattern } from '../../model/placeholders.js';
import { findAll } from '../sectionContext.js';
import type { Finding } from '../types.js';
import { MAX_FINDINGS_PER_SECTION, perSection } from './documentRule.js';

/** One pattern object for every check, so that its matches are kept per block between keystrokes (see `findAll`). */
const PLACEHOLDER = placeholderPattern();

/** Every placeholder left in a written section is an error: it would be printed as it stands. */
export const placeholdersRule = perSection('placeholder', (section) =>
  findAll(section, PLACEHOLDER)
    .slice(0, MAX_FINDINGS_PER_SECTION)
    .map(({ match, location }): Finding => ({ severity: 'error', section: section.id, rule: 'placeholder', message: `Replace the placeholder "${match[0]}" with the real text.`, location })),
);
