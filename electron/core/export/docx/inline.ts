import { DeletedTextRun, ExternalHyperlink, InsertedTextRun, InternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { Mark, Node } from 'prosemirror-model';
import type { SuggestionAttrs } from '../../../../shared/cowriting/suggestMode.js';
import { safeHref } from '../../../../shared/model/safeHref.js';
import type { RenderContext } from './context.js';
import { findCrossReferences, searchableText, splitAtReferences, type CrossReference } from '../crossReferences.js';
import { SCRIPT_LANGUAGES, scriptStretches } from '../scriptLanguage.js';
import { STYLE_IDS } from './styles.js';
import { xmlSafeText } from '../xmlText.js';

interface RunStyle {
  bold: boolean;
  italics: boolean;
  link: boolean;
}

/** One piece of a paragraph: a run of text or a line break, with the link it sits in, if any, and where it starts. */
interface InlinePiece {
  node: Node;
  href: string | null;
  /** Position in the section, or null when the block's place is not known (no comments can be placed then). */
  at: number | null;
  /** Position in the paragraph, where its cross-references were found. */
  offset: number;
}

/** A pending suggestion on a run, which Word shows as a tracked change. */
interface TrackedChange extends SuggestionAttrs {
  kind: 'insertion' | 'deletion';
}

function trackedChangeOf(marks: readonly Mark[]): TrackedChange | null {
  const mark = marks.find((candidate) => candidate.type.name === 'insertion' || candidate.type.name === 'deletion');
  return mark ? { ...(mark.attrs as SuggestionAttrs), kind: mark.type.name as TrackedChange['kind'] } : null;
}

/** Word reads w:date as an xsd:dateTime; whole seconds are what Word itself writes. */
function wordDate(iso: string): string {
  const date = new Date(iso);
  return (Number.isNaN(date.getTime()) ? new Date(0) : date).toISOString().replace(/\.\d+Z$/, 'Z');
}

function styleOf(marks: readonly Mark[], link: boolean): RunStyle {
  return {
    bold: marks.some((mark) => mark.type.name === 'strong'),
    italics: marks.some((mark) => mark.type.name === 'em'),
    link,
  };
}

/** Arabic and Hebrew stretches become runs of their own, marked right to left and with their language (w:rtl, w:lang w:bidi). */
function scriptRuns(text: string, style: RunStyle): TextRun[] {
  return scriptStretches(text).map(
    (stretch) =>
      new TextRun({
        text: xmlSafeText(stretch.text),
        bold: style.bold || undefined,
        italics: style.italics || undefined,
        style: style.link ? STYLE_IDS.hyperlink : undefined,
        ...(stretch.script === null ? {} : { rightToLeft: true, language: { bidirectional: SCRIPT_LANGUAGES[stretch.script] } }),
      }),
  );
}

function trackedRun(text: string, style: RunStyle, change: TrackedChange, context: RenderContext): ParagraphChild {
  const options = {
    text: xmlSafeText(text),
    bold: style.bold || undefined,
    italics: style.italics || undefined,
    style: style.link ? STYLE_IDS.hyperlink : undefined,
    id: context.nextRevisionId(),
    author: xmlSafeText(change.author),
    date: wordDate(change.at),
  };
  return change.kind === 'insertion' ? new InsertedTextRun(options) : new DeletedTextRun(options);
}

/** A link survives only if it points to the web or an e-mail address; otherwise its text stays as plain text. */
function linkOf(node: Node): string | null {
  const mark = node.marks.find((candidate) => candidate.type.name === 'link');
  if (mark === undefined) return null;
  const href = mark.attrs['href'];
  return typeof href === 'string' ? safeHref(href) : null;
}

/** The runs of one stretch of text, as a tracked change, or searched for cross-references when it is plain text outside a link. */
function textRuns(text: string, offset: number, node: Node, href: string | null, references: readonly CrossReference[], context: RenderContext): ParagraphChild[] {
  const style = styleOf(node.marks, href !== null);
  const change = trackedChangeOf(node.marks);
  if (change !== null) return [trackedRun(text, style, change, context)];
  // Text inside a link keeps the writer's target; only plain text is searched for cross-references.
  if (href !== null) return scriptRuns(text, style);
  return splitAtReferences(text, offset, references, (label) => context.references.get(label)).map((segment) =>
    segment.anchor === undefined
      ? scriptRuns(segment.text, style)
      : [new InternalHyperlink({ anchor: segment.anchor, children: scriptRuns(segment.text, { ...style, link: true }) })],
  ).flat();
}

function leafRuns(piece: InlinePiece, references: readonly CrossReference[], context: RenderContext): ParagraphChild[] {
  const { node, href, at, offset } = piece;
  if (at === null) return node.type.name === 'hard_break' ? [new TextRun({ break: 1 })] : textRuns(node.text ?? '', offset, node, href, references, context);
  const comments = context.comments();
  if (node.type.name === 'hard_break') return [...comments.startsAt(at), new TextRun({ break: 1 }), ...comments.endsAt(at + 1)];
  const text = node.text ?? '';
  // Cut where comments begin or end, so each Word comment covers just the words it was made on.
  const bounds = [at, ...comments.cutsWithin(at, at + text.length), at + text.length];
  const children: ParagraphChild[] = [];
  for (let index = 0; index + 1 < bounds.length; index += 1) {
    const from = bounds[index] as number;
    const to = bounds[index + 1] as number;
    children.push(...comments.startsAt(from), ...textRuns(text.slice(from - at, to - at), offset + from - at, node, href, references, context), ...comments.endsAt(to));
  }
  return children;
}

/** The runs of a paragraph, heading or table cell line, with neighbouring text of one link joined into one hyperlink. */
export function inlineChildren(block: Node, context: RenderContext): ParagraphChild[] {
  const start = context.blockStart(block);
  const pieces: InlinePiece[] = [];
  const nodes: Node[] = [];
  block.forEach((node, offset) => {
    nodes.push(node);
    pieces.push({ node, href: node.isText ? linkOf(node) : null, at: start === undefined ? null : start + offset, offset });
  });
  const references = findCrossReferences(searchableText(nodes), context.references);

  const children: ParagraphChild[] = [];
  let index = 0;
  while (index < pieces.length) {
    const piece = pieces[index] as InlinePiece;
    if (piece.href === null) {
      children.push(...leafRuns(piece, references, context));
      index += 1;
      continue;
    }
    const href = piece.href;
    const linked: ParagraphChild[] = [];
    while (index < pieces.length && (pieces[index] as InlinePiece).href === href) {
      linked.push(...leafRuns(pieces[index] as InlinePiece, references, context));
      index += 1;
    }
    children.push(new ExternalHyperlink({ link: href, children: linked }));
  }
  return children;
}
