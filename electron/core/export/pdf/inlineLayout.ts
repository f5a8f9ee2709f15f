import type { TextMeasurer } from './fonts.js';
import { breakLines, type Line } from './lineBreak.js';
import { markContent, structElement, type Colour, type InlineLink, type PlacedRun, type StructElement, type TextLineItem, type TextRun } from './model.js';
import { COLOURS, type TextStyle } from './style.js';

/**
 * Sets one run of inline text (a paragraph, a heading, a table cell) as
 * lines, each tied to the structure element it belongs to. A link becomes a
 * Link element inside that element, in reading order, with one piece of
 * marked content per line it spans.
 */

export interface FontMetrics {
  /** Ascender and descender as fractions of the size; descender negative. */
  ascent: number;
  descent: number;
}

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
  /** Right alignment is for numbers in the contents and list labels; text is always ragged-right. */
  align?: 'left' | 'right';
}

export function baselineOffset(type: TextStyle, metrics: FontMetrics): number {
  const glyphHeight = type.size * (metrics.ascent - metrics.descent);
  return (type.leading - glyphHeight) / 2 + type.size * metrics.ascent;
}

export function setInline(setting: InlineSetting, measurer: TextMeasurer, metrics: FontMetrics): SetLine[] {
  const lines = breakLines(setting.runs, setting.width, setting.type.size, measurer);
  const links = new Map<InlineLink, StructElement>();
  const baseline = baselineOffset(setting.type, metrics);
  return lines.map((line) => ({
    item: {
      kind: 'text',
      y: baseline,
      size: setting.type.size,
      colour: setting.colour,
      runs: placeRuns(line, setting, links),
    },
    height: setting.type.leading,
  }));
}

function placeRuns(line: Line, setting: InlineSetting, links: Map<InlineLink, StructElement>): PlacedRun[] {
  const runs: PlacedRun[] = [];
  let previousLink: InlineLink | undefined;
  let x = setting.align === 'right' ? setting.x + setting.width - line.width : setting.x;
  for (const part of line.parts) {
    const previous = runs[runs.length - 1];
    if (previous !== undefined && previous.style === part.style && previousLink === part.link) {
      previous.parts.push(part.text);
      previous.width += part.width;
    } else {
      let owner = setting.element;
      const run: PlacedRun = { x, width: part.width, style: part.style, parts: [part.text], mark: null };
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
    }
    previousLink = part.link;
    x += part.width;
  }
  return runs;
}

/** Web and e-mail links stand out from the text around them; the contents entries are links too, but look like a list. */
export function isVisibleLink(run: PlacedRun): boolean {
  return run.link?.target.kind === 'uri';
}

export function runColour(run: PlacedRun, lineColour: Colour): Colour {
  return isVisibleLink(run) ? COLOURS.link : lineColour;
}
