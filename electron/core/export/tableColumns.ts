import type { PrintCell, PrintRun, PrintTable } from './printModel.js';
import { CELL_PADDING, PRINT_CONTENT_WIDTH, PRINT_TYPE } from './printStyle.js';

/**
 * How wide each column of a table is, decided once for both exporters as
 * shares of the text width: Word turns them into twips, the PDF into points,
 * so a table wraps alike in both and page N stays page N.
 *
 * The rule, in the order it is applied:
 * - every column gets at least its longest word (and never less than a few
 *   characters), so no heading such as "Year" breaks mid-word;
 * - a table whose text all fits on one line shares the width in proportion
 *   to each column's one-line width, so a short column is not crushed;
 * - otherwise short columns ("Linked priority", dates, RAG ratings) get
 *   their whole one-line width first, as long as it is no more than an even
 *   share of what is left, and the prose columns share the rest in
 *   proportion to how much more they would need on one line.
 *
 * Widths are estimated from the characters rather than measured in one
 * font, because Word has no typesetter here and both sides must reach the
 * same numbers; the estimate errs a little wide, as Arial, Calibri and their
 * metric twins all fit in it.
 */

/** Per character, in ems, about the widths of Arial's glyphs, a little generous. */
function charEms(char: string): number {
  if (char === ' ') return 0.28;
  if (/[ijlI.,;:'|!`]/.test(char)) return 0.28;
  if (/[ftr()[\]\-/]/.test(char)) return 0.36;
  if (/[mwMW@%]/.test(char)) return 0.86;
  if (/[A-Z]/.test(char)) return 0.7;
  return 0.56;
}

const BOLD_FACTOR = 1.08;
/** Room to spare over the estimate, so a line that should fit does in every house font. */
const SPARE = 1.06;
/** No single word may claim more than this share of the width: a pasted URL is broken instead. */
const MAX_WORD_SHARE = 0.45;

function runsWidth(runs: readonly { text: string; bold: boolean }[]): number {
  let ems = 0;
  for (const run of runs) {
    let width = 0;
    for (const char of run.text) width += charEms(char);
    ems += run.bold ? width * BOLD_FACTOR : width;
  }
  return ems * PRINT_TYPE.table.size * SPARE;
}

interface TextBounds {
  /** The longest word. */
  min: number;
  /** The longest line, unbroken. */
  max: number;
}

function cellBounds(cell: PrintCell): TextBounds {
  let min = 0;
  let max = 0;
  for (const paragraph of cell.paragraphs) {
    // A header cell is set bold whatever its runs say.
    const runs = paragraph.map((run: PrintRun) => ({ kind: run.kind, text: run.text, bold: run.bold || cell.header }));
    let line: { text: string; bold: boolean }[] = [];
    const endLine = (): void => {
      max = Math.max(max, runsWidth(line));
      line = [];
    };
    for (const run of runs) {
      if (run.kind === 'break') endLine();
      else line.push(run);
      if (run.kind !== 'text') continue;
      for (const word of run.text.split(/\s+/)) min = Math.max(min, runsWidth([{ text: word, bold: run.bold }]));
    }
    endLine();
  }
  return { min, max };
}

export function tableColumnCount(table: PrintTable): number {
  return Math.max(1, ...table.rows.map((row) => row.reduce((count, cell) => count + cell.colspan, 0)));
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Each column's share of the text width; the shares add up to 1. */
export function tableColumnShares(table: PrintTable): number[] {
  const available = PRINT_CONTENT_WIDTH;
  const count = tableColumnCount(table);
  const padding = 2 * CELL_PADDING;
  const min = new Array<number>(count).fill(0);
  const max = new Array<number>(count).fill(0);
  for (const row of table.rows) {
    let column = 0;
    for (const cell of row) {
      // A cell spanning columns says nothing about any one of them.
      if (cell.colspan === 1 && column < count) {
        const bounds = cellBounds(cell);
        min[column] = Math.max(min[column] as number, Math.min(bounds.min, available * MAX_WORD_SHARE) + padding);
        max[column] = Math.max(max[column] as number, bounds.max + padding);
      }
      column += cell.colspan;
    }
  }
  // Even an empty column keeps room for a few characters, so it can be filled in later.
  const floor = Math.min(padding + 3 * 0.56 * PRINT_TYPE.table.size, available / count);
  const least = min.map((width) => Math.max(width, floor));
  const most = max.map((width, index) => Math.max(width, least[index] as number));
  return columnWidths(least, most, available).map((width) => width / available);
}

function columnWidths(least: readonly number[], most: readonly number[], available: number): number[] {
  const sumLeast = sum(least);
  if (sumLeast >= available) return least.map((width) => (width * available) / sumLeast);
  const sumMost = sum(most);
  if (sumMost <= available) return most.map((width) => (width * available) / sumMost);

  const widths: (number | null)[] = least.map(() => null);
  let settled = true;
  while (settled) {
    settled = false;
    const open = widths.flatMap((width, index) => (width === null ? [index] : []));
    const left = available - sum(widths.map((width) => width ?? 0));
    for (const index of open) {
      const want = most[index] as number;
      const othersLeast = sum(open.filter((other) => other !== index).map((other) => least[other] as number));
      if (open.length > 1 && want <= left / open.length && left - want >= othersLeast) {
        widths[index] = want;
        settled = true;
        break;
      }
    }
  }
  const open = widths.flatMap((width, index) => (width === null ? [index] : []));
  const left = available - sum(widths.map((width) => width ?? 0));
  const openLeast = sum(open.map((index) => least[index] as number));
  const openMost = sum(open.map((index) => most[index] as number));
  const share = openMost > openLeast ? Math.min(1, (left - openLeast) / (openMost - openLeast)) : 0;
  const result = widths.map((width, index) => width ?? (least[index] as number) + ((most[index] as number) - (least[index] as number)) * share);
  // Rounding aside the widths fill the text width; any remainder (all open columns at their most) goes to the open ones evenly.
  const remainder = available - sum(result);
  return result.map((width, index) => (widths[index] === null && open.length > 0 ? width + remainder / open.length : width));
}
