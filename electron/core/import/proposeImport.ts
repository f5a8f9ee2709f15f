import { ApiFailure } from '../../../shared/api/errors.js';
import { MAX_HEADING_CHARACTERS, MAX_IMPORT_PARTS } from '../../../shared/import/schemas.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { classifyParts } from './classify/classifyParts.js';
import { compileCues, type ImportTemplate } from './classify/importCues.js';
import { findLocalNames } from './classify/localNames.js';
import { splitOutline } from './classify/outline.js';
import { readCover } from './cover/readCover.js';
import { nodeText } from './readers/inlineText.js';
import { readSource } from './readers/readSource.js';
import type { ImportCover, ImportPart, ImportProgress, ImportProposal, ImportStage, SourceBlock } from '../../../shared/import/types.js';

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
  const source = { ...read, blocks: withinLimits(read.blocks) };
  const opening = source.blocks.slice(0, firstHeading(source.blocks));
  const fullText = [source.title ?? '', ...source.blocks.map((block) => (block.kind === 'heading' ? block.heading.text : nodeText(block.node)))].join('\n');
  const cover = readCover(source.title, titlePageLines(source.blocks, opening), fullText.slice(0, COUNCIL_SEARCH_CHARACTERS));
  // Title-page lines that only state the cover fields now live in those fields; anything else on the title page is kept.
  const blocks = source.blocks.filter((block, index) => index >= opening.length || block.kind !== 'content' || !onlyCoverWords(nodeText(block.node), cover));
  const outline = splitOutline(blocks);
  report('sorting', 0.85);
  const classifications = classifyParts(outline, compileCues(options.template));
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
  const localNames = findLocalNames(fullText.slice(0, COUNCIL_SEARCH_CHARACTERS), options.template);
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

/** A heading with a year in it can be a title page's ("Corporate Parenting Strategy 2025 to 2028"); "Introduction to our strategy" cannot. */
const HEADING_WITH_YEAR = /\b(?:19|20)\d{2}\b/;

/**
 * The lines of the title page: the text before the first heading, or, when
 * a document opens with headings and no text ("# Eastmere Borough Council",
 * "## Corporate Parenting Strategy 2025 to 2028"), those of its opening
 * headings that carry a year. They stay in the document as headings; only
 * the cover is read from them.
 */
function titlePageLines(blocks: readonly SourceBlock[], opening: readonly SourceBlock[]): string[] {
  if (opening.length > 0) return opening.map((block) => (block.kind === 'content' ? nodeText(block.node) : ''));
  const firstContent = blocks.findIndex((block) => block.kind === 'content');
  return blocks.slice(0, firstContent < 0 ? blocks.length : firstContent).flatMap((block) => (block.kind === 'heading' && HEADING_WITH_YEAR.test(block.heading.text) ? [block.heading.text] : []));
}

function firstHeading(blocks: readonly SourceBlock[]): number {
  const index = blocks.findIndex((block) => block.kind === 'heading');
  return index < 0 ? blocks.length : index;
}

const DATE_WORDS = /\b(?:(?:19|20)\d{2}|to|january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;

function onlyCoverWords(text: string, cover: ImportCover): boolean {
  let rest = text.toLowerCase();
  for (const value of [cover.council, cover.title]) if (value.trim() !== '') rest = rest.split(value.toLowerCase()).join(' ');
  rest = rest.replace(DATE_WORDS, ' ').replace(/[^\p{L}\p{N}]+/gu, '');
  return text.trim() !== '' && rest === '';
}

function preview(blocks: readonly NodeJSON[]): string {
  const text = blocks.map(nodeText).join(' ').replace(/\s+/g, ' ').trim();
  return text.length <= PREVIEW_CHARACTERS ? text : `${text.slice(0, PREVIEW_CHARACTERS).replace(/\s+\S*$/, '')} …`;
}
