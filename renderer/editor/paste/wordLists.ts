/**
 * Word does not put lists on the clipboard as lists. Each item is a
 * paragraph whose style names its list and level (`mso-list:l0 level2 lfo1`),
 * and its bullet or number is typed out in front of the text, inside
 * `<![if !supportLists]>` (or a `mso-list:Ignore` span) with a run of
 * non-breaking spaces for the indent. Read as it is, that gives paragraphs
 * starting with "·" and spaces; here the runs of such paragraphs become
 * nested `<ul>`/`<ol>` that the schema reads as real lists.
 *
 * It works on the HTML as a string, like the rest of the paste cleaning:
 * Word never nests paragraphs, so each item runs from its opening tag to the
 * next `</p>`, and the whole pass is one scan of the paste.
 */

type ListKind = 'ul' | 'ol';

interface OpenList {
  kind: ListKind;
  level: number;
  /** Word's list instance (`lfo`): a new one at the same level is a new list. */
  instance: string;
}

const BLOCK_OPENING = /<(p|h[1-6])\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const LIST_STYLE = /mso-list\s*:\s*l\d+\s+level(\d+)\s+(lfo\d+)/i;
const LIST_PARAGRAPH_CLASS = /\bclass\s*=\s*["']?MsoListParagraph/i;
const DOWNLEVEL_MARKER = /<!(?:--)?\[if !supportLists\](?:--)?>([\s\S]*?)<!(?:--)?\[endif\](?:--)?>/i;
const IGNORED_SPAN = /<span\b[^>]*mso-list\s*:\s*Ignore[^>]*>/i;
const SPAN_TAG = /<(\/?)span\b[^>]*>/gi;
/** "1.", "3)", "(2)", and Word's multi-level "2.1" or "2.1.": the last number counts. */
const DECIMAL_MARKER = /^\(?(?:\d+\.)*(\d+)[.)]?$/;
/** "a.", "b)", "iv.": a letter or Roman numeral needs its full stop or bracket, or the "o" bullet would count. */
const LETTER_MARKER = /^\(?([a-z]|[ivxlcdm]+)[.)]$/i;
const MAX_LEVEL = 9;

const closings = new Map<string, RegExp>();
function closingTag(tag: string): RegExp {
  const name = tag.toLowerCase();
  let pattern = closings.get(name);
  if (!pattern) {
    pattern = new RegExp(`</${name}\\s*>`, 'gi');
    closings.set(name, pattern);
  }
  return pattern;
}

/** Word's list paragraphs turned into nested lists; HTML without them is returned as it is. */
export function convertWordLists(html: string): string {
  if (!/mso-list|MsoListParagraph/i.test(html)) return html;
  const out: string[] = [];
  const open: OpenList[] = [];
  let copiedUpTo = 0;

  const closeLists = (downTo: number) => {
    while (open.length > downTo) out.push(`</li></${(open.pop() as OpenList).kind}>`);
  };

  BLOCK_OPENING.lastIndex = 0;
  for (let match = BLOCK_OPENING.exec(html); match !== null; match = BLOCK_OPENING.exec(html)) {
    const [openingTag, tag = 'p', attributes = ''] = match;
    const style = LIST_STYLE.exec(attributes);
    const isListParagraph = tag.toLowerCase() === 'p' && LIST_PARAGRAPH_CLASS.test(attributes);
    if (style === null && !isListParagraph) continue;

    const contentStart = match.index + openingTag.length;
    const closing = closingTag(tag);
    closing.lastIndex = contentStart;
    const end = closing.exec(html);
    if (end === null) break;
    const content = html.slice(contentStart, end.index);
    const blockEnd = end.index + end[0].length;
    BLOCK_OPENING.lastIndex = blockEnd;

    // Anything but white space between two items ends the lists.
    const between = html.slice(copiedUpTo, match.index);
    if (open.length > 0 && between.trim() !== '') closeLists(0);
    if (open.length === 0) out.push(between);
    copiedUpTo = blockEnd;

    if (tag.toLowerCase() !== 'p') {
      // A numbered heading stays a heading; only its typed-out number goes.
      closeLists(0);
      out.push(`<${tag}${attributes}>${withoutMarker(content).text}</${tag}>`);
      continue;
    }
    if (style === null) {
      // A list paragraph without a bullet continues the item above it, or is an ordinary paragraph.
      out.push(open.length > 0 ? `<p>${content}</p>` : `${openingTag}${content}</p>`);
      continue;
    }

    const level = Math.min(Math.max(Number(style[1]), 1), MAX_LEVEL);
    const instance = style[2] ?? '';
    const { marker, text } = withoutMarker(content);
    const kind = listKind(marker);
    while (open.length > 0 && (open[open.length - 1] as OpenList).level > level) closeLists(open.length - 1);
    const top = open[open.length - 1];
    if (top && top.level === level && (top.kind !== kind || (level === 1 && top.instance !== instance))) closeLists(open.length - 1);
    const current = open[open.length - 1];
    if (current && current.level === level) {
      out.push(`</li><li><p>${text}</p>`);
    } else {
      const start = kind === 'ol' ? markerNumber(marker) : 1;
      out.push(`${kind === 'ol' && start > 1 ? `<ol start="${start}">` : `<${kind}>`}<li><p>${text}</p>`);
      open.push({ kind, level, instance });
    }
  }

  closeLists(0);
  out.push(html.slice(copiedUpTo));
  return out.join('');
}

/** The item's typed-out bullet or number, as plain text, and the item's content without it. */
function withoutMarker(content: string): { marker: string; text: string } {
  const downlevel = DOWNLEVEL_MARKER.exec(content);
  if (downlevel) {
    return { marker: markerText(downlevel[1] ?? ''), text: content.slice(0, downlevel.index) + content.slice(downlevel.index + downlevel[0].length) };
  }
  const ignored = IGNORED_SPAN.exec(content);
  if (ignored) {
    const end = matchingSpanEnd(content, ignored.index + ignored[0].length);
    return { marker: markerText(content.slice(ignored.index, end)), text: content.slice(0, ignored.index) + content.slice(end) };
  }
  return { marker: '', text: content };
}

/** The end of the span whose content starts at `from`, counting the spans nested in it (the marker's indent is one). */
function matchingSpanEnd(content: string, from: number): number {
  let depth = 1;
  SPAN_TAG.lastIndex = from;
  for (let tag = SPAN_TAG.exec(content); tag !== null; tag = SPAN_TAG.exec(content)) {
    depth += tag[1] === '/' ? -1 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  return content.length;
}

function markerText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "1.", "2.1", "a)", "iv." and "(2)" number a list; "·", "o", "§" and any other symbol are bullets. */
function listKind(marker: string): ListKind {
  return DECIMAL_MARKER.test(marker) || LETTER_MARKER.test(marker) ? 'ol' : 'ul';
}

/** The number an ordered list starts at, when the paste begins part-way through one (item 3 onwards). */
function markerNumber(marker: string): number {
  const decimal = DECIMAL_MARKER.exec(marker)?.[1];
  if (decimal !== undefined) return Math.max(Number(decimal), 1);
  const value = LETTER_MARKER.exec(marker)?.[1] ?? '1';
  if (/^[a-h]$/i.test(value)) return value.toLowerCase().charCodeAt(0) - 96;
  return romanValue(value.toLowerCase());
}

function romanValue(roman: string): number {
  const digits: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  for (let index = 0; index < roman.length; index += 1) {
    const value = digits[roman[index] as string] ?? 0;
    const next = digits[roman[index + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return Math.max(total, 1);
}
