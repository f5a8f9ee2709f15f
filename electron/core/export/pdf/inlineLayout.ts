import { directedParagraph, visualOrder } from './bidi.js';
import { markContent, structElement, type TextMeasurer, type FontMetrics, type Colour, type InlineLink, type PlacedRun, type StructElement, type TextLineItem, type TextRun } from './types.js';
import { breakLines, type Line, type LinePart } from './lineBreak.js';
import { COLOURS, type TextStyle } from './style.js';

/**
 * Sets one run of inline text (a paragraph, a heading, a table cell) as
 * lines, each tied to the structure element it belongs to. A link becomes a
 * Link element inside that element, in reading order, with one piece of
 * marked content per line it spans. Arabic and Hebrew are ordered by the
 * Unicode Bidirectional Algorithm (bidi.ts): each line's runs stay in
 * logical order, for the structure tree and text extraction, and are placed
 * in visual order; a right-to-left paragraph is set ragged-left.
 */

export interface SetLine {
  /** The line, positioned with its box's top at y = 0. */
  item: TextLineItem;
  height: number;
}

export interface InlineSetting {
  runs: readonly TextRun[];
  x: number;
  width: number;
  type: TextStyle;
  colour: Colour;
  element: StructElement;
  /** Without one, a paragraph is aligned where its direction starts: left, or right for an Arabic or Hebrew paragraph. */
  align?: 'left' | 'right' | 'centre';
}

export function baselineOffset(type: TextStyle, metrics: FontMetrics): number {
  const glyphHeight = type.size * (metrics.ascent - metrics.descent);
  return (type.leading - glyphHeight) / 2 + type.size * metrics.ascent;
}

export function setInline(setting: InlineSetting, measurer: TextMeasurer, metrics: FontMetrics): SetLine[] {
  const paragraph = directedParagraph(setting.runs);
  const lines = breakLines(paragraph.runs, setting.width, setting.type.size, measurer);
  const align = setting.align ?? (paragraph.level % 2 === 1 ? 'right' : 'left');
  const links = new Map<InlineLink, StructElement>();
  const baseline = baselineOffset(setting.type, metrics);
  return lines.map((line) => ({
    item: {
      kind: 'text',
      y: baseline,
      size: setting.type.size,
      colour: setting.colour,
      runs: placeRuns(line, paragraph.level, { ...setting, align }, links, measurer),
    },
    height: setting.type.leading,
  }));
}

/**
 * Runs of one style, link and level in logical order, each placed where the
 * bidirectional order puts it. The spaces that end the line take the
 * paragraph's level (rule L1) and are drawn beyond the line's end: after it
 * in a left-to-right paragraph, as before, and left of it in a
 * right-to-left one, as a run of their own.
 */
function placeRuns(line: Line, paragraphLevel: number, setting: InlineSetting, links: Map<InlineLink, StructElement>, measurer: TextMeasurer): PlacedRun[] {
  const { parts, lineEnd } = splitLineEnd(line.parts, paragraphLevel);
  const rtlParagraph = paragraphLevel % 2 === 1;
  const runs: PlacedRun[] = [];
  const levels: number[] = [];
  let previousLink: InlineLink | undefined;
  const add = (part: LinePart, mergeable: boolean): PlacedRun => {
    const previous = runs[runs.length - 1];
    if (mergeable && previous !== undefined && previous.style === part.style && previousLink === part.link && levels[levels.length - 1] === part.level) {
      previous.parts.push(part.text);
      previous.width += part.width;
      return previous;
    }
    let owner = setting.element;
    const run: PlacedRun = { x: 0, width: part.width, style: part.style, parts: [part.text], mark: null };
    if (part.level % 2 === 1) run.rtl = true;
    if (part.link) {
      let element = links.get(part.link);
      if (element === undefined) {
        element = structElement('Link', setting.element);
        links.set(part.link, element);
      }
      owner = element;
      run.link = { target: part.link.target, element };
    }
    run.mark = markContent(owner);
    runs.push(run);
    levels.push(part.level);
    previousLink = part.link;
    return run;
  };
  for (const part of parts) add(part, true);
  const start = setting.align === 'right' ? setting.x + setting.width - line.width : setting.align === 'centre' ? setting.x + (setting.width - line.width) / 2 : setting.x;
  let x = start;
  for (const index of visualOrder(levels)) {
    const run = runs[index] as PlacedRun;
    run.x = x;
    x += run.width;
  }
  if (lineEnd !== null) {
    const count = runs.length;
    const run = add(lineEnd, !rtlParagraph);
    if (runs.length > count) run.x = rtlParagraph ? start - measurer.width(lineEnd.text, lineEnd.style, setting.type.size, true) : x;
  }
  return runs;
}

/** The line's parts without the spaces that end it, and those spaces at the paragraph's level, with no width. */
function splitLineEnd(parts: readonly LinePart[], level: number): { parts: LinePart[]; lineEnd: LinePart | null } {
  const kept = [...parts];
  let spaces = '';
  let last: LinePart | undefined;
  while (kept.length > 0) {
    const part = kept.pop() as LinePart;
    last ??= part;
    const text = part.text.trimEnd();
    spaces = part.text.slice(text.length) + spaces;
    if (text !== '') {
      kept.push({ ...part, text });
      break;
    }
  }
  return { parts: kept, lineEnd: last === undefined || spaces === '' ? null : { ...last, text: spaces, level, width: 0 } };
}

/** Web and e-mail links and cross-references stand out from the text around them; the contents entries are links too, but look like a list. */
export function isVisibleLink(run: PlacedRun): boolean {
  const target = run.link?.target;
  return target !== undefined && (target.kind === 'uri' || target.inText === true);
}

export function runColour(run: PlacedRun, lineColour: Colour): Colour {
  return isVisibleLink(run) ? COLOURS.link : lineColour;
}
