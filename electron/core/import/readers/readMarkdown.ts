import MarkdownIt from 'markdown-it';
import { markdownToDoc } from '../../../../shared/model/markdown.js';
import type { SourceBlock, SourceDocument } from '../../../../shared/import/types.js';
import { contentsLength, isContentsTitle } from './contentsPage.js';
import { NAMES_THE_STRATEGY } from './headingText.js';
import { withoutPageFurniture } from './pdfLayout.js';
import { frontMatterLines } from '../cover/frontMatter.js';

/**
 * Markdown: headings come from markdown-it's tokens (with their real level),
 * and the text between two headings goes through the shared `markdownToDoc`,
 * so imported Markdown is judged by exactly the same rules as a starter or
 * `set-section` (raw HTML dropped, links checked).
 */

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/;

let headingParser: InstanceType<typeof MarkdownIt> | undefined;

/** `onFraction` hears how much of the text has been read (0–1). */
export function readMarkdown(source: string, onFraction: (fraction: number) => void = () => {}): SourceDocument {
  const notes: string[] = [];
  const normalised = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const frontMatter = FRONT_MATTER.exec(normalised);
  const title = frontMatter ? frontMatterTitle(frontMatter[1] ?? '') : null;
  const body = frontMatter ? normalised.slice(frontMatter[0].length) : normalised;
  // Markdown joins wrapped lines itself, but text pasted out of a PDF brings its page headers and footers too.
  const unpaged = withoutPageFurniture(body.split('\n'));
  if (unpaged.removed > 0) notes.push('The page headers, footers and page numbers repeated on every page were left out.');
  const lines = withoutContentsPage(unpaged.lines, notes);

  headingParser ??= new MarkdownIt('default', { html: true });
  const tokens = headingParser.parse(lines.join('\n'), {});
  const blocks: SourceBlock[] = [];
  let from = 0;
  const flush = (to: number) => {
    const chunk = lines.slice(from, to).join('\n');
    if (chunk.trim() === '') return;
    for (const node of markdownToDoc(chunk).content ?? []) {
      if (node.type === 'paragraph' && (node.content ?? []).length === 0) continue;
      blocks.push({ kind: 'content', node });
    }
  };
  onFraction(0.2);
  tokens.forEach((token, index) => {
    onFraction(0.2 + (0.8 * index) / tokens.length);
    if (token.type !== 'heading_open' || token.level !== 0 || !token.map) return;
    flush(token.map[0]);
    const text = plainInline(tokens[index + 1]?.children ?? []).replace(/\s+/g, ' ').trim();
    if (text !== '') blocks.push({ kind: 'heading', heading: { text, level: Number(token.tag.slice(1)) } });
    from = token.map[1];
  });
  flush(lines.length);
  const titlePage = frontMatter ? frontMatterLines(frontMatter[1] ?? '') : [];
  return documentTitleFromHeading({ format: 'markdown', title, blocks, notes, ...(titlePage.length > 0 ? { titlePage } : {}) });
}

/**
 * Markdown written by hand usually opens with one "# Title" over "##"
 * sections. That heading names the strategy, not a part of it: it becomes
 * the document's title (for the title page) instead of an empty part. Only
 * when it is the first thing, the only level-1 heading, and reads like a
 * strategy's name, so a document whose parts are all "#" keeps them.
 */
function documentTitleFromHeading(document: SourceDocument): SourceDocument {
  const [first, ...rest] = document.blocks;
  if (first?.kind !== 'heading' || first.heading.level !== 1 || !NAMES_THE_STRATEGY.test(first.heading.text)) return document;
  if (rest.some((block) => block.kind === 'heading' && block.heading.level === 1)) return document;
  return { ...document, title: document.title ?? first.heading.text, blocks: rest };
}

function plainInline(children: { type: string; content: string }[]): string {
  return children
    .filter((child) => child.type === 'text' || child.type === 'code_inline' || child.type === 'softbreak')
    .map((child) => (child.type === 'softbreak' ? ' ' : child.content))
    .join('');
}

function frontMatterTitle(yaml: string): string | null {
  const match = /^title:\s*(.+)$/m.exec(yaml);
  if (!match) return null;
  const value = (match[1] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  return value === '' ? null : value;
}

function withoutContentsPage(lines: string[], notes: string[]): string[] {
  const start = lines.findIndex((line) => isContentsTitle(line.replace(/^#+\s*|[*_]/g, '')));
  if (start < 0) return lines;
  const length = contentsLength(lines.slice(start + 1), (index) => /^#{1,6}\s/.test(lines[start + 1 + index] ?? ''));
  if (length === 0) return lines;
  notes.push('The contents page was left out: the app makes its own from the headings.');
  return [...lines.slice(0, start), ...lines.slice(start + 1 + length)];
}
