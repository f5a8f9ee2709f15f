import { parseHTML } from 'linkedom';
import { DOMParser as ProseMirrorParser } from 'prosemirror-model';
import type { NodeJSON } from '../../../../shared/model/draft.js';
import { schema } from '../../../../shared/model/schema.js';
import type { SourceBlock } from '../../../../shared/import/types.js';
import { headingShape, wordCount } from './headingText.js';

/**
 * HTML (from mammoth) to blocks. Everything except headings goes through the
 * schema's own parse rules, the same path as a paste into the editor, so
 * tables, lists and marks survive and anything the schema does not allow
 * (scripts, remote images, javascript: links) is dropped the same way.
 */

/** The class mammoth gives Word's Title style (see the style map in readDocx). */
export const TITLE_CLASS = 'document-title';

const parser = ProseMirrorParser.fromSchema(schema);

/** The small part of the DOM this module reads; linkedom's own types are loose. */
interface ElementLike {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<ElementLike>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
}

export interface HtmlBlocks {
  title: string | null;
  blocks: SourceBlock[];
}

export function htmlToBlocks(html: string, options: { boldHeadings: boolean }): HtmlBlocks {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = document.body as unknown as Parameters<typeof parser.parse>[0];
  const children = Array.from((body as unknown as ElementLike).children);
  const blocks: SourceBlock[] = [];
  let title: string | null = null;
  let runStart = 0;

  const flush = (to: number) => {
    if (to > runStart) blocks.push(...parseRun(body, runStart, to));
  };
  children.forEach((element, index) => {
    const heading = readHeading(element, options.boldHeadings);
    if (heading === null) return;
    flush(index);
    runStart = index + 1;
    if (heading === 'title') {
      title ??= squash(element.textContent ?? '');
      return;
    }
    if (heading.text !== '') blocks.push({ kind: 'heading', heading });
  });
  flush(children.length);
  return { title, blocks };
}

function readHeading(element: ElementLike, boldHeadings: boolean): { text: string; level: number } | 'title' | null {
  const tag = element.tagName.toLowerCase();
  const styled = /^h([1-6])$/.exec(tag);
  if (styled) {
    if ((element.getAttribute('class') ?? '').split(/\s+/).includes(TITLE_CLASS)) return 'title';
    return { text: squash(element.textContent ?? ''), level: Number(styled[1]) };
  }
  if (tag !== 'p') return null;
  const text = squash(element.textContent ?? '');
  if (text === '' || !isAllBold(element, text)) return null;
  // Many councils number their headings by hand in bold body text; without numbering, bold text is only a heading in a document with no styles at all.
  const shape = headingShape(text);
  if (shape) return { text, level: shape.level };
  if (boldHeadings && wordCount(text) <= 12 && !/[.,;!?]$/.test(text)) return { text, level: 1 };
  return null;
}

function isAllBold(element: ElementLike, text: string): boolean {
  const bold = Array.from(element.querySelectorAll('strong, b'))
    .map((node) => node.textContent ?? '')
    .join('');
  return squash(bold) === text;
}

/** Parses children [from, to) of the body in one go, so lists and tables keep their structure. */
function parseRun(body: Parameters<typeof parser.parse>[0], from: number, to: number): SourceBlock[] {
  const doc = parser.parse(body, { from, to });
  const blocks: SourceBlock[] = [];
  doc.forEach((node) => {
    if (node.type.name === 'paragraph' && node.content.size === 0) return;
    blocks.push({ kind: 'content', node: node.toJSON() as NodeJSON });
  });
  return blocks;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
