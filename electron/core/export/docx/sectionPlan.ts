import type { Node } from 'prosemirror-model';
import type { Draft } from '../../../../shared/model/draft.js';
import { docFromJSON } from '../../../../shared/model/docJson.js';
import type { Template, TemplateSection } from '../../../../shared/template/template.js';
import { ApiFailure } from '../../../../shared/api/errors.js';
import { headingBookmark } from './crossReferences.js';
import { xmlSafeText } from './xmlText.js';

/** One section as it will appear in the document. */
export interface PlannedSection {
  id: string;
  /** "4. Our vision", "Appendix B: Board terms of reference", or the bare title of front matter such as a foreword. */
  heading: string;
  bookmark: string;
  appendix: boolean;
  /** null when nothing has been written yet. */
  content: Node | null;
}

export const NOT_WRITTEN_NOTE = 'This section has not been written yet.';

/** Nothing a reader would see: no text, no table, no image. */
export function isEmptyDoc(doc: Node): boolean {
  if (doc.textContent.trim() !== '') return false;
  let hasObject = false;
  doc.descendants((node) => {
    hasObject = hasObject || node.type.name === 'image' || node.type.name === 'table';
    return !hasObject;
  });
  return !hasObject;
}

/** Template titles such as "Appendix: Board terms of reference" already say what the letter will say. */
function appendixTitle(title: string): string {
  return title.replace(/^appendix\s*[:\-–—]\s*/i, '');
}

export function sectionHeading(section: TemplateSection, label: string | undefined): string {
  const title = xmlSafeText(section.title).trim();
  if (label === undefined) return title;
  return /^appendix\s/i.test(label) ? `${label}: ${appendixTitle(title)}` : `${label}. ${title}`;
}

function parsedContent(draft: Draft, section: TemplateSection): Node | null {
  const stored = draft.sections.find((candidate) => candidate.id === section.id);
  if (stored === undefined) return null;
  const parsed = docFromJSON(stored.doc);
  if (!parsed.ok) throw new ApiFailure('export-failed', `The section "${section.title}" could not be exported: ${parsed.message}`);
  return isEmptyDoc(parsed.doc) ? null : parsed.doc;
}

/**
 * The sections in template order, each headed with its number or letter
 * (front matter such as the forewords has neither).
 * An empty section stays in a draft, where the note shows what is missing,
 * and in a final export when it is required (the user confirmed exporting
 * it anyway); an empty section that is not required is left out of a final
 * export. Numbers come from the template, so they match the editor and the
 * cross-references whatever is left out.
 */
export function planSections(draft: Draft, template: Template, numbering: ReadonlyMap<string, string>, markDraft: boolean): PlannedSection[] {
  const planned: PlannedSection[] = [];
  for (const section of template.sections) {
    if (section.kind === 'cover') continue;
    const content = parsedContent(draft, section);
    if (content === null && !markDraft && section.status !== 'required') continue;
    planned.push({ id: section.id, heading: sectionHeading(section, numbering.get(section.id)), bookmark: headingBookmark(section.id), appendix: section.appendix, content });
  }
  return planned;
}
