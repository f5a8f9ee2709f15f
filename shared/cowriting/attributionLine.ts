import { starterLinesFor } from '../completeness/starter.js';
import { normaliseText } from '../completeness/text.js';
import type { Draft, NodeJSON } from '../model/draft.js';
import { containsPlaceholder } from '../model/placeholders.js';
import { sectionWithRole, type Template } from '../template/template.js';
import type { Attribution, Contributor } from './attribution.js';

/**
 * The line that says who wrote the young people's foreword, made from what
 * the workshop recorded rather than typed by hand, so that it can only
 * print what consent allows: a name with no consent record is left out, and
 * a name is cut to its first word unless the record says the whole name was
 * agreed.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The name as it may be printed, or null when nobody recorded consent to print it. */
export function printableName(contributor: Contributor): string | null {
  if (contributor.consent === null) return null;
  const name = contributor.name.trim().replace(/\s+/g, ' ');
  return contributor.consent.fullName === true ? name : (name.split(' ')[0] ?? name);
}

/** "March 2026" from "2026-03". */
export function monthAndYear(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTHS[Number(number) - 1] ?? ''} ${year ?? ''}`.trim();
}

function listed(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] as string}`;
}

/** "Written by Amira, Jordan and Kai from the Children in Care Council, March 2026." or null when there is nobody to name. */
export function attributionLine(attribution: Attribution | undefined): string | null {
  if (!attribution) return null;
  const names = attribution.contributors.map(printableName).filter((name): name is string => name !== null);
  const group = attribution.groupName.trim();
  if (names.length === 0 && group === '') return null;
  const who = names.length === 0 ? group : group === '' ? listed(names) : `${listed(names)} from ${group}`;
  const when = attribution.writtenIn ? `, ${monthAndYear(attribution.writtenIn)}` : '';
  return `Written by ${who}${when}.`;
}

function textOf(node: NodeJSON): string {
  if (node.text !== undefined) return node.text;
  return (node.content ?? []).map(textOf).join('');
}

/**
 * The draft as it is printed: in the young people's foreword, the starter's
 * fill-in attribution line (still holding its placeholders) gives way to the
 * line made from the record, in the same place; where the writers removed
 * it, the line goes at the end. Without a record the foreword is unchanged,
 * so its placeholders still stop a final export.
 */
export function withAttributionLine(draft: Draft, template: Template): Draft {
  const foreword = sectionWithRole(template, 'young-people-foreword');
  if (attributionLine(draft.attribution) === null || !foreword) return draft;
  return {
    ...draft,
    sections: draft.sections.map((section) => (section.id === foreword.id ? { ...section, doc: forewordAsPrinted(section.doc, draft.attribution, template) } : section)),
  };
}

/** The young people's foreword as it is printed (see `withAttributionLine`); the same document when there is no record to sign it with. */
export function forewordAsPrinted(doc: NodeJSON, attribution: Attribution | undefined, template: Template): NodeJSON {
  const line = attributionLine(attribution);
  const foreword = sectionWithRole(template, 'young-people-foreword');
  if (line === null || !foreword) return doc;
  const starter = starterLinesFor(template).get(foreword.id) ?? new Set<string>();
  const blocks = doc.content ?? [];
  const isStarterLine = (block: NodeJSON) => block.type === 'paragraph' && containsPlaceholder(textOf(block)) && starter.has(normaliseText(textOf(block)));
  const at = blocks.findIndex(isStarterLine);
  const printed: NodeJSON = { type: 'paragraph', content: [{ type: 'text', text: line, marks: [{ type: 'em' }] }] };
  const kept = blocks.filter((block) => !isStarterLine(block));
  const content = at === -1 ? [...kept, printed] : [...kept.slice(0, at), printed, ...kept.slice(at)];
  return { ...doc, content };
}
