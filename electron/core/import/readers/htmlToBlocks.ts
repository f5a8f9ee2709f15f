import type { SourceBlock } from '../../../../shared/import/types.js';
import { CUT_SENTENCE, headingShape, wordCount } from './headingText.js';
import { HtmlElement, parseHtmlTree, type TreeNode } from './htmlTree.js';
import { treeToNodes } from './treeToNodes.js';
import { squashSpaces, visibleLength } from './whiteSpace.js';
import type { NumberedParagraph } from './wordListNumbers.js';

/**
 * HTML (from mammoth) to blocks. Everything except headings goes through the
 * schema's own parse rules, the same path as a paste into the editor, so
 * tables, lists and marks survive and anything the schema does not allow
 * (scripts, remote images, javascript: links) is dropped the same way. The
 * HTML is read into a small tree of its own (`htmlTree`) and the rules are
 * applied to it directly (`treeToNodes`): a full DOM and ProseMirror's DOM
 * parser took about as long as mammoth's whole conversion.
 */

/** The class mammoth gives Word's Title style (see the style map in readDocx). */
export const TITLE_CLASS = 'document-title';

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
 * parsed there, so lists and tables keep their structure across it.
 * `onFraction` hears how much of the document has been read (0–1).
 */
export function htmlToBlocks(html: string, options: HtmlOptions, onFraction: (fraction: number) => void = () => {}): HtmlBlocks {
  const { root, listItems } = parseHtmlTree(html);
  if (options.listNumbers !== undefined) continueNumbering(listItems, options.listNumbers);
  const nodes = root.childNodes;
  const subheadings = options.boldHeadings ? new Set<HtmlElement>() : boldSubheadings(nodes);
  const blocks: SourceBlock[] = [];
  let title: string | null = null;
  let styledLevel = 0;
  let run = new HtmlElement('div');

  const flush = () => {
    if (run.firstChild !== null) blocks.push(...parseRun(run));
    run = new HtmlElement('div');
  };
  for (const [index, node] of nodes.entries()) {
    onFraction(index / nodes.length);
    const subheading = node instanceof HtmlElement && subheadings.has(node);
    const heading = !(node instanceof HtmlElement) ? null : subheading ? { text: allBoldText(node) ?? '', level: Math.min(styledLevel + 1, 6) } : readHeading(node, options.boldHeadings);
    if (heading === null) {
      run.appendChild(node);
      continue;
    }
    flush();
    if (heading === 'title') {
      title ??= squashSpaces(node.textContent);
      continue;
    }
    if (heading.text !== '') blocks.push({ kind: 'heading', heading });
    // A bold sub-heading sits one below the styled heading it follows, however many of them come in a row.
    if (!subheading) styledLevel = heading.level;
  }
  flush();
  return { title, blocks };
}

/** How far ahead an item's Word paragraph is looked for; items mammoth left out (in text boxes, say) are skipped, not searched for to the end. */
const MATCH_WINDOW = 50;

/**
 * Gives each ordered list the number Word shows on its first item, so that
 * "1, 2, a paragraph, 3, 4" stays that way instead of restarting at 1. Items
 * are paired with Word's numbered paragraphs by their text, in order.
 */
function continueNumbering(items: readonly HtmlElement[], numbers: readonly NumberedParagraph[]): void {
  let next = 0;
  for (const item of items) {
    const text = squashSpaces(ownText(item));
    const limit = Math.min(numbers.length, next + MATCH_WINDOW);
    let found = -1;
    for (let index = next; index < limit && found < 0; index += 1) if (numbers[index]?.text === text) found = index;
    if (found < 0) continue;
    next = found + 1;
    const list = item.parentNode;
    const number = numbers[found]?.number ?? 1;
    if (list !== null && list.localName === 'ol' && list.firstElementChild === item && number > 1) list.setAttribute('start', String(number));
  }
}

/** An item's own words, without those of lists nested in it. */
function ownText(item: HtmlElement): string {
  let text = '';
  for (let child = item.firstChild; child !== null; child = child.nextSibling) {
    if (!(child instanceof HtmlElement && (child.localName === 'ol' || child.localName === 'ul'))) text += child.textContent;
  }
  return text;
}

const HEADING_LEVELS = new Map([1, 2, 3, 4, 5, 6].map((level) => [`h${level}`, level]));

function readHeading(element: HtmlElement, boldHeadings: boolean): { text: string; level: number } | 'title' | null {
  const tag = element.localName;
  const level = HEADING_LEVELS.get(tag);
  if (level !== undefined) {
    if ((element.getAttribute('class') ?? '').split(/\s+/).includes(TITLE_CLASS)) return 'title';
    return { text: squashSpaces(element.textContent), level };
  }
  const text = allBoldText(element);
  if (text === null) return null;
  // Many councils number their headings by hand in bold body text; without numbering, bold text is only a heading in a document with no styles at all.
  const shape = headingShape(text);
  if (shape) return { text, level: shape.level };
  if (boldHeadings && wordCount(text) <= 12 && !/[.,;!?]$/.test(text)) return { text, level: 1 };
  return null;
}

/** The paragraph's words when every one of them is bold; null for any other element. */
function allBoldText(element: HtmlElement): string | null {
  // Only a paragraph with bold in it can be all bold; most have none, and are passed over before their text is read.
  if (element.localName !== 'p' || !hasBold(element)) return null;
  const all = element.textContent;
  const bold = boldText(element);
  // Most paragraphs with bold in them are not all bold; their letters outside the bold tell so without squashing the whole text.
  if (visibleLength(bold) !== visibleLength(all)) return null;
  const text = squashSpaces(all);
  if (text === '' || squashSpaces(bold) !== text) return null;
  return text;
}

/** Longer than this and a bold line in a styled document is emphasis, not a label for what follows. */
const MAX_SUBHEADING_WORDS = 8;

/**
 * Officers often mark sub-headings by making a short paragraph bold rather
 * than choosing a heading style, even in a document whose parts have styles.
 * Such a line reads as a sub-heading of the styled heading above it when it
 * is short, worded as a label (a capital first, no closing punctuation, not
 * cut off mid-phrase), and opens body text or a list. One such line may be
 * emphasis; the document's habit is only trusted when it does it at least
 * twice. Lines before the first styled heading belong to the title page.
 */
function boldSubheadings(nodes: readonly TreeNode[]): Set<HtmlElement> {
  const found = new Set<HtmlElement>();
  let afterStyledHeading = false;
  for (const node of nodes) {
    if (!(node instanceof HtmlElement)) continue;
    if (HEADING_LEVELS.has(node.localName)) {
      afterStyledHeading ||= !(node.getAttribute('class') ?? '').split(/\s+/).includes(TITLE_CLASS);
      continue;
    }
    if (!afterStyledHeading || headingShape(node.textContent.trim()) !== null) continue;
    const text = allBoldText(node);
    if (text === null || !readsAsLabel(text) || !opensBodyText(nextElement(node)) || inBoldRun(node)) continue;
    found.add(node);
  }
  return found.size >= 2 ? found : new Set();
}

function readsAsLabel(text: string): boolean {
  return wordCount(text) <= MAX_SUBHEADING_WORDS && /^[\p{Lu}‘'"“]/u.test(text) && !/[.,;:!?…]$/.test(text) && !CUT_SENTENCE.test(text);
}

/** Body text or a list, not another bold line, a heading or a table (a bold line above a table is its title). */
function opensBodyText(next: HtmlElement | null): boolean {
  if (next === null) return false;
  if (next.localName === 'ul' || next.localName === 'ol') return true;
  // Text going on in lower case finishes the bold line's sentence rather than sitting under it.
  return next.localName === 'p' && allBoldText(next) === null && /^[\p{Lu}\p{N}‘'"“(]/u.test(squashSpaces(next.textContent).trimStart());
}

/** The last of several bold lines in a row (an address, a set-out quotation) ends a bold passage; it does not label what follows. */
function inBoldRun(node: HtmlElement): boolean {
  const previous = siblingElement(node, 'previousSibling');
  return previous !== null && allBoldText(previous) !== null;
}

function nextElement(node: TreeNode): HtmlElement | null {
  return siblingElement(node, 'nextSibling');
}

function siblingElement(node: TreeNode, direction: 'nextSibling' | 'previousSibling'): HtmlElement | null {
  for (let sibling = node[direction]; sibling !== null; sibling = sibling[direction]) {
    if (sibling instanceof HtmlElement) return sibling;
    if (squashSpaces(sibling.textContent) !== '') return null;
  }
  return null;
}

function hasBold(element: HtmlElement): boolean {
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child instanceof HtmlElement && (child.localName === 'strong' || child.localName === 'b' || hasBold(child))) return true;
  }
  return false;
}

/** The text of every <strong> and <b> inside, in document order (nested ones counted again, as a selector query would). */
function boldText(element: HtmlElement): string {
  let text = '';
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (!(child instanceof HtmlElement)) continue;
    const tag = child.localName;
    if (tag === 'strong' || tag === 'b') text += child.textContent;
    text += boldText(child);
  }
  return text;
}

/** Parses a run of content in one go, so lists and tables keep their structure. */
function parseRun(container: HtmlElement): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const node of treeToNodes(container)) {
    if (node.type === 'paragraph' && (node.content ?? []).length === 0) continue;
    blocks.push({ kind: 'content', node });
  }
  return blocks;
}
