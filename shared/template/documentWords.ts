import type { DocumentWords } from './template.js';

/**
 * The sentences the app says about a draft, made from its pack's words, so a
 * Scottish plan is never called a strategy and a Trust is never called a
 * council. Screens, the CLI and both exporters share them.
 */

/** A word or phrase written to sit mid-sentence ("councillors"), as the first word of one ("Councillors"). */
export function atSentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The name the checker's findings about the document as a whole are listed under ("Whole strategy"). */
export function wholeDocumentHeading(words: DocumentWords): string {
  return `Whole ${words.documentKind}`;
}

/** What a draft with no title is called in lists, menus, headings and file names ("Untitled plan"). */
export function untitledTitle(documentKind: string): string {
  return `Untitled ${documentKind}`;
}

/** The label of the title page's title field ("Strategy title"). */
export function titleFieldLabel(words: DocumentWords): string {
  return `${atSentenceStart(words.documentKind)} title`;
}

/** What the title page prints under the title about who adopts it ("For adoption by Full Council"), or nothing when no body is named. */
export function adoptionLine(words: DocumentWords, approvingBody: string): string {
  const body = approvingBody.trim();
  return body === '' ? '' : `${words.adoptionPhrase} ${body}`;
}
