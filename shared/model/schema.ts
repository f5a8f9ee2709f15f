import { Schema, type DOMOutputSpec, type NodeSpec, type MarkSpec } from 'prosemirror-model';
import { tableNodes } from 'prosemirror-tables';
import { safeHref } from './safeHref.js';
import { svgFromDataUrl } from './svgImage.js';

/**
 * The one schema for section content. It is shared by the editor, storage
 * validation, the CLI's Markdown import and the exporters, so anything that
 * cannot be expressed here cannot reach a strategy.
 *
 * Section titles come from the template, so headings inside a section start
 * at level 2: exporters map the section title to Heading 1.
 */

/** The DOM surface the parse rules read. Declared here because `shared/` is compiled without the DOM library. */
interface ElementLike {
  getAttribute(name: string): string | null;
  readonly nodeName: string;
}

export const HEADING_LEVELS = [2, 3] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** Structured tables are read by the completeness rules as data, so their columns are fixed. */
export const TABLE_KINDS = ['plain', 'measures', 'board-membership'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

const paragraph: NodeSpec = {
  content: 'inline*',
  group: 'block',
  parseDOM: [{ tag: 'p' }],
  toDOM: (): DOMOutputSpec => ['p', 0],
};

const heading: NodeSpec = {
  attrs: { level: { default: 2, validate: (value: unknown) => { if (value !== 2 && value !== 3) throw new RangeError('heading level must be 2 or 3'); } } },
  content: 'inline*',
  group: 'block',
  defining: true,
  // Pasted documents carry their own outline: h1/h2 become our level 2, everything deeper level 3.
  parseDOM: [
    { tag: 'h1', attrs: { level: 2 } },
    { tag: 'h2', attrs: { level: 2 } },
    { tag: 'h3', attrs: { level: 3 } },
    { tag: 'h4', attrs: { level: 3 } },
    { tag: 'h5', attrs: { level: 3 } },
    { tag: 'h6', attrs: { level: 3 } },
  ],
  toDOM: (node): DOMOutputSpec => [`h${node.attrs['level'] as number}`, 0],
};

const bulletList: NodeSpec = {
  content: 'list_item+',
  group: 'block',
  parseDOM: [{ tag: 'ul' }],
  toDOM: (): DOMOutputSpec => ['ul', 0],
};

const orderedList: NodeSpec = {
  attrs: { order: { default: 1, validate: 'number' } },
  content: 'list_item+',
  group: 'block',
  parseDOM: [
    {
      tag: 'ol',
      getAttrs: (dom: ElementLike) => {
        const start = Number(dom.getAttribute('start') ?? '1');
        return { order: Number.isInteger(start) && start > 0 ? start : 1 };
      },
    },
  ],
  toDOM: (node): DOMOutputSpec => (node.attrs['order'] === 1 ? ['ol', 0] : ['ol', { start: String(node.attrs['order']) }, 0]),
};

const listItem: NodeSpec = {
  content: 'paragraph block*',
  defining: true,
  parseDOM: [{ tag: 'li' }],
  toDOM: (): DOMOutputSpec => ['li', 0],
};

const image: NodeSpec = {
  attrs: { src: { validate: 'string' }, alt: { default: '', validate: 'string' } },
  group: 'block',
  draggable: true,
  // Only embedded images: a strategy must not depend on (or leak requests to) remote hosts.
  parseDOM: [
    {
      tag: 'img[src]',
      getAttrs: (dom: ElementLike) => {
        const src = dom.getAttribute('src') ?? '';
        return /^data:image\/(png|jpeg|gif);base64,/i.test(src) || svgFromDataUrl(src) !== null ? { src, alt: dom.getAttribute('alt') ?? '' } : false;
      },
    },
  ],
  toDOM: (node): DOMOutputSpec => ['img', { src: node.attrs['src'] as string, alt: node.attrs['alt'] as string }],
};

const hardBreak: NodeSpec = {
  inline: true,
  group: 'inline',
  selectable: false,
  // Read as a line end wherever text is taken out of a document (textContent, textBetween, copy as plain text): without it the words either side run together ("care" + "had" read as "carehad").
  leafText: () => '\n',
  parseDOM: [{ tag: 'br' }],
  toDOM: (): DOMOutputSpec => ['br'],
};

const text: NodeSpec = { group: 'inline' };

const tables = tableNodes({
  tableGroup: 'block',
  cellContent: 'paragraph+',
  cellAttributes: {},
});

const table: NodeSpec = {
  ...tables.table,
  attrs: { kind: { default: 'plain', validate: (value: unknown) => { if (!TABLE_KINDS.includes(value as TableKind)) throw new RangeError('unknown table kind'); } } },
  parseDOM: [
    {
      tag: 'table',
      getAttrs: (dom: ElementLike) => {
        const kind = dom.getAttribute('data-kind');
        return { kind: TABLE_KINDS.includes(kind as TableKind) ? kind : 'plain' };
      },
    },
  ],
  toDOM: (node): DOMOutputSpec => ['table', { 'data-kind': node.attrs['kind'] as string }, ['tbody', 0]],
};

const strong: MarkSpec = {
  parseDOM: [
    { tag: 'strong' },
    // Google Docs wraps whole pastes in <b style="font-weight:normal">.
    { tag: 'b', getAttrs: (dom: ElementLike & { style?: { fontWeight?: string } }) => dom.style?.fontWeight !== 'normal' && null },
    { style: 'font-weight=bold' },
    { style: 'font-weight', getAttrs: (value: string) => /^(bold(er)?|[6-9]\d{2,})$/.test(value) && null },
  ],
  toDOM: (): DOMOutputSpec => ['strong', 0],
};

const em: MarkSpec = {
  parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }],
  toDOM: (): DOMOutputSpec => ['em', 0],
};

const link: MarkSpec = {
  attrs: { href: { validate: 'string' } },
  inclusive: false,
  parseDOM: [
    {
      tag: 'a[href]',
      getAttrs: (dom: ElementLike) => {
        const href = safeHref(dom.getAttribute('href') ?? '');
        return href === null ? false : { href };
      },
    },
  ],
  toDOM: (mark): DOMOutputSpec => ['a', { href: mark.attrs['href'] as string, rel: 'noopener noreferrer' }, 0],
};

/** Who suggested a change and when; the id ties the parts of one suggestion together (a replacement is both marks). */
const suggestionAttrs = {
  id: { validate: 'string' },
  author: { validate: 'string' },
  at: { validate: 'string' },
} as const;

/** "12 March 2025, 14:05" for the tooltip; the stored value stays ISO so it sorts and exports exactly. */
function suggestionTitle(author: string, at: string): string {
  const date = new Date(at);
  const when = Number.isNaN(date.getTime())
    ? at
    : date.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return `Suggested by ${author} at ${when}`;
}

function suggestionMark(tag: 'ins' | 'del'): MarkSpec {
  return {
    attrs: suggestionAttrs,
    // A run of text is either suggested in or suggested out, never both; neither mark nests in itself.
    excludes: 'insertion deletion',
    inclusive: false,
    parseDOM: [
      {
        tag: `${tag}[data-suggestion-id]`,
        getAttrs: (dom: ElementLike) => ({
          id: dom.getAttribute('data-suggestion-id') ?? '',
          author: dom.getAttribute('data-author') ?? '',
          at: dom.getAttribute('data-at') ?? '',
        }),
      },
    ],
    toDOM: (mark): DOMOutputSpec => {
      const { id, author, at } = mark.attrs as { id: string; author: string; at: string };
      return [tag, { 'data-suggestion-id': id, 'data-author': author, 'data-at': at, title: suggestionTitle(author, at), class: `suggestion-${tag}` }, 0];
    },
  };
}

/** Suggested new text, kept apart from the text until someone accepts it. */
const insertion = suggestionMark('ins');
/** Text suggested for removal: it stays, struck through, until someone accepts or rejects that. */
const deletion = suggestionMark('del');

export const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph,
    heading,
    bullet_list: bulletList,
    ordered_list: orderedList,
    list_item: listItem,
    table,
    table_row: tables.table_row,
    table_cell: tables.table_cell,
    table_header: tables.table_header,
    image,
    text,
    hard_break: hardBreak,
  },
  marks: { strong, em, link, insertion, deletion },
});
