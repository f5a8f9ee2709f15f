import { ExternalHyperlink, InternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { Mark, Node } from 'prosemirror-model';
import { safeHref } from '../../../../shared/model/safeHref.js';
import { splitCrossReferences, type ReferenceTargets } from './crossReferences.js';
import { STYLE_IDS } from './styles.js';
import { xmlSafeText } from './xmlText.js';

interface RunStyle {
  bold: boolean;
  italics: boolean;
  link: boolean;
}

/** One piece of a paragraph: a run of text or a line break, with the link it sits in, if any. */
interface InlinePiece {
  node: Node;
  href: string | null;
}

function styleOf(marks: readonly Mark[], link: boolean): RunStyle {
  return {
    bold: marks.some((mark) => mark.type.name === 'strong'),
    italics: marks.some((mark) => mark.type.name === 'em'),
    link,
  };
}

function textRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text: xmlSafeText(text),
    bold: style.bold || undefined,
    italics: style.italics || undefined,
    style: style.link ? STYLE_IDS.hyperlink : undefined,
  });
}

/** A link survives only if it points to the web or an e-mail address; otherwise its text stays as plain text. */
function linkOf(node: Node): string | null {
  const mark = node.marks.find((candidate) => candidate.type.name === 'link');
  if (mark === undefined) return null;
  const href = mark.attrs['href'];
  return typeof href === 'string' ? safeHref(href) : null;
}

function leafRuns(piece: InlinePiece, references: ReferenceTargets): ParagraphChild[] {
  const { node, href } = piece;
  if (node.type.name === 'hard_break') return [new TextRun({ break: 1 })];
  const text = node.text ?? '';
  const style = styleOf(node.marks, href !== null);
  // Text inside a link keeps the writer's target; only plain text is searched for cross-references.
  if (href !== null) return [textRun(text, style)];
  return splitCrossReferences(text, references).map((segment) =>
    segment.anchor === undefined
      ? textRun(segment.text, style)
      : new InternalHyperlink({ anchor: segment.anchor, children: [textRun(segment.text, { ...style, link: true })] }),
  );
}

/** The runs of a paragraph, heading or table cell line, with neighbouring text of one link joined into one hyperlink. */
export function inlineChildren(block: Node, references: ReferenceTargets): ParagraphChild[] {
  const pieces: InlinePiece[] = [];
  block.forEach((node) => pieces.push({ node, href: node.isText ? linkOf(node) : null }));

  const children: ParagraphChild[] = [];
  let index = 0;
  while (index < pieces.length) {
    const piece = pieces[index] as InlinePiece;
    if (piece.href === null) {
      children.push(...leafRuns(piece, references));
      index += 1;
      continue;
    }
    const href = piece.href;
    const linked: ParagraphChild[] = [];
    while (index < pieces.length && (pieces[index] as InlinePiece).href === href) {
      linked.push(...leafRuns(pieces[index] as InlinePiece, references));
      index += 1;
    }
    children.push(new ExternalHyperlink({ link: href, children: linked }));
  }
  return children;
}
