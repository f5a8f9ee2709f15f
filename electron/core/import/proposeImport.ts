import type { NodeJSON } from '../../../shared/model/draft.js';
import { CANONICAL_TEXT_SECTIONS } from './classify/canonicalSections.js';
import { classifyParts } from './classify/classifyParts.js';
import { splitOutline } from './classify/outline.js';
import { readCover } from './cover/readCover.js';
import { nodeText } from './readers/inlineText.js';
import { readSource } from './readers/readSource.js';
import type { ImportCover, ImportPart, ImportProposal, SourceBlock } from '../../../shared/import/types.js';

const PREVIEW_CHARACTERS = 240;
/** The council is usually named early; reading the whole of a long document for it only adds false matches. */
const COUNCIL_SEARCH_CHARACTERS = 20_000;

export interface ProposeOptions {
  /** The text sections of the template the draft will use; parts are only proposed for these. */
  sectionIds?: readonly string[];
}

/**
 * Reads a strategy file and proposes where each of its parts belongs. Nothing
 * is written: the officer reviews the proposal, then `applyImport` builds the
 * sections. Bad files fail with ApiFailure('import-failed').
 */
export async function proposeImport(file: { name: string; bytes: Uint8Array }, options: ProposeOptions = {}): Promise<ImportProposal> {
  const source = await readSource(file);
  const opening = source.blocks.slice(0, firstHeading(source.blocks));
  const fullText = [source.title ?? '', ...source.blocks.map((block) => (block.kind === 'heading' ? block.heading.text : nodeText(block.node)))].join('\n');
  const cover = readCover(source.title, opening.map((block) => (block.kind === 'content' ? nodeText(block.node) : '')), fullText.slice(0, COUNCIL_SEARCH_CHARACTERS));
  // Title-page lines that only state the cover fields now live in those fields; anything else on the title page is kept.
  const blocks = source.blocks.filter((block, index) => index >= opening.length || block.kind !== 'content' || !onlyCoverWords(nodeText(block.node), cover));
  const outline = splitOutline(blocks);
  const classifications = classifyParts(outline, options.sectionIds ?? CANONICAL_TEXT_SECTIONS);
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
  };
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
