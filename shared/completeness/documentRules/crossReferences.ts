import { findAll } from '../sectionContext.js';
import type { Finding, TextLocation } from '../types.js';
import { MAX_FINDINGS_PER_SECTION, perSection } from './documentRule.js';

/**
 * "See Appendix 3", "Appendices B and C", "in section 12" must point at
 * something the strategy has. Statutory references ("section 22 of the
 * Children Act 1989", "children accommodated under section 20") are not
 * cross-references: only "section N" after a pointing word (see, in, at, to)
 * and not followed by "of" (other than "of this …") counts.
 */
const APPENDIX = /\b(?:[Aa]ppendi(?:x|ces)|[Aa]nnex(?:es)?)\s+((?:[A-Z]|\d{1,2})(?:\s*(?:,|and|&|or|-|–)\s*(?:[A-Z]|\d{1,2}))*)\b/g;
const SECTION = /\bsections?\s+(\d{1,2})(?:\.\d+)*(?![\dA-Za-z(])/gi;
/** Checked on the few "section N" matches rather than in the pattern: a look-behind there would be tried at every character. */
const POINTING_BEFORE = /\b(?:see|in|at|to|within)\s+(?:the\s+)?$/i;
const STATUTE_AFTER = /^\s*of\b(?!\s+this\b)/i;

/** In a paragraph about an Act, "section 22" is the Act's section. */
const CITES_LEGISLATION = /\b(?:Act|Acts|Regulations|Order|Measure)\b/;

export const crossReferencesRule = perSection('cross-reference', (section, { numbering }) => {
  const labels = new Set(numbering.values());
  const findings: Finding[] = [];
  const report = (location: TextLocation, what: string): void => {
    if (findings.length >= MAX_FINDINGS_PER_SECTION) return;
    findings.push({ severity: 'warning', section: section.id, rule: 'cross-reference', message: `This refers to ${what}, which this strategy does not have. Correct the reference or add the missing part.`, location });
  };
  for (const { match, location } of findAll(section, APPENDIX)) {
    for (const id of (match[1] ?? '').split(/\s*(?:,|and|&|or|-|–)\s*/)) {
      if (id !== '' && !labels.has(`Appendix ${id}`)) report(location, `Appendix ${id}`);
    }
  }
  for (const { match, location, blockIndex } of findAll(section, SECTION)) {
    const before = section.text.slice(Math.max(0, match.index - 20), match.index);
    const after = section.text.slice(match.index + match[0].length, match.index + match[0].length + 20);
    if (!POINTING_BEFORE.test(before) || STATUTE_AFTER.test(after)) continue;
    const number = match[1] ?? '';
    if (!labels.has(number) && !CITES_LEGISLATION.test(section.blocks[blockIndex]?.text ?? '')) report(location, `section ${number}`);
  }
  return findings;
});
