/**
 * Text pasted out of a PDF keeps the PDF's page layout: every paragraph
 * wrapped at the page's width, and each page's running header and footer
 * ("OFFICIAL   Page 3 of 12", the title again, a page number alone, a form
 * feed) between the paragraphs. This undoes that layout, judging by the
 * shape of the text rather than by its words, before the plain-text reader
 * looks for paragraphs and headings.
 */

/** "Page 3", "Page 3 of 12", "3 of 12", "- 3 -": on a line of its own or beside other furniture after a wide gap. */
const PAGE_MARKER = /^(?:page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|\d{1,3}\s+of\s+\d{1,3}|[-–]\s*\d{1,3}\s*[-–])$/i;
const NUMBER_ALONE = /^\d{1,3}$/;
/** How many lines either side of a page boundary may be its header or footer. */
const NEAR = 2;
/** A line repeated beside this many page boundaries is a running header or footer. */
const MIN_REPEATS = 3;
const SENTENCE_END = /[.!?…:;]["'”’)]*$/;
const NEW_ITEM = /^\s*(?:[-*•▪◦·–]|o(?=\s)|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])\s+/i;
/** Lines wrapped by a page are rarely narrower than this or wider than a landscape page. */
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 200;
/** A line at least this share of the common width reaches the margin (proportional fonts make full lines vary in characters). */
const FULL_LINE = 0.75;
/** Shorter lines than this are cells, labels or headings, never a wrapped line of prose. */
const MIN_MEASURED_LINE = MIN_WRAP_WIDTH / 2;
/** This many short lines in a row are a table or a list pasted a cell to a line, kept as one block rather than read as headings. */
const MIN_CELL_RUN = 3;
/** Below this many wrapped-looking lines the text was typed, not pasted from pages. */
const MIN_FULL_LINES = 4;

export interface Unpaged {
  lines: string[];
  /** How many header, footer and page-number lines were left out. */
  removed: number;
}

/**
 * The lines without page furniture. A page boundary is a form feed, a page
 * marker, or a number alone on its line when such numbers count up through
 * the text; lines repeated beside at least three boundaries are running
 * headers or footers. A line met once stays. Where a sentence runs on over
 * the page, its two halves are put back together.
 */
export function withoutPageFurniture(input: readonly string[]): Unpaged {
  const lines = input.flatMap((line) => line.split('\f').flatMap((part, index) => (index === 0 ? [part] : ['\f', part])));
  const boundary = boundaries(lines);
  if (boundary.size === 0) return { lines: [...lines], removed: 0 };

  const nearBy = new Map<number, number[]>();
  for (const at of boundary) {
    for (const step of [-1, 1]) {
      let seen = 0;
      for (let index = at + step; index >= 0 && index < lines.length && seen < NEAR; index += step) {
        if (boundary.has(index)) break;
        if ((lines[index] ?? '').trim() === '') continue;
        seen += 1;
        nearBy.set(index, [...(nearBy.get(index) ?? []), at]);
      }
    }
  }
  const boundariesPerKey = new Map<string, Set<number>>();
  for (const [index, ats] of nearBy) {
    const key = furnitureKey(lines[index] ?? '');
    const set = boundariesPerKey.get(key) ?? new Set<number>();
    ats.forEach((at) => set.add(at));
    boundariesPerKey.set(key, set);
  }
  const firstLine = lines.findIndex((line) => line.trim() !== '');
  const drop = new Set(boundary);
  for (const index of nearBy.keys()) {
    // The first line of all names the document on its title page, even when the pages repeat it as a header.
    if (index !== firstLine && (boundariesPerKey.get(furnitureKey(lines[index] ?? ''))?.size ?? 0) >= MIN_REPEATS) drop.add(index);
  }

  const kept: string[] = [];
  let atBoundary = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (drop.has(index)) {
      atBoundary = true;
      continue;
    }
    if (atBoundary && line.trim() === '') continue;
    if (atBoundary) {
      atBoundary = false;
      while (kept.length > 0 && (kept[kept.length - 1] ?? '').trim() === '') kept.pop();
      const before = kept[kept.length - 1]?.trim() ?? '';
      if (before !== '' && !runsOn(before, line)) kept.push('');
    }
    kept.push(line);
  }
  return { lines: kept, removed: [...drop].filter((index) => lines[index] !== '\f').length };
}

function boundaries(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  const numbers: number[] = [];
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (line === '\f' || trimmed.split(/\s{2,}|\t/).some((part) => PAGE_MARKER.test(part.trim()))) found.add(index);
    else if (NUMBER_ALONE.test(trimmed)) numbers.push(index);
  });
  // Numbers alone are page numbers only when there are several and they count up, as pages do.
  const values = numbers.map((index) => Number(lines[index]?.trim()));
  if (numbers.length >= MIN_REPEATS && values.every((value, index) => index === 0 || value > (values[index - 1] ?? 0))) numbers.forEach((index) => found.add(index));
  return found;
}

/** Header lines compared without their spacing, case or numbers ("Page 3" and "Page 4" are one footer). */
function furnitureKey(line: string): string {
  return line.trim().replace(/\s+/g, ' ').replace(/\d+/g, '#').toLowerCase();
}

/** A sentence cut by the end of a page: no closing punctuation before, a lower-case word after. */
function runsOn(before: string, after: string): boolean {
  return !SENTENCE_END.test(before) && /^\s*[a-z]/.test(after);
}

/**
 * The width the text's paragraphs were wrapped at, or null when they were
 * not (each paragraph typed on one line). Taken from the lines that have
 * another after them in their paragraph, as a wrapped paragraph's last line
 * is short.
 */
export function wrapWidth(paragraphs: readonly (readonly string[])[]): number | null {
  // A table's cells or a heading pasted one to a line are short whatever the page's width: only lines that could have been wrapped measure it.
  const lengths = paragraphs
    .flatMap((paragraph) => paragraph.slice(0, -1))
    .map((line) => line.trim().length)
    .filter((length) => length >= MIN_MEASURED_LINE)
    .sort((a, b) => a - b);
  if (lengths.length < MIN_FULL_LINES) return null;
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return null;
  const full = lengths.filter((length) => length >= width * FULL_LINE).length;
  // Lines of equal length alone are also a title page's or an address's; only a page's wrap cuts sentences, leaving a lower-case word to open the next line.
  const cutSentences = paragraphs.reduce((count, paragraph) => count + paragraph.slice(1).filter((line) => /^\s*[a-z]/.test(line)).length, 0);
  return full >= MIN_FULL_LINES && full * 2 >= lengths.length && cutSentences >= MIN_FULL_LINES ? width : null;
}

/**
 * One blank-line paragraph with its wrapped lines joined. A line that
 * reaches near the common width and does not end a sentence continues on
 * the next (a hyphen at its end joins without a space), unless the next
 * starts a new bullet or numbered item. Where lines were joined the block
 * was wrapped prose, so its remaining line ends are paragraph ends: it
 * comes back as several paragraphs, runs of bullets or numbered items kept
 * together as lists, and runs of three or more short lines (a table pasted
 * a cell to a line, its title with it) kept together as one block, so that
 * only a short line standing alone can read as a heading. A block with no
 * wrapped line (an address, a title page, a young person's poem) comes back
 * as it was.
 */
export function unwrapParagraph(lines: readonly string[], width: number | null): string[][] {
  if (width === null || lines.length < 2) return [[...lines]];
  const joined: string[] = [];
  let wrapped = false;
  lines.forEach((line, index) => {
    const previous = joined[joined.length - 1];
    const above = lines[index - 1];
    if (previous !== undefined && above !== undefined && continues(above, line, width)) {
      joined[joined.length - 1] = /\p{L}-$/u.test(previous.trimEnd()) ? `${previous.trimEnd()}${line.trim()}` : `${previous.trimEnd()} ${line.trim()}`;
      wrapped = true;
    } else {
      joined.push(line);
    }
  });
  if (!wrapped) return [[...lines]];
  const isCell = joined.map((line) => !NEW_ITEM.test(line) && line.trim().length < width * FULL_LINE && !SENTENCE_END.test(line.trim()));
  const inCellRun = cellRuns(isCell);
  const groups: string[][] = [];
  joined.forEach((line, index) => {
    const last = groups[groups.length - 1];
    const sameList = NEW_ITEM.test(line) && NEW_ITEM.test(last?.[0] ?? '');
    const sameTable = inCellRun[index] === true && index > 0 && inCellRun[index - 1] === true;
    if (last && (sameList || sameTable)) last.push(line);
    else groups.push([line]);
  });
  return groups;
}

/** Which lines are in a run of at least MIN_CELL_RUN short lines, found in one pass over the runs. */
function cellRuns(isCell: readonly boolean[]): boolean[] {
  const inRun = isCell.map(() => false);
  let start = 0;
  while (start < isCell.length) {
    let end = start;
    while (end < isCell.length && isCell[end]) end += 1;
    if (end - start >= MIN_CELL_RUN) inRun.fill(true, start, end);
    start = end === start ? start + 1 : end;
  }
  return inRun;
}

function continues(line: string, next: string, width: number): boolean {
  const text = line.trim();
  if (NEW_ITEM.test(next) || next.trim() === '') return false;
  // A wrapped item goes on indented under its words; a short capitalised line back at the margin after it ("Quorum") starts something new.
  const item = NEW_ITEM.exec(line);
  if (item && indentOf(next) < item[0].length && /^\s*\p{Lu}/u.test(next) && next.trim().length < width * FULL_LINE && !SENTENCE_END.test(next.trim())) return false;
  return text.length >= width * FULL_LINE && !SENTENCE_END.test(text);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
