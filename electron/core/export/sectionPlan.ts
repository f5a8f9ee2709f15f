import { Fragment, type Node } from 'prosemirror-model';
import { isPrinted, sectionNumbering } from '../../../shared/completeness/numbering.js';
import type { Draft } from '../../../shared/model/draft.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { Template, TemplateSection } from '../../../shared/template/template.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import { printableText } from './printableText.js';

/**
 * Which sections print, in order, with their numbers and titles; the print
 * model (printModel.ts) builds on it, so Word and PDF number, title and leave
 * out sections alike.
 */

/** One section as it will appear in the document. */
export interface PlannedSection {
  id: string;
  /** "4. Our vision", "Appendix B: Board terms of reference", or the bare title of front matter such as a foreword. */
  heading: string;
  /** "4" or "Appendix B", as cross-references name it; undefined for front matter. */
  label: string | undefined;
  bookmark: string;
  appendix: boolean;
  /** What prints under the heading; null when nothing has been written yet. */
  content: Node | null;
  /** The section as stored, before empty headings are left out: comment anchors are positions in it. */
  stored: Node | null;
}

/** The heading's anchor, valid as a Word bookmark name: a letter first, then letters, digits and underscores, at most 40 characters. */
export function headingBookmark(sectionId: string): string {
  return `sec_${sectionId.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);
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
  const title = printableText(section.title).trim();
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

/** A paragraph with nothing a reader would see. */
function isBlankBlock(node: Node): boolean {
  return node.type.name === 'paragraph' && isEmptyDoc(node);
}

/**
 * The section without headings that head nothing: a starter heading nobody
 * wrote under ("## Our partners" left as the template gave it), or a heading
 * with no words. A heading heads the blocks up to the next heading of its
 * level or above, and counts as written when one of them, other than a
 * heading or an empty paragraph, has something in it; its own sub-headings
 * are judged the same way. A printed heading over nothing reads as a
 * mistake, and would put an entry in the contents that leads to nothing.
 */
export function withoutEmptyHeadings(doc: Node): Node {
  const blocks: Node[] = [];
  doc.forEach((node) => blocks.push(node));
  const kept = blocks.filter((node, index) => {
    if (node.type.name !== 'heading') return true;
    if (node.textContent.trim() === '') return false;
    const level = Number(node.attrs['level']);
    for (const following of blocks.slice(index + 1)) {
      if (following.type.name === 'heading') {
        if (Number(following.attrs['level']) <= level) return false;
        continue;
      }
      if (!isBlankBlock(following)) return true;
    }
    return false;
  });
  return kept.length === blocks.length ? doc : doc.copy(Fragment.fromArray(kept));
}

/** What the section prints under its heading; null when nothing is left once empty headings are gone. */
function printedContent(content: Node | null): Node | null {
  if (content === null) return null;
  const pruned = withoutEmptyHeadings(content);
  return isEmptyDoc(pruned) ? null : pruned;
}

/**
 * The printed sections in template order, each headed with its number or
 * letter (front matter such as the forewords has neither). A required
 * section is printed even when empty: a draft shows the note of what is
 * missing, and a final export of it was confirmed. A section that is not
 * required is printed once something is written in it, in drafts and final
 * exports alike, so both number the sections the same way as the checker.
 */
export function planSections(draft: Draft, template: Template): PlannedSection[] {
  const contents = new Map(template.sections.map((section) => [section.id, section.kind === 'cover' ? null : parsedContent(draft, section)]));
  const printed = template.sections.filter((section) => isPrinted(section, (contents.get(section.id) ?? null) !== null));
  const ids = new Set(printed.map((section) => section.id));
  const numbering = sectionNumbering(template, 'letter', (section) => ids.has(section.id));
  return printed.map((section) => {
    const label = numbering.get(section.id);
    // Whether a section is printed is decided on what was written, as the checker decides it, so both number sections alike.
    const stored = contents.get(section.id) ?? null;
    return { id: section.id, heading: sectionHeading(section, label), label, bookmark: headingBookmark(section.id), appendix: section.appendix, content: printedContent(stored), stored };
  });
}
