import mammoth from 'mammoth';
import { ApiFailure } from '../../../../shared/api/errors.js';
import type { SourceDocument } from '../../../../shared/import/types.js';
import { contentsLength, isContentsTitle, MAX_CONTENTS_ENTRIES } from './contentsPage.js';
import { htmlToBlocks, TITLE_CLASS } from './htmlToBlocks.js';
import { nodeText } from './inlineText.js';
import { openDocx, type DocxArchive } from './docxArchive.js';
import { wordListNumbers } from './wordListNumbers.js';
import type { SourceBlock } from '../../../../shared/import/types.js';

/** Word's built-in styles to HTML; Title is kept apart because it names the strategy rather than opening a part. */
export const STYLE_MAP = [
  `p[style-name='Title'] => h1.${TITLE_CLASS}:fresh`,
  "p[style-name='Heading 1'] => h1:fresh",
  "p[style-name='Heading 2'] => h2:fresh",
  "p[style-name='Heading 3'] => h3:fresh",
  "p[style-name='Heading 4'] => h4:fresh",
];

/**
 * mammoth reads any object with its zip interface, given as `file` (its
 * lib/unzip.js); its type declarations name only path, buffer and arrayBuffer.
 * Handing it the archive already opened and checked means the .docx is
 * unpacked once, not again by JSZip inside mammoth.
 */
const convertToHtml = mammoth.convertToHtml as unknown as (input: { file: Pick<DocxArchive, 'exists' | 'read'> }, options: { styleMap: string[] }) => Promise<{ value: string }>;

/** `onFraction` hears how far reading has got (0–1): unzipping and converting are most of the first half. */
export async function readDocx(bytes: Uint8Array, onFraction: (fraction: number) => void = () => {}): Promise<SourceDocument> {
  const docx = openDocx(bytes);
  onFraction(0.1);
  let html: string;
  let listNumbers: ReturnType<typeof wordListNumbers>;
  try {
    html = (await convertToHtml({ file: docx }, { styleMap: STYLE_MAP })).value;
    listNumbers = wordListNumbers(docx);
  } catch (error) {
    throw new ApiFailure('import-failed', 'The Word file could not be read; it may be damaged. Open it in Word, save it again as .docx and import it.', [
      (error as Error).message,
    ]);
  }
  const styled = /<h[1-6][\s>]/.test(html.replace(new RegExp(`<h1 class="${TITLE_CLASS}">`, 'g'), ''));
  onFraction(0.5);
  const { title, blocks } = htmlToBlocks(html, { boldHeadings: !styled, listNumbers }, (fraction) => onFraction(0.5 + fraction / 2));
  const notes: string[] = [];
  return { format: 'docx', title, blocks: withoutContentsPage(blocks, notes), notes };
}

function withoutContentsPage(blocks: SourceBlock[], notes: string[]): SourceBlock[] {
  const start = blocks.findIndex((block) => block.kind === 'content' && block.node.type === 'paragraph' && isContentsTitle(nodeText(block.node)));
  if (start < 0) return blocks;
  // Only the first entries can belong to the page, so only they are read, not the whole document after it.
  const following = blocks.slice(start + 1, start + 1 + MAX_CONTENTS_ENTRIES);
  const length = contentsLength(following.map(representativeText), (index) => following[index]?.kind === 'heading');
  notes.push('The contents page was left out: the app makes its own from the headings.');
  return [...blocks.slice(0, start), ...blocks.slice(start + 1 + length)];
}

/** A list of short entries stands for one entry; its longest item decides whether it is short. */
function representativeText(block: SourceBlock): string {
  if (block.kind === 'heading') return block.heading.text;
  if (block.node.type === 'bullet_list' || block.node.type === 'ordered_list') {
    const items = (block.node.content ?? []).map(nodeText);
    return items.reduce((longest, item) => (item.length > longest.length ? item : longest), '');
  }
  return nodeText(block.node);
}
