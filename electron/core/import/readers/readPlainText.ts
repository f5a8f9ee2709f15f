import type { NodeJSON } from '../../../../shared/model/draft.js';
import type { SourceBlock, SourceDocument } from '../../../../shared/import/types.js';
import { contentsEntries, contentsLength, isContentsTitle } from './contentsPage.js';
import { headingShape, NAMES_THE_STRATEGY, wordCount, type HeadingShape } from './headingText.js';
import { linesAsInline, textWithLinks } from './inlineNodes.js';
import { unwrapParagraph, withoutPageFurniture, wrapWidth } from './pdfLayout.js';
import { textTable, textTableRows } from './textTable.js';

/**
 * Plain text: paragraphs are separated by blank lines; headings are found by
 * their wording ("3.1 Education", "Appendix 2 – Legislation", a line in
 * capitals) or, failing that, as a short line standing on its own. Text
 * pasted out of a PDF first loses its page layout (running headers and
 * footers, lines wrapped at the page's width).
 */

const BULLET = /^\s*(?:[-*•▪◦·–]|o(?=\s))\s+(.*)$/;
const ITEM_NUMBER = /^\s*(?:\(?(\d{1,3})[.)]|\(?([a-z]|[ivx]{1,4})\))\s+(.*)$/i;
const MAX_SHORT_HEADING_WORDS = 12;
/** The first paragraph this long is the start of the text proper; anything before it may be a title page. */
const BODY_WORDS = 15;
/** Short lines that open a sentence or a list rather than name a part ("We will:", "This means:"). */
const SENTENCE_OPENER = /^(?:we|i|you|they|he|she|it|this|these|those|there|that|our aim is|in addition)\b/i;

interface Candidate {
  lines: string[];
  shape: HeadingShape | null;
  /** A line on its own that reads like a title but carries no number. */
  short: boolean;
}

/** `onFraction` hears how much of the text has been read (0–1). */
export function readPlainText(text: string, onFraction: (fraction: number) => void = () => {}): SourceDocument {
  const notes: string[] = [];
  const unpaged = withoutPageFurniture(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n'));
  if (unpaged.removed > 0) notes.push('The page headers, footers and page numbers repeated on every page were left out.');
  const lines = withoutContentsPage(unpaged.lines, notes);
  const blocks = splitParagraphs(lines);
  const isTable = blocks.map((block) => textTableRows(block) !== null);
  const width = wrapWidth(blocks.filter((_, index) => !isTable[index]));
  const paragraphs = blocks.flatMap((block, index) => (isTable[index] ? [block] : unwrapParagraph(block, width))).map(toCandidate);
  const hasNumbered = paragraphs.some((paragraph) => paragraph.shape?.kind === 'numbered');
  const firstBody = paragraphs.findIndex((paragraph) => wordCount(paragraph.lines.join(' ')) >= BODY_WORDS);
  const result: SourceBlock[] = [];
  let numberedLevel = 0;
  let inAppendix = false;

  paragraphs.forEach((paragraph, index) => {
    onFraction(index / paragraphs.length);
    // A title page names the strategy in capitals or as "… Strategy 2019–2022"; those lines open no part.
    const opening = clean(paragraph.lines[0] ?? '');
    // The line in capitals straight before the text proper ("FOREWORD") is its heading, unless it names the strategy or the council.
    const headsTheText = index === firstBody - 1 && paragraph.lines.length === 1 && !NAMES_THE_STRATEGY.test(opening) && !/\bcouncil\b/i.test(opening);
    const onTitlePage = index < firstBody && !headsTheText && (headingShape(opening)?.kind === 'capitals' || (paragraph.lines.length === 1 && NAMES_THE_STRATEGY.test(opening)));
    const isLast = index === paragraphs.length - 1 || onTitlePage;
    const rows = textTableRows(paragraph.lines);
    if (rows) {
      result.push(content(textTable(rows)));
      return;
    }
    const [raw = '', ...rest] = paragraph.lines;
    const first = clean(raw);
    const shape = headingShape(first);
    const restIsList = rest.length > 0 && rest.every((line) => ITEM_NUMBER.test(line));
    // "4.1 The main legislation that sets out our duties is" over "the Children Act 1989 …" is a numbered paragraph, not a heading.
    const runsOn = /^\s*[a-z]/.test(rest[0] ?? '');
    if (shape && (paragraph.shape || (rest.length > 0 && !restIsList && !runsOn)) && !isLast) {
      if (shape.kind === 'appendix') inAppendix = true;
      // Numbering restarts inside an appendix ("1. Purpose" of its terms of reference), and a title in capitals repeats its name: both nest under it.
      const level = shape.kind !== 'appendix' && inAppendix ? Math.min(shape.level + 1, 3) : shape.level;
      if (shape.kind !== 'capitals') numberedLevel = level;
      result.push({ kind: 'heading', heading: { text: first, level } });
      if (rest.length > 0) result.push(...contentBlocks(rest));
      return;
    }
    if (paragraph.short && !isLast) {
      // Without numbering the outline is unknown: a short line sits under the last numbered heading or appendix, or at the top.
      const level = numberedLevel > 0 && (hasNumbered || inAppendix) ? Math.min(numberedLevel + 1, 3) : 1;
      result.push({ kind: 'heading', heading: { text: first, level } });
      return;
    }
    result.push(...contentBlocks(paragraph.lines));
  });
  return { format: 'text', title: null, blocks: result, notes };
}

function withoutContentsPage(lines: string[], notes: string[]): string[] {
  const start = lines.findIndex((line) => isContentsTitle(line));
  if (start < 0) return lines;
  const length = contentsLength(lines.slice(start + 1));
  if (length === 0) return lines;
  notes.push('The contents page was left out: the app makes its own from the headings.');
  const entries = contentsEntries(lines.slice(start + 1, start + 1 + length));
  return [...lines.slice(0, start), ...withHeadingsApart(lines.slice(start + 1 + length), entries)];
}

/**
 * Text copied out of a PDF often has no blank line around a heading, so the
 * heading would read as the first line of a paragraph. A line that says
 * exactly what a contents entry says is that entry's heading: it is set
 * apart, the first time it appears after the contents page.
 */
function withHeadingsApart(lines: string[], entries: readonly string[]): string[] {
  const pending = new Set(entries);
  return lines.flatMap((line) => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (!pending.delete(text)) return [line];
    return ['', line, ''];
  });
}

function splitParagraphs(lines: string[]): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

function toCandidate(lines: string[]): Candidate {
  const only = lines.length === 1 ? clean(lines[0] ?? '') : null;
  const shape = only === null ? null : headingShape(only);
  return { lines, shape, short: only !== null && shape === null && isShortTitle(only) };
}

function isShortTitle(line: string): boolean {
  const words = line.split(/\s+/).length;
  return (
    words <= MAX_SHORT_HEADING_WORDS &&
    /^[A-Z‘'(]/.test(line) &&
    /\p{L}/u.test(line) &&
    !/[.,;!"”’]$/.test(line) &&
    !SENTENCE_OPENER.test(line) &&
    !BULLET.test(line) &&
    !/^(?:https?:\/\/|www\.)|@/.test(line)
  );
}

/** A line as a heading would read: single spaces, and without the asterisks or underscores some writers use for bold. */
function clean(line: string): string {
  return line
    .replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One paragraph of text as schema blocks: a bullet or numbered list when every line is an item, otherwise a paragraph. */
function contentBlocks(lines: string[]): SourceBlock[] {
  const bullets = lines.map((line) => BULLET.exec(line));
  if (bullets.every((match) => match !== null)) return [content(list('bullet_list', bullets.map((match) => match?.[1] ?? '')))];
  const items = lines.map((line) => ITEM_NUMBER.exec(line));
  if (lines.length > 1 && items.every((match) => match !== null)) {
    const start = Number(items[0]?.[1] ?? '1');
    return [content(list('ordered_list', items.map((match) => match?.[3] ?? ''), Number.isInteger(start) && start > 0 ? start : 1))];
  }
  return [content({ type: 'paragraph', content: linesAsInline(lines.map((line) => line.trim())) })];
}

function list(type: 'bullet_list' | 'ordered_list', items: string[], order = 1): NodeJSON {
  const listItems = items.map((item) => ({ type: 'list_item', content: [{ type: 'paragraph', content: textWithLinks(item.trim()) }] }));
  return type === 'ordered_list' ? { type, attrs: { order }, content: listItems } : { type, content: listItems };
}

function content(node: NodeJSON): SourceBlock {
  return { kind: 'content', node };
}
