import { findAll, type SectionContext } from '../sectionContext.js';
import type { Finding, TextLocation } from '../types.js';
import { documentRule, MAX_FINDINGS_PER_SECTION } from './documentRule.js';

/**
 * "See Appendix 3", "Appendices B and C", "in section 12" must point at
 * something the strategy has. Statutory references ("section 22 of the
 * Children Act 1989", "children accommodated under section 20") are not
 * cross-references: only "section N" after a pointing word (see, in, at, to)
 * and not followed by "of" (other than "of this …") counts.
 *
 * An appendix exists when the printed numbering gives it, or when a heading
 * anywhere in the strategy carries its label ("Appendix 1 – Our pledge"):
 * an import keeps the old label of a part its text refers to, and a council
 * may label its own parts. References are resolved across the whole
 * strategy, so each section's scan lists both what it refers to and which
 * appendix labels its headings carry.
 */
const APPENDIX = /\b(?:[Aa]ppendi(?:x|ces)|[Aa]nnex(?:es|e)?)\s+((?:[A-Z]|\d{1,2})(?:\s*(?:,|and|&|or|-|–)\s*(?:[A-Z]|\d{1,2}))*)\b/g;
const SECTION = /\bsections?\s+(\d{1,2})(?:\.\d+)*(?![\dA-Za-z(])/gi;
/** Checked on the few "section N" matches rather than in the pattern: a look-behind there would be tried at every character. */
const POINTING_BEFORE = /\b(?:see|in|at|to|within)\s+(?:the\s+)?$/i;
const STATUTE_AFTER = /^\s*of\b(?!\s+this\b)/i;

/** In a paragraph about an Act, "section 22" is the Act's section. */
const CITES_LEGISLATION = /\b(?:Act|Acts|Regulations|Order|Measure)\b/;

/** The label a heading gives itself: "Appendix 2 – Legislation", "ANNEX B: Contacts", "Appendix One". */
const HEADING_LABEL = /^\s*(?:appendix|annexe?)\s+(\d{1,2}|[a-z]|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The appendix label a heading gives itself, as references write it ("Appendix 2", "Appendix B"); undefined for other headings. */
export function appendixLabelOf(heading: string): string | undefined {
  const id = HEADING_LABEL.exec(heading)?.[1];
  if (id === undefined) return undefined;
  const word = NUMBER_WORDS.indexOf(id.toLowerCase());
  return `Appendix ${word >= 0 ? String(word + 1) : id.toUpperCase()}`;
}

/** Every appendix a text refers to ("see Appendices 1 and 3" gives "Appendix 1" and "Appendix 3"). */
export function appendicesReferredTo(text: string): string[] {
  return [...text.matchAll(APPENDIX)].flatMap((match) => appendixIds(match[1] ?? '').map((id) => `Appendix ${id}`));
}

const appendixIds = (list: string): string[] => list.split(/\s*(?:,|and|&|or|-|–)\s*/).filter((id) => id !== '');

interface Reference {
  location: TextLocation;
  /** "Appendix 3", or a section number. */
  target: string;
}

interface CrossReferenceScan {
  references: Reference[];
  headingLabels: string[];
}

function scanSection(section: SectionContext): CrossReferenceScan {
  const references: Reference[] = [];
  for (const { match, location } of findAll(section, APPENDIX)) {
    for (const id of appendixIds(match[1] ?? '')) references.push({ location, target: `Appendix ${id}` });
  }
  for (const { match, location, blockIndex } of findAll(section, SECTION)) {
    const before = section.text.slice(Math.max(0, match.index - 20), match.index);
    const after = section.text.slice(match.index + match[0].length, match.index + match[0].length + 20);
    if (!POINTING_BEFORE.test(before) || STATUTE_AFTER.test(after)) continue;
    if (!CITES_LEGISLATION.test(section.blocks[blockIndex]?.text ?? '')) references.push({ location, target: match[1] ?? '' });
  }
  const headingLabels = section.blocks.filter((block) => block.kind === 'heading').flatMap((block) => appendixLabelOf(block.text) ?? []);
  return { references, headingLabels };
}

export const crossReferencesRule = documentRule<CrossReferenceScan>({
  id: 'cross-reference',
  scan: (section) => scanSection(section),
  combine(scans, { numbering }) {
    const labels = new Set([...numbering.values(), ...scans.flatMap((entry) => entry.scan.headingLabels)]);
    return scans.flatMap(({ section, scan }) =>
      scan.references
        .filter((reference) => !labels.has(reference.target))
        .slice(0, MAX_FINDINGS_PER_SECTION)
        .map(
          (reference): Finding => ({
            severity: 'warning',
            section: section.id,
            rule: 'cross-reference',
            message: `This refers to ${/^\d/.test(reference.target) ? `section ${reference.target}` : reference.target}, which this strategy does not have. Correct the reference or add the missing part.`,
            location: reference.location,
          }),
        ),
    );
  },
});
