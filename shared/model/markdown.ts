import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import type { NodeJSON } from './draft.js';
import { safeHref } from './safeHref.js';
import { TABLE_KINDS, type HeadingLevel, type TableKind } from './schema.js';
import { STRUCTURED_TABLE_COLUMNS } from './structuredTables.js';

/**
 * Markdown (or plain text) to section content. Used for template starters,
 * the CLI's `set-section --text` and imported text, so the input is not
 * trusted: raw HTML is dropped, links go through `safeHref`, images are kept
 * only when embedded, and whatever Markdown can express beyond the schema
 * (block quotes, code, rules) is flattened into what the schema allows.
 *
 * The tokens are walked by hand rather than through prosemirror-markdown's
 * parser because tables need their header cells and kind, and every cell
 * needs its paragraph, which that parser cannot express.
 */

export interface MarkdownConversion {
  doc: NodeJSON;
  /** Things the author probably got wrong (an unknown table kind, a structured table with the wrong columns). The doc is still usable. */
  warnings: string[];
}

export function markdownToDoc(markdown: string): NodeJSON {
  return convertMarkdown(markdown).doc;
}

export function convertMarkdown(markdown: string): MarkdownConversion {
  const warnings: string[] = [];
  const tokens = parser().parse(markdown, {});
  const tableKinds = readTableMarkers(tokens, warnings);
  const root: OpenNode = { type: 'doc', content: [] };
  const stack: OpenNode[] = [root];
  const current = (): OpenNode => stack[stack.length - 1] ?? root;
  const open = (node: OpenNode): void => {
    stack.push(node);
  };
  const close = (): void => {
    const node = stack.pop();
    if (node === undefined || node === root) return;
    append(current().content, finish(node, warnings));
  };

  tokens.forEach((token, index) => {
    switch (token.type) {
      case 'heading_open':
        open({ type: 'heading', attrs: { level: headingLevel(token.tag) }, content: [] });
        break;
      case 'paragraph_open':
        open({ type: 'paragraph', content: [] });
        break;
      case 'bullet_list_open':
        open({ type: 'bullet_list', content: [] });
        break;
      case 'ordered_list_open':
        open({ type: 'ordered_list', attrs: { order: listStart(token) }, content: [] });
        break;
      case 'list_item_open':
        open({ type: 'list_item', content: [] });
        break;
      case 'table_open':
        open({ type: 'table', attrs: { kind: tableKinds.get(index) ?? 'plain' }, content: [] });
        break;
      case 'tr_open':
        open({ type: 'table_row', content: [] });
        break;
      case 'th_open':
        open({ type: 'table_header', content: [] });
        break;
      case 'td_open':
        open({ type: 'table_cell', content: [] });
        break;
      case 'heading_close':
      case 'paragraph_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'table_close':
      case 'tr_close':
      case 'th_close':
      case 'td_close':
        close();
        break;
      case 'inline':
        // Only a paragraph can be split around a block image; headings and cells keep the alt text.
        append(current().content, inlineNodes(token.children ?? [], current().type === 'paragraph'));
        break;
      case 'code_block':
      case 'fence':
        append(current().content, codeAsParagraph(token.content));
        break;
      default:
        // Block quotes are unwrapped (their content stays), rules and raw HTML blocks are dropped.
        break;
    }
  });
  while (stack.length > 1) close();

  return { doc: { type: 'doc', content: root.content.length > 0 ? root.content : [{ type: 'paragraph' }] }, warnings };
}

/** `push(...items)` passes every item as an argument and overflows the stack on a long paragraph. */
function append(target: NodeJSON[], items: readonly NodeJSON[]): void {
  for (const item of items) target.push(item);
}

interface OpenNode {
  type: string;
  attrs?: Record<string, unknown>;
  content: NodeJSON[];
}

let sharedParser: MarkdownIt | undefined;

function parser(): MarkdownIt {
  if (sharedParser) return sharedParser;
  // HTML is parsed (not shown as text) so that it can be recognised and dropped, and so the table markers are seen.
  const md = markdownIt('default', { html: true, linkify: true, typographer: false, breaks: false });
  // markdown-it would leave a refused link as its raw source text; we keep the words and judge the address ourselves.
  md.validateLink = () => true;
  sharedParser = md;
  return md;
}

const TABLE_MARKER = /^<!--\s*table\s*:\s*(.*?)\s*-->\s*$/i;

/** Finds `<!-- table: KIND -->` comments and returns the kind for the table token that follows each one. */
function readTableMarkers(tokens: Token[], warnings: string[]): Map<number, TableKind> {
  const kinds = new Map<number, TableKind>();
  tokens.forEach((token, index) => {
    if (token.type !== 'html_block') return;
    const match = TABLE_MARKER.exec(token.content.trim());
    if (!match) return;
    const kind = match[1] ?? '';
    if (!isTableKind(kind)) {
      warnings.push(`Unknown table kind "${kind}" (expected one of ${TABLE_KINDS.join(', ')}).`);
      return;
    }
    if (tokens[index + 1]?.type !== 'table_open') {
      warnings.push(`The marker "table: ${kind}" is not directly followed by a table.`);
      return;
    }
    kinds.set(index + 1, kind);
  });
  return kinds;
}

function isTableKind(value: string): value is TableKind {
  return (TABLE_KINDS as readonly string[]).includes(value);
}

function headingLevel(tag: string): HeadingLevel {
  return tag === 'h1' || tag === 'h2' ? 2 : 3;
}

function listStart(token: Token): number {
  const start = Number(token.attrGet('start') ?? 1);
  return Number.isSafeInteger(start) && start > 0 ? start : 1;
}

/** Closes a node: wraps or repairs its content so the schema accepts it, and returns what goes into its parent. */
function finish(node: OpenNode, warnings: string[]): NodeJSON[] {
  switch (node.type) {
    case 'paragraph':
      return splitAroundImages(node.content);
    case 'table_header':
    case 'table_cell':
      return [{ type: node.type, content: [paragraph(node.content)] }];
    case 'list_item':
      return [{ type: 'list_item', content: startWithParagraph(node.content) }];
    case 'table':
      checkStructuredColumns(node, warnings);
      return [toJSON(node)];
    default:
      return [toJSON(node)];
  }
}

function toJSON(node: OpenNode): NodeJSON {
  return {
    type: node.type,
    ...(node.attrs ? { attrs: node.attrs } : {}),
    ...(node.content.length > 0 ? { content: node.content } : {}),
  };
}

function paragraph(content: NodeJSON[]): NodeJSON {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** A paragraph that only held raw HTML disappears; one holding images becomes paragraphs and images in turn. */
function splitAroundImages(content: NodeJSON[]): NodeJSON[] {
  const blocks: NodeJSON[] = [];
  let run: NodeJSON[] = [];
  const endRun = (): void => {
    const trimmed = trimEdges(run);
    if (trimmed.length > 0) blocks.push(paragraph(trimmed));
    run = [];
  };
  for (const node of content) {
    if (node.type === 'image') {
      endRun();
      blocks.push(node);
    } else {
      run.push(node);
    }
  }
  endRun();
  return blocks;
}

/** Drops the spaces that separated a run of text from an image on either side of it. */
function trimEdges(run: NodeJSON[]): NodeJSON[] {
  const nodes = run.map((node) => ({ ...node }));
  const first = nodes[0];
  if (first?.type === 'text') first.text = (first.text ?? '').trimStart();
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') last.text = (last.text ?? '').trimEnd();
  return nodes.filter((node) => node.type !== 'text' || node.text !== '');
}

/** A list item must open with a paragraph: a leading heading is demoted, anything else gets an empty paragraph before it. */
function startWithParagraph(content: NodeJSON[]): NodeJSON[] {
  const [first, ...rest] = content;
  if (first === undefined) return [{ type: 'paragraph' }];
  if (first.type === 'paragraph') return content;
  if (first.type === 'heading') return [paragraph(first.content ?? []), ...rest];
  return [{ type: 'paragraph' }, ...content];
}

function checkStructuredColumns(table: OpenNode, warnings: string[]): void {
  const kind = table.attrs?.['kind'] as TableKind;
  if (kind === 'plain') return;
  const expected = STRUCTURED_TABLE_COLUMNS[kind];
  const actual = (table.content[0]?.content ?? []).map((cell) => textOf(cell).trim());
  if (actual.length !== expected.length || actual.some((title, index) => title !== expected[index])) {
    warnings.push(`The ${kind} table must have the columns ${expected.join(', ')}; it has ${actual.join(', ')}.`);
  }
}

function textOf(node: NodeJSON): string {
  return (node.text ?? '') + (node.content ?? []).map(textOf).join('');
}

function codeAsParagraph(code: string): NodeJSON[] {
  const lines = code.replace(/\n+$/, '').split('\n');
  if (lines.every((line) => line.trim() === '')) return [];
  const content: NodeJSON[] = [];
  lines.forEach((line, index) => {
    if (index > 0) content.push({ type: 'hard_break' });
    if (line !== '') content.push({ type: 'text', text: line });
  });
  return [{ type: 'paragraph', content }];
}

type MarkJSON = NonNullable<NodeJSON['marks']>[number];

const EMBEDDED_IMAGE = /^data:image\/(png|jpeg|gif);base64,/i;
const LINE_BREAK_TAG = /^<br\s*\/?>$/i;

/** Inline tokens to text nodes with marks (in schema order: strong, em, link), hard breaks and, where allowed, images. */
function inlineNodes(tokens: Token[], imagesAllowed: boolean): NodeJSON[] {
  const nodes: NodeJSON[] = [];
  let strong = 0;
  let em = 0;
  // One entry per open link; null for a link whose address was refused, so its words stay as plain text.
  const links: (string | null)[] = [];

  const marks = (): MarkJSON[] => {
    const list: MarkJSON[] = [];
    if (strong > 0) list.push({ type: 'strong' });
    if (em > 0) list.push({ type: 'em' });
    const href = links[links.length - 1];
    if (href) list.push({ type: 'link', attrs: { href } });
    return list;
  };
  const pushText = (text: string): void => {
    if (text === '') return;
    const active = marks();
    const previous = nodes[nodes.length - 1];
    if (previous?.type === 'text' && sameMarks(previous.marks ?? [], active)) {
      previous.text = `${previous.text ?? ''}${text}`;
      return;
    }
    nodes.push(active.length > 0 ? { type: 'text', text, marks: active } : { type: 'text', text });
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
        pushText(token.content);
        break;
      case 'softbreak':
        pushText(' ');
        break;
      case 'hardbreak':
        nodes.push({ type: 'hard_break' });
        break;
      case 'strong_open':
        strong += 1;
        break;
      case 'strong_close':
        strong -= 1;
        break;
      case 'em_open':
        em += 1;
        break;
      case 'em_close':
        em -= 1;
        break;
      case 'link_open':
        links.push(safeHref(String(token.attrGet('href') ?? '')));
        break;
      case 'link_close':
        links.pop();
        break;
      case 'image': {
        const src = String(token.attrGet('src') ?? '');
        const alt = altText(token);
        if (imagesAllowed && EMBEDDED_IMAGE.test(src)) nodes.push({ type: 'image', attrs: { src, alt } });
        else pushText(alt);
        break;
      }
      case 'html_inline':
        if (LINE_BREAK_TAG.test(token.content)) nodes.push({ type: 'hard_break' });
        break;
      default:
        // Strikethrough and any other decoration the schema lacks: the text inside is kept, the decoration dropped.
        break;
    }
  }
  return nodes;
}

/** The words of an image's description, without any markup or raw HTML it held. */
function altText(image: Token): string {
  return (image.children ?? [])
    .map((child) => {
      if (child.type === 'softbreak' || child.type === 'hardbreak') return ' ';
      return child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline' ? child.content : '';
    })
    .join('');
}

function sameMarks(a: MarkJSON[], b: MarkJSON[]): boolean {
  return a.length === b.length && a.every((mark, index) => mark.type === b[index]?.type && mark.attrs?.['href'] === b[index]?.attrs?.['href']);
}
