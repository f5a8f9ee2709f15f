/**
 * Writers refer to other parts of the strategy as "see Appendix B" or
 * "section 4". The export numbers headings with the same numbering the
 * editor and the cross-reference check use, and turns each such reference
 * to a section that is in the document into a link to its heading, so a
 * reader of the Word file can follow it and an editor can see it resolves.
 */

import { headingBookmark } from '../sectionPlan.js';

/** Reference text (lower case, e.g. "appendix b", "section 4") → bookmark of the heading it names. */
export type ReferenceTargets = ReadonlyMap<string, string>;

export interface TextSegment {
  text: string;
  /** The bookmark this piece of text refers to, when it is a cross-reference. */
  anchor?: string;
}

/** Labels are "4" or "Appendix B", as `sectionNumbering` gives them. */
export function referenceKey(label: string): string {
  return /^appendix\s/i.test(label) ? label.toLowerCase().replace(/\s+/g, ' ') : `section ${label}`;
}

export function referenceTargets(labels: ReadonlyMap<string, string>): ReferenceTargets {
  const targets = new Map<string, string>();
  for (const [sectionId, label] of labels) targets.set(referenceKey(label), headingBookmark(sectionId));
  return targets;
}

/**
 * "section 22 of the Children Act 1989" and "section 1(1)" name legislation,
 * not this strategy, so a section number followed by "of" or "(" is left alone.
 */
const REFERENCE = /\b(?:Appendix\s+([A-Z]{1,2}|\d{1,2})\b|[Ss]ection\s+(\d{1,3})\b(?!\s*(?:of\b|\()))/g;

export function splitCrossReferences(text: string, targets: ReferenceTargets): TextSegment[] {
  if (targets.size === 0) return [{ text }];
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(REFERENCE)) {
    const key = match[1] !== undefined ? `appendix ${match[1].toLowerCase()}` : `section ${match[2] ?? ''}`;
    const anchor = targets.get(key);
    if (anchor === undefined) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: match[0], anchor });
    last = match.index + match[0].length;
  }
  if (last < text.length || segments.length === 0) segments.push({ text: text.slice(last) });
  return segments;
}
