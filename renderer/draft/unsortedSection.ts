import { UNSORTED } from '../../shared/import/types.js';
import type { TemplateSection } from '../../shared/template/template.js';
import { DRAFT } from '../app/accessibleNames.js';

/**
 * An imported strategy's parts that fit no section of the template are kept
 * in a section of their own, outside the template. The draft screen shows it
 * like any other text section, so the officer can move its text into place;
 * the completeness check ignores it because the template does not ask for it.
 */
export const UNSORTED_SECTION: TemplateSection = {
  id: UNSORTED,
  title: DRAFT.unsorted,
  status: 'optional',
  kind: 'text',
  appendix: false,
  roles: [],
  guidance: {
    summary: 'Text from the imported file that the importer could not place in any section. Nothing here is exported; move each part to where it belongs.',
    include: ['Nothing new: this holds imported text until it has a home.'],
    goodLooksLike: ['Empty, once every part has been moved into a section or deliberately deleted.'],
    questions: ['Which section does each part belong to?', 'Is any of it out of date and better left out of the new strategy?'],
  },
};

export function isUnsortedSection(sectionId: string): boolean {
  return sectionId === UNSORTED;
}

/** The template's sections, then the unsorted area when the draft has one. */
export function sectionsWithUnsorted(templateSections: readonly TemplateSection[], storedIds: Iterable<string>): readonly TemplateSection[] {
  for (const id of storedIds) if (isUnsortedSection(id)) return [...templateSections, UNSORTED_SECTION];
  return templateSections;
}
