import { Element as DomElement, parseHTML } from 'linkedom';
import { DOMParser as ProseMirrorParser } from 'prosemirror-model';
import type { NodeJSON } from '../../../../shared/model/draft.js';
import { schema } from '../../../../shared/model/schema.js';
import type { SourceBlock } from '../../../../shared/import/types.js';
import { headingShape, wordCount } from './headingText.js';
import type { NumberedParagraph } from './wordListNumbers.js';

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
}

interface NodeLike {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<NodeLike>;
  appendChild(node: NodeLike): NodeLike;
}

const ELEMENT_NODE = 1;

export interface HtmlOptions {
  /** Take bold paragraphs for headings (a document without heading styles). */
  boldHeadings: boolean;
  /** Word's own number for each numbered paragraph, in document order, so a list interrupted by a paragraph keeps counting. */
  listNumbers?: readonly NumberedParagraph[];
}

export interface HtmlBlocks {
  title: string | null;
  blocks: SourceBlock[];
}

/**
 * The content between two headings is moved into a container of its own and
 * parsed there. Parsing a range of the body instead would be quadratic:
 * linkedom builds `childNodes` afresh on every read, and the parser reads it
 * once per range.
 */
/** `onFraction` hears how much of the document has been read (0–1). */
export function htmlToBlocks(html: string, options: HtmlOptions, onFraction: (fraction: number) => void = () => {}): HtmlBlocks {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  if (options.listNumbers !== undefined) continueNumbering(document.body as unknown as ListRoot, options.listNumbers);
  const newContainer = () => document.createElement('div') as unknown as NodeLike;
  const nodes = Array.from((document.body as unknown as NodeLike).childNodes);
  const blocks: SourceBlock[] = [];
  let title: string | null = null;
  let run = newContainer();
  let runLength = 0;

  const flush = () => {
    if (runLength > 0) blocks.push(...parseRun(run));
    run = newContainer();
    runLength = 0;
  };
  const restoreMatches = matchSimpleSelectorsDirectly();
  try {
    for (const [index, node] of nodes.entries()) {
      onFraction(index / nodes.length);
      const element = node as unknown as ElementLike;
      const heading = node.nodeType === ELEMENT_NODE ? readHeading(element, options.boldHeadings) : null;
      if (heading === null) {
        run.appendChild(node);
        runLength += 1;
        continue;
      }
      flush();
      if (heading === 'title') title ??= squash(element.textContent ?? '');
      else if (heading.text !== '') blocks.push({ kind: 'heading', heading });
    }
    flush();
  } finally {
    restoreMatches();
  }
  return { title, blocks };
}

interface ListItem {
  readonly childNodes: ArrayLike<{ readonly nodeType: number; readonly textContent: string | null; readonly tagName?: string }>;
  readonly parentNode: { readonly tagName: string; readonly firstElementChild: unknown; setAttribute(name: string, value: string): void } | null;
}

interface ListRoot {
  querySelectorAll(selector: string): ArrayLike<ListItem>;
}

/** How far ahead an item's Word paragraph is looked for; items mammoth left out (in text boxes, say) are skipped, not searched for to the end. */
const MATCH_WINDOW = 50;

/**
 * Gives each ordered list the number Word shows on its first item, so that
 * "1, 2, a paragraph, 3, 4" stays that way instead of restarting at 1. Items
 * are paired with Word's numbered paragraphs by their text, in order.
 */
function continueNumbering(root: ListRoot, numbers: readonly NumberedParagraph[]): void {
  let next = 0;
  for (const item of Array.from(root.querySelectorAll('li'))) {
    const text = squash(ownText(item));
    const limit = Math.min(numbers.length, next + MATCH_WINDOW);
    let found = -1;
    for (let index = next; index < limit && found < 0; index += 1) if (numbers[index]?.text === text) found = index;
    if (found < 0) continue;
    next = found + 1;
    const list = item.parentNode;
    const number = numbers[found]?.number ?? 1;
    if (list !== null && list.tagName.toLowerCase() === 'ol' && list.firstElementChild === item && number > 1) list.setAttribute('start', String(number));
  }
}

/** An item's own words, without those of lists nested in it. */
function ownText(item: ListItem): string {
  return Array.from(item.childNodes)
    .filter((child) => !(child.nodeType === ELEMENT_NODE && /^(ol|ul)$/i.test(child.tagName ?? '')))
    .map((child) => child.textContent ?? '')
    .join('');
}

const SIMPLE_SELECTOR = /^([a-z][a-z0-9]*)(?:\[([a-z][a-z0-9-]*)\])?$/i;

/**
 * The schema's parse rules are plain selectors ("p", "a[href]"), tried
 * against every node; linkedom compiles a selector afresh on every
 * `matches` call, which made parsing most of an import's time. While this
 * module parses, those selectors are answered directly (same meaning: tag
 * name, and the attribute's presence); anything else still goes to linkedom.
 */
function matchSimpleSelectorsDirectly(): () => void {
  const prototype = DomElement.prototype as unknown as { matches(this: SelectorTarget, selector: string): boolean };
  const original = prototype.matches;
  prototype.matches = function matches(this: SelectorTarget, selector: string): boolean {
    const simple = SIMPLE_SELECTOR.exec(selector);
    if (!simple) return original.call(this, selector);
    const [, tag = '', attribute] = simple;
    return this.localName.toLowerCase() === tag.toLowerCase() && (attribute === undefined || this.hasAttribute(attribute));
  };
  return () => {
    prototype.matches = original;
  };
}

interface SelectorTarget {
  readonly localName: string;
  hasAttribute(name: string): boolean;
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
  return squash(boldText(element)) === text;
}

/** The text of every <strong> and <b> inside, in document order (nested ones counted again, as a selector query would). */
function boldText(element: ElementLike): string {
  let text = '';
  for (const child of Array.from(element.children)) {
    const tag = child.tagName.toLowerCase();
    if (tag === 'strong' || tag === 'b') text += child.textContent ?? '';
    text += boldText(child);
  }
  return text;
}

/** Parses a run of content in one go, so lists and tables keep their structure. */
function parseRun(container: NodeLike): SourceBlock[] {
  const doc = parser.parse(container as unknown as Parameters<typeof parser.parse>[0]);
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
