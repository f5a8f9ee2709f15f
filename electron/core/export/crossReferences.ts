/**
 * Writers refer to other parts of the strategy as "see Appendix B" or "set
 * out in section 4", and to legislation as "section 10 of the Children Act
 * 2004" or "section 1 sets out the principles". Both exporters link only the
 * first kind to the heading it names: a wrong link sends a reader to the
 * wrong place, a missing one costs a scroll, so anything that may be a
 * statute's section stays text. "section N" is this strategy's when a
 * pointing word comes before it (see, in, at, to, within: the same reading
 * as the completeness check's) and neither an "of the …" nor a subsection
 * like "(3)" or "23C" follows, and its sentence cites no legislation unless
 * it says "of this strategy". Part, Schedule and plural "sections" are never
 * linked.
 */

export interface CrossReference {
  /** Character offsets in the text searched, end exclusive. */
  from: number;
  to: number;
  /** The label of the section named, as `sectionNumbering` gives it: "4" or "Appendix B". */
  label: string;
}

const APPENDIX = /\bappendix\s+([A-Z]{1,2}|\d{1,2})\b(?![\w(])/gi;
const SECTION = /\bsection\s+(\d{1,3})(?:\.\d+)*(?![\w(]|\.\d)/gi;
/** Checked on the few matches rather than in the pattern: a look-behind there would be tried at every character. */
const POINTING_BEFORE = /\b(?:see|in|at|to|within)\s+(?:the\s+)?$/i;
/** "Appendix 2 to the Regulations", "section 4 of the Act"; "of this strategy" is ours. */
const BELONGS_ELSEWHERE = /^\s*(?:of|to)\b(?!\s+(?:this|our)\b)/i;
const OF_THIS_DOCUMENT = /^\s*of\s+(?:this|our)\s+(?:strategy|document|plan)\b/i;
const CITES_LEGISLATION = /\b(?:Acts?|Regulations|Order|Measure|Rules|Bill|Schedule|Statutory|Convention)\b/;
/** A full stop, question or exclamation mark followed by a space ends a sentence; "4.2" and "s.10" do not. */
const SENTENCE_END = /[.!?]["')\]]*\s+/g;

function sentenceAround(text: string, from: number, to: number): string {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const after = match.index + match[0].length;
    if (after <= from) start = after;
    else if (match.index >= to) {
      end = match.index;
      break;
    }
  }
  return text.slice(start, end);
}

/** The references in `text` to parts this document has (`labels`), in order. */
export function findCrossReferences(text: string, labels: ReadonlySet<string> | ReadonlyMap<string, unknown>): CrossReference[] {
  if (labels.size === 0) return [];
  const found: CrossReference[] = [];
  for (const match of text.matchAll(APPENDIX)) {
    const id = (match[1] ?? '').toUpperCase();
    const to = match.index + match[0].length;
    const label = `Appendix ${id}`;
    if (!labels.has(label) || BELONGS_ELSEWHERE.test(text.slice(to, to + 24))) continue;
    found.push({ from: match.index, to, label });
  }
  for (const match of text.matchAll(SECTION)) {
    const label = match[1] ?? '';
    const to = match.index + match[0].length;
    const after = text.slice(to, to + 32);
    if (!labels.has(label) || !POINTING_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    if (OF_THIS_DOCUMENT.test(after)) {
      found.push({ from: match.index, to, label });
      continue;
    }
    if (BELONGS_ELSEWHERE.test(after) || CITES_LEGISLATION.test(sentenceAround(text, match.index, to))) continue;
    found.push({ from: match.index, to, label });
  }
  return found.sort((a, b) => a.from - b.from);
}

export interface ReferencePiece<Anchor> {
  text: string;
  /** Where this piece links to, when it is (part of) a cross-reference. */
  anchor?: Anchor;
}

/**
 * Cuts the stretch `[offset, offset + text.length)` of a searched text at the
 * references found in it, so a reference that spans two differently styled
 * runs still links from both.
 */
export function splitAtReferences<Anchor>(text: string, offset: number, references: readonly CrossReference[], anchorOf: (label: string) => Anchor | undefined): ReferencePiece<Anchor>[] {
  const pieces: ReferencePiece<Anchor>[] = [];
  let last = 0;
  for (const reference of references) {
    const from = Math.max(reference.from - offset, last);
    const to = Math.min(reference.to - offset, text.length);
    if (to <= from) continue;
    const anchor = anchorOf(reference.label);
    if (anchor === undefined) continue;
    if (from > last) pieces.push({ text: text.slice(last, from) });
    pieces.push({ text: text.slice(from, to), anchor });
    last = to;
  }
  if (last < text.length || pieces.length === 0) pieces.push({ text: text.slice(last) });
  return pieces;
}

/** The text the references are searched in: one character for every position of an inline leaf such as a line break, so offsets match the paragraph's. */
export function searchableText(children: readonly { text?: string | undefined; nodeSize: number }[]): string {
  return children.map((child) => child.text ?? ' '.repeat(child.nodeSize)).join('');
}
