import { ApiFailure } from '../../../shared/api/errors.js';
import { MAX_HEADING_CHARACTERS, MAX_IMPORT_PARTS } from '../../../shared/import/schemas.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { classifyParts } from './classify/classifyParts.js';
import { compileCues, type CueBook, type ImportTemplate } from './classify/importCues.js';
import { scoreHeading } from './classify/headingKeywords.js';
import { findLocalNames } from './classify/localNames.js';
import { splitOutline } from './classify/outline.js';
import { placeOfCouncil } from './classify/placeName.js';
import { isCoverLine, readCover } from './cover/readCover.js';
import { isTitlePageDetail, titlePageLines } from './cover/titlePageDetails.js';
import { headingShape, headingWords, isAppendixHeading, wordCount } from './readers/headingText.js';
import { nodeText } from './readers/inlineText.js';
import { isContentsTitle } from './readers/contentsPage.js';
import { readSource } from './readers/readSource.js';
import type { ImportCover, ImportPart, ImportProgress, ImportProposal, ImportStage, SourceBlock } from '../../../shared/import/types.js';
import { escapeRegExp } from '../../../shared/template/template.js';

const PREVIEW_CHARACTERS = 240;
/** The council is usually named early; reading the whole of a long document for it only adds false matches. */
const COUNCIL_SEARCH_CHARACTERS = 20_000;
/** Word nests lists nine deep; far deeper structure is a hostile or broken file, and would exhaust the stack further on. */
const MAX_NESTING = 64;
/** Progress is reported in steps of this much, so a million-paragraph file does not send a million messages. */
const PROGRESS_STEP = 0.01;
const NESTED_TOO_DEEPLY =
  'This file is nested far more deeply than any document (lists or tables inside each other hundreds of times), so it was not imported. Open it in Word, save a copy as .docx and import that.';

export interface ProposeOptions {
  /** The template the draft will use: parts are only proposed for its text sections, judged by its import cues. */
  template: ImportTemplate;
  /** Hears how far the import has got, in steps; may throw to stop it (a cancelled job). */
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Reads a strategy file and proposes where each of its parts belongs. Nothing
 * is written: the officer reviews the proposal, then `applyImport` builds the
 * sections. Bad files fail with ApiFailure('import-failed').
 */
export async function proposeImport(file: { name: string; bytes: Uint8Array }, options: ProposeOptions): Promise<ImportProposal> {
  const report = steppedProgress(options.onProgress ?? (() => {}));
  try {
    const proposal = await proposeFromSource(file, options, report);
    report('sorting', 1);
    return proposal;
  } catch (error) {
    // Deep structure is refused once read, but the readers' own recursion (mammoth, the HTML parser) can overflow before that.
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw new ApiFailure('import-failed', NESTED_TOO_DEEPLY);
    throw error;
  }
}

async function proposeFromSource(
  file: { name: string; bytes: Uint8Array },
  options: ProposeOptions,
  report: (stage: ImportStage, fraction: number) => void,
): Promise<ImportProposal> {
  const read = await readSource(file, (stage, fraction) => report(stage, 0.8 * fraction));
  report('sorting', 0.8);
  const source = { ...read, blocks: captionsAndRowsAsText(signaturesAsText(withoutRunningLines(withoutContentsHeadings(withinLimits(read.blocks))))) };
  const book = compileCues(options.template);
  const titlePage = titlePageLength(source.blocks, book);
  const opening = openingText([source.title ?? '', ...(source.titlePage ?? [])], source.blocks);
  const openingLines = [...(source.titlePage ?? []), ...source.blocks.slice(0, titlePage).flatMap((block) => (block.kind === 'heading' ? [block.heading.text] : titlePageLines(block.node)))];
  const cover = readCover(source.title, openingLines, opening);
  // Title-page lines that only state the cover fields, headings or not, now live in those fields (never chapters); anything else on the title page is kept.
  const blocks = source.blocks.filter((block, index) => index >= titlePage || !onlyCoverWords(blockText(block), cover));
  const outline = splitOutline(blocks);
  report('sorting', 0.85);
  const classifications = classifyParts(outline, book, { place: placeOfCouncil(cover.council) });
  report('sorting', 0.95);
  const parts: ImportPart[] = outline.map((part, index) => ({
    index,
    heading: part.heading,
    parentIndex: part.parentIndex,
    blocks: part.blocks,
    preview: preview(part.blocks),
    section: classifications[index]?.section ?? 'unsorted',
    confidence: classifications[index]?.confidence ?? 0,
    followsParent: classifications[index]?.followsParent ?? false,
  }));

  const messages = [...source.notes];
  const localNames = findLocalNames(opening, options.template);
  const named = Object.values(localNames);
  if (named.length > 0) {
    messages.push(`The document gives its own names for ${named.map((name) => `“${name}”`).join(', ')}: they will be used for your council's names not yet set on the library screen, where you can change them.`);
  }
  if (!outline.some((part) => part.heading !== null)) {
    messages.push(
      'No headings were found (no Word heading styles, no numbered headings such as "3. Our vision", no short title lines), so everything has gone to Unsorted. Move the text into its sections, or add headings to the file and import it again.',
    );
  }
  return {
    fileName: file.name,
    format: source.format,
    cover,
    parts,
    messages,
    ...(Object.keys(localNames).length > 0 ? { localNames } : {}),
  };
}

/**
 * Refuses what no strategy has (tens of thousands of headings, structure
 * nested hundreds deep) with a message that says so, rather than a proposal
 * the review screen could not send back; and keeps an over-long "heading" as
 * the paragraph it really is, so its words are not lost.
 */
function withinLimits(blocks: readonly SourceBlock[]): SourceBlock[] {
  let headings = 0;
  const kept = blocks.map((block): SourceBlock => {
    if (block.kind === 'content') {
      if (nestingDepth(block.node) > MAX_NESTING) throw new ApiFailure('import-failed', NESTED_TOO_DEEPLY);
      return block;
    }
    if (block.heading.text.length > MAX_HEADING_CHARACTERS) return { kind: 'content', node: { type: 'paragraph', content: [{ type: 'text', text: block.heading.text }] } };
    headings += 1;
    return block;
  });
  if (headings >= MAX_IMPORT_PARTS) {
    throw new ApiFailure(
      'import-failed',
      `This file has ${headings.toLocaleString('en-GB')} headings; a strategy has a few hundred, and the importer can propose at most ${(MAX_IMPORT_PARTS - 1).toLocaleString('en-GB')}. Check it is the right file, or split it and import the parts.`,
    );
  }
  return kept;
}

/** Depth of a node tree, walked without recursion so that depth itself cannot overflow the stack. */
function nestingDepth(root: NodeJSON): number {
  let deepest = 0;
  const stack: [NodeJSON, number][] = [[root, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_NESTING) return deepest;
    for (const child of node.content ?? []) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The document's first COUNCIL_SEARCH_CHARACTERS of text (title and blocks, a line each), reading no further blocks than that takes. */
function openingText(titleLines: readonly string[], blocks: readonly SourceBlock[]): string {
  let text = titleLines.join('\n');
  for (const block of blocks) {
    if (text.length >= COUNCIL_SEARCH_CHARACTERS) break;
    text += `\n${blockText(block)}`;
  }
  return text.slice(0, COUNCIL_SEARCH_CHARACTERS);
}

/** Passes progress on only when it has moved a step or changed stage; never goes backwards. */
function steppedProgress(onProgress: (progress: ImportProgress) => void): (stage: ImportStage, fraction: number) => void {
  let last: ImportProgress | null = null;
  return (stage, fraction) => {
    const clamped = Math.min(1, Math.max(last?.fraction ?? 0, fraction));
    if (last && last.stage === stage && clamped - last.fraction < PROGRESS_STEP && clamped < 1) return;
    last = { stage, fraction: Math.round(clamped * 100) / 100 };
    onProgress(last);
  };
}

/**
 * A contents page whose entries were styled as headings ("Foreword", "Our
 * vision"… one after another with no text between them, under a "Contents"
 * title or not) would make every chapter twice, once empty. Its entries are
 * known by each repeating a later heading's words; they go, with their title,
 * as the app makes its own contents page.
 */
const MIN_CONTENTS_ENTRIES = 3;

function withoutContentsHeadings(blocks: readonly SourceBlock[]): SourceBlock[] {
  const words = blocks.map((block) => (block.kind === 'heading' ? headingWords(block.heading.text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim() : null));
  // Where each heading's words last occur, so "a later heading repeats it" is one look-up, not a pass over the rest of the document for every run of headings.
  const lastAt = new Map<string, number>();
  words.forEach((text, index) => {
    if (text !== null) lastAt.set(text, index);
  });
  const dropped = new Set<number>();
  let start = 0;
  while (start < blocks.length) {
    let end = start;
    while (end < blocks.length && blocks[end]?.kind === 'heading') end += 1;
    if (end === start) {
      start += 1;
      continue;
    }
    // The run's last heading opens the text that follows it; any before it that a later heading repeats is an entry.
    const entries: number[] = [];
    let title: number | null = null;
    for (let index = start; index < end - 1; index += 1) {
      const block = blocks[index];
      if (block?.kind === 'heading' && isContentsTitle(block.heading.text)) title = index;
      else if ((lastAt.get(words[index] ?? '') ?? -1) >= end - 1) entries.push(index);
    }
    if (entries.length >= (title === null ? MIN_CONTENTS_ENTRIES : 2)) for (const index of [...entries, ...(title === null ? [] : [title])]) dropped.add(index);
    start = end;
  }
  return dropped.size === 0 ? [...blocks] : blocks.filter((_, index) => !dropped.has(index));
}

/** A line repeated this often, short and carrying a page number or only the document's name, is a running header or footer. */
const RUNNING_LINE_REPEATS = 3;
const RUNNING_LINE_WORDS = 15;
const PAGE_NUMBER = /\bpage\s*\d{1,3}\b|\b\d{1,3}\s*(?:of|\/)\s*\d{1,3}\b|^\s*\d{1,3}\s*$|^\s*\d{1,3}\s*[|–—-]|[|–—-]\s*\d{1,3}\s*$/i;

/**
 * A strategy saved as text from a PDF repeats its running header or footer
 * on every page ("Corporate Parenting Strategy 2025–2028 | Page 4", a page
 * number on its own): printed furniture, not text, and read as headings they
 * would split chapters at every page. Dropped when the same short line (its
 * numbers aside) comes back on three pages or more and carries a page number
 * or names only the document; any other repeated line ("We will:") is text.
 */
function withoutRunningLines(blocks: readonly SourceBlock[]): SourceBlock[] {
  const keyOf = (block: SourceBlock): string | null => {
    const text = blockText(block);
    if (block.kind === 'content' && block.node.type !== 'paragraph') return null;
    if (wordCount(text) > RUNNING_LINE_WORDS || !(PAGE_NUMBER.test(text) || isCoverLine(text))) return null;
    return text.toLowerCase().replace(/\d+/g, '#').replace(/[^\p{L}#]+/gu, ' ').trim();
  };
  const keys = blocks.map(keyOf);
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  const running = (key: string | null) => key !== null && (counts.get(key) ?? 0) >= RUNNING_LINE_REPEATS;
  return keys.some(running) ? blocks.filter((_, index) => !running(keys[index] ?? null)) : [...blocks];
}

/**
 * "Councillor Jo Patel, Lead Member for Children" on a line of its own after
 * a foreword reads like a heading in a text file, but it signs the text above:
 * a name, a comma or dash, and a role, with nothing under it. It stays with
 * that text as a paragraph, so it neither opens a chapter nor lands alone in
 * another section.
 */
const SIGNATURE = /^(?:(?:councillor|cllr|dr|professor|mr|mrs|ms|miss|sir|dame)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*[,–—-]\s+(?:the\s+)?.*\b(?:councillor|member|director|leader|executive|chair|chairman|chairperson|mayor|head|manager|officer|commissioner|portfolio holder|lead)\b/iu;
const SIGNATURE_NAME = /^(?:(?:councillor|cllr|dr|professor|mr|mrs|ms|miss|sir|dame)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?=\s*[,–—-])/u;

function signaturesAsText(blocks: readonly SourceBlock[]): SourceBlock[] {
  return blocks.map((block, index): SourceBlock => {
    if (block.kind !== 'heading' || index === 0) return block;
    const text = block.heading.text.trim();
    const next = blocks[index + 1];
    const previous = blocks[index - 1];
    const signs = previous?.kind === 'content' && (next === undefined || next.kind === 'heading') && SIGNATURE.test(text) && isPersonsName(SIGNATURE_NAME.exec(text)?.[0] ?? '');
    return signs ? { kind: 'content', node: { type: 'paragraph', content: [{ type: 'text', text }] } } : block;
  });
}

/** A name, not a body's: "Corporate Parenting Board, chaired by the Leader" is not signed by anyone. */
function isPersonsName(name: string): boolean {
  return name !== '' && !/\b(?:board|council|panel|committee|group|forum|service|services|team|partnership|children|people|care|strategy|plan)\b/i.test(name);
}

/** "Table 2: Key measures", "Figure 3 – Where children live": a caption names a table or chart, not a part of the strategy. */
const CAPTION = /^\s*(?:table|figure|fig\.|chart|graph|diagram)\s+\d{1,3}[a-z]?\b/i;
/** A figure a table's row carries: a percentage, or a year range in brackets ("(2023-24)"). */
const ROW_FIGURE = /\d+(?:\.\d+)?\s?%|\((?:19|20)\d{2}\s?[-–/]\s?\d{2,4}\)/g;
const MIN_ROW_FIGURES = 2;

/**
 * A table pasted as text can come out as short lines that read as headings:
 * its caption, its header row ("Measure Baseline (2023-24) Target (2027-28)
 * Source"), a row ("Care leavers in work 57% 65%"). Each would open an empty
 * chapter; they stay with the text as paragraphs.
 */
function captionsAndRowsAsText(blocks: readonly SourceBlock[]): SourceBlock[] {
  return blocks.map((block): SourceBlock => {
    if (block.kind !== 'heading') return block;
    const text = block.heading.text.trim();
    const isTablePart = CAPTION.test(text) || (text.match(ROW_FIGURE)?.length ?? 0) >= MIN_ROW_FIGURES;
    return isTablePart ? { kind: 'content', node: { type: 'paragraph', content: [{ type: 'text', text }] } } : block;
  });
}

/** More words than this under a title-like heading make it a chapter ("Our strategy" and its text), not a title page. */
const MAX_TITLE_PAGE_WORDS = 60;

/**
 * How many blocks open the document as its title page: the text before the
 * first heading, and the unnumbered headings that only read as a title page's
 * lines (the council, "Corporate Parenting Strategy", the period; "#
 * Eastmere Borough Council" over "## Corporate Parenting Strategy 2025 to
 * 2028") with the short text under them. A first heading over every other
 * one ("# Safe and Sound", all chapters "##") titles the document whatever
 * its words, and a subtitle set as a deeper heading, whose short text ends
 * at a heading no deeper than the title's, is a title-page line too. It ends
 * at the first heading that names anything else: the first real chapter.
 */
function titlePageLength(blocks: readonly SourceBlock[], book: CueBook): number {
  let words = 0;
  let titleLevel: number | null = null;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (!block) break;
    if (block.kind === 'content') {
      words += wordCount(nodeText(block.node));
      continue;
    }
    const { text, level } = block.heading;
    const unnumbered = headingShape(text)?.kind !== 'numbered' && !isAppendixHeading(text) && !/^\s*\d{1,3}(?!\d)/.test(text);
    // "Introduction to our strategy" names a section: it is the first chapter, however like a title it reads.
    const titleLike =
      unnumbered &&
      (((isCoverLine(text) || isTitlePageDetail(text)) && scoreHeading(headingWords(text), book).defining === null) ||
        (index === 0 && titlesTheDocument(blocks, level)) ||
        (titleLevel !== null && isSubtitle(blocks, index, titleLevel)));
    if (!titleLike || words > MAX_TITLE_PAGE_WORDS || wordsUnder(blocks, index) > MAX_TITLE_PAGE_WORDS) return index;
    titleLevel = titleLevel === null ? level : Math.max(titleLevel, level);
  }
  return blocks.length;
}

/** A first heading every later heading (appendices aside) sits under. */
function titlesTheDocument(blocks: readonly SourceBlock[], level: number): boolean {
  const later = blocks.slice(1).filter((block) => block.kind === 'heading' && !isAppendixHeading(block.heading.text));
  return later.length > 0 && later.every((block) => block.kind === 'heading' && block.heading.level > level);
}

/** A heading deeper than the title-page headings above it whose text ends at a heading no deeper than they are: it belongs to the title, not to a chapter. */
function isSubtitle(blocks: readonly SourceBlock[], index: number, titleLevel: number): boolean {
  const heading = blocks[index];
  if (heading?.kind !== 'heading' || heading.heading.level <= titleLevel) return false;
  const next = blocks.slice(index + 1).find((block) => block.kind === 'heading');
  return next?.kind === 'heading' && next.heading.level <= titleLevel;
}

/** The words of the text under the heading at `index`, up to the next heading. */
function wordsUnder(blocks: readonly SourceBlock[], index: number): number {
  let words = 0;
  for (let next = index + 1; next < blocks.length; next += 1) {
    const block = blocks[next];
    if (!block || block.kind === 'heading') break;
    words += wordCount(nodeText(block.node));
  }
  return words;
}

function blockText(block: SourceBlock): string {
  return block.kind === 'heading' ? block.heading.text : nodeText(block.node);
}

/** What a title-page line may say besides the cover's fields: dates, and the small words around them ("Our … Strategy, 2026 to 2029"). */
const DATE_WORDS = /\b(?:(?:19|20)\d{2}|to|our|the|a|an|for|of|and|on|in|at|by|january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;
/** The labels around document-control details ("Version:", "Approved by", "Strategy owner"): a line of them and the fields' values says nothing the cover does not. */
const LABEL_WORDS = /\b(?:version|draft|no|number|approved|adopted|agreed|endorsed|ratified|approval|adoption|owner|owned|strategy|document|lead|officer|responsible|date|dated)\b/gi;
const MONTH_NAME = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
/** The day of a date the cover holds ("3" of "3 March 2026"). */
const DAY = /\b\d{1,2}(?:st|nd|rd|th)?\b/g;

/** A title-page line that only states what the cover now holds (its council, title, period, owner, version, approving body, date) and the labels around them. */
function onlyCoverWords(text: string, cover: ImportCover): boolean {
  // "March 2019" is not a date the cover can hold: the line keeps it for the officer.
  if (cover.date === undefined && MONTH_NAME.test(text)) return false;
  let rest = text.toLowerCase();
  const values = [cover.council, cover.title, cover.owner ?? '', cover.approvingBody ?? '', cover.version ?? ''].filter((value) => value.trim() !== '').sort((a, b) => b.length - a.length);
  // Each value as whole words: a version "2" is not the 2 of "2027".
  for (const value of values) rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(value.toLowerCase())}(?![\\p{L}\\p{N}])`, 'gu'), ' ');
  rest = rest.replace(DATE_WORDS, ' ').replace(LABEL_WORDS, ' ');
  if (cover.date !== undefined) rest = rest.replace(DAY, ' ');
  rest = rest.replace(/[^\p{L}\p{N}]+/gu, '');
  return text.trim() !== '' && rest === '';
}

function preview(blocks: readonly NodeJSON[]): string {
  const text = blocks.map(nodeText).join(' ').replace(/\s+/g, ' ').trim();
  return text.length <= PREVIEW_CHARACTERS ? text : `${text.slice(0, PREVIEW_CHARACTERS).replace(/\s+\S*$/, '')} …`;
}
