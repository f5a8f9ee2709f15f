import { buildSectionContext, findAll } from '../completeness/sectionContext.js';
import type { TextLocation } from '../completeness/types.js';
import { UNSORTED } from '../import/types.js';
import { docFromJSON } from '../model/docJson.js';
import type { Draft } from '../model/draft.js';
import { findPlaceholders, placeholderPattern } from '../model/placeholders.js';
import type { Template } from '../template/template.js';
import { SIGN_OFF_LABELS } from './signOff.js';

/**
 * What no confirmation can wave through on the way to a final (not marked
 * DRAFT) export: a required section nobody approved, and a placeholder left
 * anywhere in what would be printed.
 */

/**
 * One sentence per required section of the template that is not approved,
 * in template order. Empty when every required section is approved. The
 * title page is a form of fields, not reviewed text, so it is not signed off.
 */
export function finalExportBlockers(draft: Draft, template: Template): string[] {
  return unapprovedSections(draft, template).map((blocker) => blocker.message);
}

/** The same, with the section each sentence is about, for screens that take the user there. */
export function unapprovedSections(draft: Draft, template: Template): { sectionId: string; message: string }[] {
  const sections = new Map(draft.sections.map((section) => [section.id, section]));
  const blockers: { sectionId: string; message: string }[] = [];
  for (const templateSection of template.sections) {
    if (templateSection.kind !== 'text' || templateSection.status !== 'required') continue;
    const section = sections.get(templateSection.id);
    const state = section?.signOff?.state ?? 'draft';
    if (!section) blockers.push({ sectionId: templateSection.id, message: `"${templateSection.title}" is missing from this strategy.` });
    else if (state !== 'approved') blockers.push({ sectionId: templateSection.id, message: `"${templateSection.title}" is not approved yet (it is marked "${SIGN_OFF_LABELS[state]}").` });
  }
  return blockers;
}

/** A placeholder still in the text, with where it is so the user can be taken to it (no location on the title page: it is a form). */
export interface PlaceholderLeft {
  sectionId: string;
  text: string;
  location?: TextLocation;
  /** "Leadership foreword: replace the placeholder "[Name]"." */
  message: string;
}

/**
 * Every placeholder in the draft as it would be printed (pass the draft the
 * exporter prints, Unsorted aside), in template order: the title page's
 * fields, then each section, optional ones included, since whatever is in a
 * section is printed.
 */
export function placeholdersLeft(draft: Draft, template: Template): PlaceholderLeft[] {
  const sections = new Map(draft.sections.map((section) => [section.id, section]));
  const left: PlaceholderLeft[] = [];
  for (const templateSection of template.sections) {
    const say = (text: string) => `${templateSection.title}: replace the placeholder "${text}".`;
    if (templateSection.kind === 'cover') {
      for (const value of Object.values(draft.cover)) {
        if (typeof value !== 'string') continue;
        for (const found of findPlaceholders(value)) left.push({ sectionId: templateSection.id, text: found.text, message: say(found.text) });
      }
      continue;
    }
    const section = sections.get(templateSection.id);
    if (!section || section.id === UNSORTED) continue;
    const parsed = docFromJSON(section.doc);
    // An unreadable section cannot be exported at all; the exporter says so in its own words.
    if (!parsed.ok) continue;
    for (const { match, location } of findAll(buildSectionContext(section.id, parsed.doc), placeholderPattern())) {
      left.push({ sectionId: section.id, text: match[0], location, message: say(match[0]) });
    }
  }
  return left;
}
