import { sectionWithRole } from '../../template/template.js';
import { findPersonNames, nameKey } from '../names.js';
import { toLocation } from '../text.js';
import type { Finding, TextLocation } from '../types.js';
import { documentRule, MAX_FINDINGS_PER_SECTION } from './documentRule.js';

interface NameCandidate {
  name: string;
  location: TextLocation;
}

/**
 * A child in care named in full in a published strategy can be found by
 * anyone, including people they are kept safe from. First names alone are
 * the usual practice; a full name needs a recorded consent. Read in the
 * section the pack gives the young people's foreword role.
 */
export const youngPersonNamesRule = documentRule<NameCandidate[]>({
  id: 'young-person-named',
  scan(section, { template }) {
    if (sectionWithRole(template, 'young-people-foreword')?.id !== section.id) return [];
    return section.blocks.flatMap((block) => findPersonNames(block.text).map((match) => ({ name: match.name, location: toLocation(block.from, match) })));
  },
  combine(scans, { consents }) {
    const consented = new Set(consents.map((consent) => nameKey(consent.name)));
    return scans.flatMap(({ section, scan }) =>
      scan
        .filter((candidate) => !consented.has(nameKey(candidate.name)))
        .slice(0, MAX_FINDINGS_PER_SECTION)
        .map(
          (candidate): Finding => ({
            severity: 'error',
            section: section.id,
            rule: 'young-person-named',
            message: `"${candidate.name}" looks like a young person's full name, and no consent to publish it is recorded. Use a first name only, or record their consent.`,
            location: candidate.location,
          }),
        ),
    );
  },
});
