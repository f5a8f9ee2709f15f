import { Paragraph, TextRun, type ICommentOptions } from 'docx';
import type { CommentThread } from '../../../../shared/cowriting/commentThread.js';
import { printableText } from '../printableText.js';

/** A comment thread placed in the Word document: its Word id and the range of its section it is anchored to. */
export interface PlacedComment {
  wordId: number;
  from: number;
  to: number;
}

/**
 * Word comments for the open comment threads, one per thread, with the
 * replies as further paragraphs of the comment: Word and LibreOffice both
 * show that reliably, where threaded replies are read differently by each.
 */
export function wordComments(threads: readonly CommentThread[]): { options: ICommentOptions[]; placed: Map<string, PlacedComment[]>; orphaned: Map<string, number[]> } {
  const options: ICommentOptions[] = [];
  const placed = new Map<string, PlacedComment[]>();
  const orphaned = new Map<string, number[]>();
  threads.forEach((thread, wordId) => {
    const paragraphs = [
      ...(thread.orphaned ? [new Paragraph({ children: [new TextRun({ text: printableText(`(About text that has since changed: “${thread.anchor.quote}”)`), italics: true })] })] : []),
      new Paragraph({ children: [new TextRun(printableText(thread.body))] }),
      ...thread.replies.map((reply) => new Paragraph({ children: [new TextRun({ text: printableText(`${reply.author} replied: `), bold: true }), new TextRun(printableText(reply.body))] })),
    ];
    options.push({ id: wordId, author: printableText(thread.author), initials: initialsOf(thread.author), date: new Date(thread.at), children: paragraphs });
    if (thread.orphaned) orphaned.set(thread.sectionId, [...(orphaned.get(thread.sectionId) ?? []), wordId]);
    else placed.set(thread.sectionId, [...(placed.get(thread.sectionId) ?? []), { wordId, from: thread.anchor.from, to: thread.anchor.to }]);
  });
  return { options, placed, orphaned };
}

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((part) => part !== '')
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('')
    .slice(0, 4);
}

/** The end of a comment's range and the mark Word shows it by. */
export function commentEnd(wordId: number): string {
  return `<w:commentRangeEnd w:id="${wordId}"/><w:r><w:commentReference w:id="${wordId}"/></w:r>`;
}

export function commentStart(wordId: number): string {
  return `<w:commentRangeStart w:id="${wordId}"/>`;
}

/**
 * Follows the comments of one section while its text is written out in
 * order: says which ranges open and close at each point, and closes any
 * still open when the section ends (an anchor past the last text).
 */
export class CommentCursor {
  private readonly open = new Set<number>();
  private readonly done = new Set<number>();

  constructor(private readonly comments: readonly PlacedComment[]) {}

  /** Positions inside (from, to) where a text run must be cut so a comment can start or end there. */
  cutsWithin(from: number, to: number): number[] {
    const cuts = new Set<number>();
    for (const comment of this.comments) for (const at of [comment.from, comment.to]) if (at > from && at < to) cuts.add(at);
    return [...cuts].sort((a, b) => a - b);
  }

  /** Comment starts due before text beginning at `at`. */
  startsAt(at: number): string {
    let xml = '';
    for (const comment of this.comments) {
      if (this.open.has(comment.wordId) || this.done.has(comment.wordId) || comment.from > at) continue;
      this.open.add(comment.wordId);
      xml += commentStart(comment.wordId);
    }
    return xml;
  }

  /** Comment ends due after text ending at `at`. */
  endsAt(at: number): string {
    let xml = '';
    for (const comment of this.comments) {
      if (!this.open.has(comment.wordId) || comment.to > at) continue;
      this.open.delete(comment.wordId);
      this.done.add(comment.wordId);
      xml += commentEnd(comment.wordId);
    }
    return xml;
  }

  /** Closes what is still open at the end of the section, and places (empty) any comment whose text was never reached. */
  remaining(): string {
    return this.startsAt(Number.POSITIVE_INFINITY) + this.endsAt(Number.POSITIVE_INFINITY);
  }
}
