import { DOMParser, Fragment, Mark, type ContentMatch, type Node as ProseMirrorNode, type NodeType, type TagParseRule } from 'prosemirror-model';
import type { NodeJSON } from '../../../../shared/model/draft.js';
import { schema } from '../../../../shared/model/schema.js';
import { HtmlElement, HtmlText, type TreeNode } from './htmlTree.js';

/**
 * The schema's parse rules applied to an `htmlTree`, giving the blocks as
 * JSON straight away. This is ProseMirror's DOM parser (prosemirror-model's
 * ParseContext) followed step for step for the rules our schema has (tag
 * rules with attributes; no style, context, skip or ignore rules, as none
 * can match mammoth's HTML) so that what is kept, wrapped, split, merged and
 * trimmed is exactly what a paste into the editor gives; what it leaves out
 * is building ProseMirror nodes and a DOM only to turn them into JSON.
 */

type Attrs = Record<string, unknown>;

interface Rule {
  readonly rule: TagParseRule;
  /** An attribute the selector requires ("img[src]"). */
  readonly attribute: string | undefined;
}

const parser = DOMParser.fromSchema(schema);
const SELECTOR = /^([a-z][a-z0-9]*)(?:\[([a-z][a-z0-9-]*)\])?$/i;

/** The tag rules by element name, in the parser's order of precedence. */
const RULES = new Map<string, Rule[]>();
for (const rule of parser.rules) {
  if (!('tag' in rule) || rule.tag === undefined) continue;
  if (rule.context ?? rule.namespace ?? rule.ignore ?? rule.skip ?? rule.closeParent ?? rule.contentElement ?? rule.getContent ?? rule.preserveWhitespace ?? rule.consuming) {
    throw new Error(`The import does not follow this kind of parse rule yet: ${rule.tag}`);
  }
  const selector = SELECTOR.exec(rule.tag);
  if (!selector) throw new Error(`Unsupported selector in a parse rule: ${rule.tag}`);
  const name = (selector[1] ?? '').toLowerCase();
  RULES.set(name, [...(RULES.get(name) ?? []), { rule, attribute: selector[2] }]);
}

/** As the DOM parser: lists are tidied when the schema's lists cannot hold lists directly. */
const NORMALIZE_LISTS = ![...RULES.values()].flat().some(({ rule }) => {
  if (!/^(ul|ol)\b/.test(rule.tag) || !rule.node) return false;
  const node = schema.nodes[rule.node];
  return node !== undefined && node.contentMatch.matchType(node) !== null;
});

// The DOM parser's own tables of HTML elements.
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'canvas', 'dd', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'noscript', 'ol', 'output', 'p', 'pre', 'section', 'table', 'tfoot', 'ul',
]);
const IGNORE_TAGS = new Set(['head', 'noscript', 'object', 'script', 'style', 'title']);
const LIST_TAGS = new Set(['ol', 'ul']);

const NOT_WHITESPACE = /[^ \t\r\n\u000c]/;
const WHITESPACE_RUN = /[ \t\r\n\u000c]+/g;
/** A text whose white space runs are all single spaces is left as it is by collapsing them: most are, and copying each cost more than reading it. */
const COLLAPSIBLE = /[\t\r\n\u000c]| {2}/;

/** The white space HTML collapses (not the wider `\s`), by character code. */
function isHtmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

const PRESERVE_WS = 1;
const PRESERVE_WS_FULL = 2;

/** `text` without the whitespace at its end, found from the end (a regular expression would try every position of a long text). */
function withoutTrailingWhitespace(text: string): string {
  let end = text.length;
  while (end > 0 && isHtmlSpace(text.charCodeAt(end - 1))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** A node of the content being built: text (merged with its neighbours at the end) or a finished node as JSON. */
interface Piece {
  readonly type: NodeType;
  readonly marks: readonly Mark[];
  readonly text?: string;
  readonly json?: NodeJSON;
}

function marksJSON(marks: readonly Mark[]): NonNullable<NodeJSON['marks']> {
  return marks.map((mark) => mark.toJSON() as NonNullable<NodeJSON['marks']>[number]);
}

function withMarks(json: NodeJSON, marks: readonly Mark[]): NodeJSON {
  return marks.length === 0 ? json : { ...json, marks: marksJSON(marks) };
}

const defaultAttrs = new Map<NodeType, Attrs>();

/** A node's attributes with the schema's defaults filled in; those of a node given none are shared, as ProseMirror's own nodes share them. */
function attrsOf(type: NodeType, attrs: Attrs | null | undefined): Attrs {
  if (attrs) return type.create(attrs).attrs;
  let defaults = defaultAttrs.get(type);
  if (!defaults) {
    defaults = type.create(null).attrs;
    defaultAttrs.set(type, defaults);
  }
  return defaults;
}

function nodeJSON(type: NodeType, attrs: Attrs, content: NodeJSON[]): NodeJSON {
  const json: NodeJSON = { type: type.name };
  if (Object.keys(attrs).length > 0) json.attrs = attrs;
  if (content.length > 0) json.content = content;
  return json;
}

function pieceFromNode(node: ProseMirrorNode): Piece {
  return node.isText ? { type: node.type, marks: node.marks, text: node.text ?? '' } : { type: node.type, marks: node.marks, json: node.toJSON() as NodeJSON };
}

/** Adjacent text with the same marks becomes one text node, as in a ProseMirror fragment. */
function contentJSON(pieces: readonly Piece[]): NodeJSON[] {
  const content: NodeJSON[] = [];
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index] as Piece;
    if (piece.text === undefined) {
      content.push(piece.json ?? { type: piece.type.name });
      continue;
    }
    let text = piece.text;
    for (let next = pieces[index + 1]; next?.text !== undefined && Mark.sameSet(piece.marks, next.marks); next = pieces[index + 1]) {
      text += next.text;
      index += 1;
    }
    content.push(piece.marks.length === 0 ? { type: 'text', text } : { type: 'text', marks: marksJSON(piece.marks), text });
  }
  return content;
}

/** The node about to be placed; only rarely is it built as a ProseMirror node, to ask what must come before it. */
interface Probe {
  readonly type: NodeType;
  readonly attrs: Attrs | null;
  readonly text?: string | undefined;
}

function probeNode({ type, attrs, text }: Probe): ProseMirrorNode {
  return text !== undefined ? schema.text(text) : type.create(attrs);
}

class NodeContext {
  readonly content: Piece[] = [];
  match: ContentMatch | null;

  constructor(
    readonly type: NodeType,
    readonly attrs: Attrs | null | undefined,
    readonly marks: readonly Mark[],
    readonly solid: boolean,
    public options: number,
  ) {
    this.match = type.contentMatch;
  }

  findWrapping(probe: Probe): readonly NodeType[] | null {
    const { type } = probe;
    if (!this.match) {
      const fill = this.type.contentMatch.fillBefore(Fragment.from(probeNode(probe)));
      if (fill) this.match = this.type.contentMatch.matchFragment(fill);
      else {
        const start = this.type.contentMatch;
        const wrap = start.findWrapping(type);
        if (!wrap) return null;
        this.match = start;
        return wrap;
      }
    }
    return this.match?.findWrapping(type) ?? null;
  }

  finish(): Piece {
    if (!(this.options & PRESERVE_WS)) {
      const last = this.content[this.content.length - 1];
      if (last?.text !== undefined) {
        const kept = withoutTrailingWhitespace(last.text);
        if (kept === '') this.content.pop();
        else if (kept.length < last.text.length) this.content[this.content.length - 1] = { ...last, text: kept };
      }
    }
    const filled = this.match?.fillBefore(Fragment.empty, true);
    if (filled) for (let index = 0; index < filled.childCount; index += 1) this.content.push(pieceFromNode(filled.child(index)));
    return { type: this.type, marks: this.marks, json: withMarks(nodeJSON(this.type, attrsOf(this.type, this.attrs), contentJSON(this.content)), this.marks) };
  }
}

class TreeParseContext {
  private open = 0;
  private localPreserveWS = false;
  private readonly nodes: NodeContext[];

  constructor() {
    this.nodes = [new NodeContext(schema.topNodeType, null, Mark.none, true, 0)];
  }

  private get top(): NodeContext {
    return this.nodes[this.open] as NodeContext;
  }

  addAll(parent: HtmlElement, marks: readonly Mark[]): void {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) this.addNode(child, marks);
  }

  private addNode(node: TreeNode, marks: readonly Mark[]): void {
    if (node instanceof HtmlText) this.addText(node, marks);
    else if (node instanceof HtmlElement) this.addElement(node, marks);
  }

  private addText(node: HtmlText, marks: readonly Mark[]): void {
    let value = node.nodeValue;
    const top = this.top;
    const preserveWS = top.options & PRESERVE_WS_FULL ? 'full' : this.localPreserveWS || (top.options & PRESERVE_WS) > 0;
    if (!(preserveWS === 'full' || top.type.inlineContent || NOT_WHITESPACE.test(value))) return;
    if (!preserveWS) {
      if (COLLAPSIBLE.test(value)) value = value.replace(WHITESPACE_RUN, ' ');
      // Leading whitespace goes when nothing precedes it, or a line break, or text that already ends in a space.
      if (isHtmlSpace(value.charCodeAt(0)) && this.open === this.nodes.length - 1) {
        const before = top.content[top.content.length - 1];
        const domBefore = node.previousSibling;
        if (!before || (domBefore !== null && domBefore.nodeName === 'BR') || (before.text !== undefined && isHtmlSpace(before.text.charCodeAt(before.text.length - 1)))) value = value.slice(1);
      }
    } else if (preserveWS === 'full') value = value.replace(/\r\n?/g, '\n');
    else value = value.replace(/\r?\n|\r/g, ' ');
    if (value) this.insertNode({ type: schema.nodes['text'] as NodeType, marks: Mark.none, text: value }, null, marks, !/\S/.test(value));
  }

  private addElement(element: HtmlElement, marks: readonly Mark[]): void {
    const outerWS = this.localPreserveWS;
    let top = this.top;
    if (element.tagName === 'PRE') this.localPreserveWS = true;
    const name = element.localName;
    if (LIST_TAGS.has(name) && NORMALIZE_LISTS) normalizeList(element);
    const matched = matchRule(element);
    if (!matched) {
      if (!IGNORE_TAGS.has(name) && (BLOCK_TAGS.has(name) || element.firstChild !== null)) {
        let sync = false;
        if (BLOCK_TAGS.has(name)) {
          if (top.content[0]?.type.isInline === true && this.open > 0) {
            this.open -= 1;
            top = this.top;
          }
          sync = true;
        }
        this.addAll(element, marks);
        if (sync) this.sync(top);
      }
    } else this.addElementByRule(element, matched.rule, matched.attrs, marks);
    this.localPreserveWS = outerWS;
  }

  private addElementByRule(element: HtmlElement, rule: TagParseRule, attrs: Attrs | undefined, marks: readonly Mark[]): void {
    let sync = false;
    let nodeType: NodeType | undefined;
    if (rule.node !== undefined) {
      nodeType = schema.nodes[rule.node] as NodeType;
      if (!nodeType.isLeaf) {
        const inner = this.enter(nodeType, attrs ?? null, marks);
        if (inner) {
          sync = true;
          marks = inner;
        }
      } else if (!this.insertNode({ type: nodeType, marks: Mark.none }, attrs ?? null, marks, element.nodeName === 'BR')) this.leafFallback(element, marks);
    } else {
      const markType = schema.marks[rule.mark ?? ''];
      if (markType) marks = marks.concat(markType.create(attrs ?? null));
    }
    const startIn = this.top;
    if (!nodeType?.isLeaf) this.addAll(element, marks);
    if (sync && this.sync(startIn)) this.open -= 1;
  }

  private leafFallback(element: HtmlElement, marks: readonly Mark[]): void {
    if (element.nodeName === 'BR' && this.top.type.inlineContent) this.addText(element.ownerDocument.createTextNode('\n'), marks);
  }

  private findPlace(probe: Probe, marks: readonly Mark[], cautious: boolean): readonly Mark[] | null {
    let route: readonly NodeType[] | null = null;
    let syncTo: NodeContext | null = null;
    for (let depth = this.open, penalty = 0; depth >= 0; depth -= 1) {
      const context = this.nodes[depth] as NodeContext;
      const found = context.findWrapping(probe);
      if (found && (!route || route.length > found.length + penalty)) {
        route = found;
        syncTo = context;
        if (found.length === 0) break;
      }
      if (context.solid) {
        if (cautious) break;
        penalty += 2;
      }
    }
    if (!route || !syncTo) return null;
    this.sync(syncTo);
    for (const wrapper of route) marks = this.enterInner(wrapper, null, marks, false);
    return marks;
  }

  /** `piece` is text or a leaf; `attrs` are a leaf's. */
  private insertNode(piece: Piece, attrs: Attrs | null, marks: readonly Mark[], cautious: boolean): boolean {
    const innerMarks = this.findPlace({ type: piece.type, attrs, text: piece.text }, marks, cautious);
    if (!innerMarks) return false;
    this.closeExtra();
    const top = this.top;
    if (top.match) top.match = top.match.matchType(piece.type);
    let nodeMarks: readonly Mark[] = Mark.none;
    for (const mark of innerMarks.concat(piece.marks)) if (top.type.allowsMarkType(mark.type)) nodeMarks = mark.addToSet(nodeMarks);
    if (piece.text !== undefined) top.content.push({ type: piece.type, marks: nodeMarks, text: piece.text });
    else top.content.push({ type: piece.type, marks: nodeMarks, json: withMarks(nodeJSON(piece.type, attrsOf(piece.type, attrs), []), nodeMarks) });
    return true;
  }

  private enter(type: NodeType, attrs: Attrs | null, marks: readonly Mark[]): readonly Mark[] | null {
    const innerMarks = this.findPlace({ type, attrs }, marks, false);
    return innerMarks ? this.enterInner(type, attrs, marks, true) : null;
  }

  private enterInner(type: NodeType, attrs: Attrs | null, marks: readonly Mark[], solid: boolean): readonly Mark[] {
    this.closeExtra();
    const top = this.top;
    top.match = top.match && top.match.matchType(type);
    const options = type.whitespace === 'pre' ? PRESERVE_WS | PRESERVE_WS_FULL : top.options;
    let applyMarks: readonly Mark[] = Mark.none;
    const outer: Mark[] = [];
    for (const mark of marks) {
      if (top.type.allowsMarkType(mark.type)) applyMarks = mark.addToSet(applyMarks);
      else outer.push(mark);
    }
    this.nodes.push(new NodeContext(type, attrs, applyMarks, solid, options));
    this.open += 1;
    return outer;
  }

  private closeExtra(): void {
    let index = this.nodes.length - 1;
    if (index <= this.open) return;
    for (; index > this.open; index -= 1) (this.nodes[index - 1] as NodeContext).content.push((this.nodes[index] as NodeContext).finish());
    this.nodes.length = this.open + 1;
  }

  private sync(to: NodeContext): boolean {
    for (let index = this.open; index >= 0; index -= 1) {
      const context = this.nodes[index] as NodeContext;
      if (context === to) {
        this.open = index;
        return true;
      }
      if (this.localPreserveWS) context.options |= PRESERVE_WS;
    }
    return false;
  }

  /** The top-level blocks. */
  finish(): NodeJSON[] {
    this.open = 0;
    this.closeExtra();
    return (this.nodes[0] as NodeContext).finish().json?.content ?? [];
  }
}

function matchRule(element: HtmlElement): { rule: TagParseRule; attrs: Attrs | undefined } | null {
  for (const { rule, attribute } of RULES.get(element.localName) ?? []) {
    if (attribute !== undefined && !element.hasAttribute(attribute)) continue;
    if (!rule.getAttrs) return { rule, attrs: rule.attrs };
    const result = rule.getAttrs(element as unknown as Parameters<NonNullable<TagParseRule['getAttrs']>>[0]);
    if (result === false) continue;
    return { rule, attrs: result ?? undefined };
  }
  return null;
}

/** Lists written directly inside a list (some tools do) belong to the item before them, as browsers show them. */
function normalizeList(list: HtmlElement): void {
  let previousItem: HtmlElement | null = null;
  for (let child = list.firstChild; child !== null; child = child.nextSibling) {
    const name = child instanceof HtmlElement ? child.localName : null;
    if (name !== null && LIST_TAGS.has(name) && previousItem !== null) {
      previousItem.appendChild(child);
      child = previousItem;
    } else if (name === 'li') previousItem = child as HtmlElement;
    else if (name !== null) previousItem = null;
  }
}

/** The blocks the schema's parse rules make of `container`'s content. */
export function treeToNodes(container: HtmlElement): NodeJSON[] {
  const context = new TreeParseContext();
  context.addAll(container, Mark.none);
  return context.finish();
}
