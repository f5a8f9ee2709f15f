/**
 * mammoth's HTML as a small tree of elements and text. mammoth writes
 * well-formed HTML (every tag closed or self-closing, text escaped with
 * &amp; &lt; &gt; &quot;), so one linear pass over the string is enough: no
 * browser-grade parser, no CSS, no live collections. The tree offers the
 * part of the DOM interface that ProseMirror's DOM parser reads (child and
 * sibling links, attributes, simple selectors, text content), so that parser
 * can check `treeToNodes` on the very same tree, and the heading and list
 * readers use the same.
 *
 * Input that is not well-formed still gives a tree, never a hang: a close
 * tag without its open tag is ignored, one that skips open tags closes them,
 * tags left open close at the end, and a stray "<" is text.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements HTML never gives content or a close tag to. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export abstract class TreeNode {
  abstract readonly nodeType: number;
  abstract readonly nodeName: string;
  parentNode: HtmlElement | null = null;
  previousSibling: TreeNode | null = null;
  nextSibling: TreeNode | null = null;
  abstract get textContent(): string;
  readonly ownerDocument = ownerDocument;
}

export class HtmlText extends TreeNode {
  readonly nodeType = TEXT_NODE;
  readonly nodeName = '#text';
  constructor(public nodeValue: string) {
    super();
  }
  get textContent(): string {
    return this.nodeValue;
  }
}

export class HtmlElement extends TreeNode {
  readonly nodeType = ELEMENT_NODE;
  /** Upper case, as an HTML DOM gives it. */
  readonly nodeName: string;
  readonly tagName: string;
  /** Lower case: the name as written by mammoth. */
  readonly localName: string;
  firstChild: TreeNode | null = null;
  lastChild: TreeNode | null = null;
  /** No element here has inline styles (mammoth writes none), which tells the parser to skip its style rules. */
  readonly style = undefined;
  /** Null for the many elements written without attributes, so they need no map of their own. */
  private attributes: Map<string, string> | null;

  constructor(localName: string, attributes: Map<string, string> | null = null) {
    super();
    this.localName = localName;
    this.nodeName = upperCaseName(localName);
    this.tagName = this.nodeName;
    this.attributes = attributes;
  }

  getAttribute(name: string): string | null {
    return this.attributes?.get(name.toLowerCase()) ?? null;
  }

  hasAttribute(name: string): boolean {
    return this.attributes?.has(name.toLowerCase()) ?? false;
  }

  setAttribute(name: string, value: string): void {
    this.attributes ??= new Map();
    this.attributes.set(name.toLowerCase(), value);
  }

  /** Moves `node` from wherever it is to the end of this element, as the DOM's own does. */
  appendChild<T extends TreeNode>(node: T): T {
    detach(node);
    node.parentNode = this;
    node.previousSibling = this.lastChild;
    if (this.lastChild === null) this.firstChild = node;
    else this.lastChild.nextSibling = node;
    this.lastChild = node;
    return node;
  }

  get childNodes(): TreeNode[] {
    const nodes: TreeNode[] = [];
    for (let child = this.firstChild; child !== null; child = child.nextSibling) nodes.push(child);
    return nodes;
  }

  get children(): HtmlElement[] {
    const elements: HtmlElement[] = [];
    for (let child = this.firstChild; child !== null; child = child.nextSibling) if (child instanceof HtmlElement) elements.push(child);
    return elements;
  }

  get firstElementChild(): HtmlElement | null {
    for (let child = this.firstChild; child !== null; child = child.nextSibling) if (child instanceof HtmlElement) return child;
    return null;
  }

  /** The words inside, in document order; walked without recursion, so deep nesting cannot overflow the stack here. */
  get textContent(): string {
    let text = '';
    let node: TreeNode | null = this.firstChild;
    while (node !== null) {
      if (node instanceof HtmlText) text += node.nodeValue;
      else if (node instanceof HtmlElement && node.firstChild !== null) {
        node = node.firstChild;
        continue;
      }
      while (node !== null && node.nextSibling === null) {
        node = node.parentNode;
        if (node === this) return text;
      }
      node = node?.nextSibling ?? null;
    }
    return text;
  }

  /**
   * The schema's parse rules use only a tag name, optionally with an
   * attribute that must be present ("p", "img[src]"); nothing else is
   * answered, so a rule written otherwise is noticed at once.
   */
  matches(selector: string): boolean {
    const simple = SIMPLE_SELECTOR.exec(selector);
    if (!simple) throw new Error(`Unsupported selector in a parse rule: ${selector}`);
    const [, tag = '', attribute] = simple;
    return this.localName === tag.toLowerCase() && (attribute === undefined || this.hasAttribute(attribute));
  }
}

const SIMPLE_SELECTOR = /^([a-z][a-z0-9]*)(?:\[([a-z][a-z0-9-]*)\])?$/i;

/** Each tag name's upper-case form, made once: a document repeats a dozen names hundreds of thousands of times. */
const UPPER_CASE_NAMES = new Map<string, string>();

function upperCaseName(localName: string): string {
  let upper = UPPER_CASE_NAMES.get(localName);
  if (upper === undefined) {
    upper = localName.toUpperCase();
    UPPER_CASE_NAMES.set(localName, upper);
  }
  return upper;
}

/** What the parser asks of an element's document: only a text node (a line break it turns into text). */
const ownerDocument = {
  createTextNode: (value: string): HtmlText => new HtmlText(value),
};

function detach(node: TreeNode): void {
  const parent = node.parentNode;
  if (parent === null) return;
  if (node.previousSibling === null) parent.firstChild = node.nextSibling;
  else node.previousSibling.nextSibling = node.nextSibling;
  if (node.nextSibling === null) parent.lastChild = node.previousSibling;
  else node.nextSibling.previousSibling = node.previousSibling;
  node.parentNode = null;
  node.previousSibling = null;
  node.nextSibling = null;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/gi;

/** mammoth escapes only & < > and "; numeric references and a few common names are read too, and anything else is left as written. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** A tag's name, read where it starts (sticky) and no longer than 64 characters; the rest of a longer one is read as attributes. */
const TAG_NAME = /[a-z][a-z0-9-]{0,63}/iy;
const NOT_SPACE = /\S/;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Null when there are none, as for most tags. */
function readAttributes(source: string): Map<string, string> | null {
  if (source === '' || !NOT_SPACE.test(source)) return null;
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** The parsed HTML under one root element, and every list item in document order (for Word's list numbers). */
export interface HtmlTree {
  root: HtmlElement;
  listItems: HtmlElement[];
}

/** The "/" that closes a tag on itself ("<br />"), and the space after it. */
const SELF_CLOSING = /\/\s*$/;

/** Reads `html` into a tree in one pass; linear in its length. */
export function parseHtmlTree(html: string): HtmlTree {
  const root = new HtmlElement('body');
  const listItems: HtmlElement[] = [];
  const open: HtmlElement[] = [root];
  let current = root;
  let position = 0;
  const addText = (text: string) => {
    if (text === '') return;
    const last = current.lastChild;
    // A stray "<" read as text joins the text around it, as one text node in a DOM would.
    if (last instanceof HtmlText) last.nodeValue += decodeEntities(text);
    else current.appendChild(new HtmlText(decodeEntities(text)));
  };
  while (position < html.length) {
    const lessThan = html.indexOf('<', position);
    if (lessThan < 0) {
      addText(html.slice(position));
      break;
    }
    addText(html.slice(position, lessThan));
    const next = html[lessThan + 1] ?? '';
    if (html.startsWith('<!--', lessThan)) {
      const end = html.indexOf('-->', lessThan + 4);
      position = end < 0 ? html.length : end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', lessThan);
      position = end < 0 ? html.length : end + 1;
      continue;
    }
    const closing = next === '/';
    TAG_NAME.lastIndex = lessThan + (closing ? 2 : 1);
    const name = TAG_NAME.exec(html)?.[0];
    if (name === undefined) {
      addText('<');
      position = lessThan + 1;
      continue;
    }
    const end = tagEnd(html, lessThan + (closing ? 2 : 1) + name.length);
    const localName = name.toLowerCase();
    position = end < 0 ? html.length : end + 1;
    if (closing) {
      const at = innermostOpen(open, localName);
      if (at > 0) {
        open.length = at;
        current = open[open.length - 1] ?? root;
      }
      continue;
    }
    const body = html.slice(lessThan + 1 + name.length, end < 0 ? html.length : end);
    const selfClosing = SELF_CLOSING.exec(body);
    const element = current.appendChild(new HtmlElement(localName, readAttributes(selfClosing === null ? body : body.slice(0, selfClosing.index))));
    if (localName === 'li') listItems.push(element);
    if (!VOID_ELEMENTS.has(localName) && selfClosing === null) {
      open.push(element);
      current = element;
    }
  }
  return { root, listItems };
}

/** Where the innermost open element of this name is on the stack (0: none, the root is never closed). */
function innermostOpen(open: readonly HtmlElement[], localName: string): number {
  for (let index = open.length - 1; index > 0; index -= 1) if (open[index]?.localName === localName) return index;
  return 0;
}

/** The ">" that ends a tag begun before `from`, skipping any inside quoted attribute values; -1 if the tag never ends. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let index = from; index < html.length; index += 1) {
    const character = html[index];
    if (quote !== '') {
      if (character === quote) quote = '';
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '>') return index;
  }
  return -1;
}
