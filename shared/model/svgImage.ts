/**
 * SVG pictures a strategy may hold: the app's own charts, embedded as
 * `data:image/svg+xml;charset=utf-8,…`. SVG is a document format that can run
 * scripts and fetch other files, so only a closed subset is accepted: the
 * shapes and text the charts draw, with presentation attributes whose values
 * are plain numbers, colours or words. Anything else (a script, a style
 * sheet, a link, an entity, a `url(…)`) refuses the whole picture. The same
 * parse gives the PDF exporter the shapes it draws as vectors.
 */

export type SvgShapeName = 'rect' | 'line' | 'path' | 'circle' | 'text';

export interface SvgShape {
  name: SvgShapeName;
  attrs: Readonly<Record<string, string>>;
  /** A text element's words (entities decoded). */
  text: string;
}

export interface SafeSvg {
  width: number;
  height: number;
  title: string;
  description: string;
  shapes: SvgShape[];
  /** The markup as accepted, for embedding as it is. */
  markup: string;
}

const CONTAINERS = new Set(['svg', 'g']);
const TEXT_HOLDERS = new Set(['title', 'desc', 'text']);
const SHAPES = new Set<string>(['rect', 'line', 'path', 'circle', 'text']);
const ATTRIBUTES = new Set([
  'xmlns',
  'width',
  'height',
  'viewBox',
  'role',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'd',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
]);
/** Numbers, colours (#hex or a name), words and path commands: no parentheses, quotes, colons or ampersands survive this. */
const SAFE_VALUE = /^[A-Za-z0-9#.,\s%-]*$/;
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
/** Far larger than a chart: a picture bigger than this is not one of ours. */
export const MAX_SVG_LENGTH = 2_000_000;

export const SVG_DATA_URL_PREFIX = 'data:image/svg+xml;charset=utf-8,';

/** The picture's shapes, or null when it holds anything outside the subset. */
export function parseSafeSvg(markup: string): SafeSvg | null {
  if (markup.length > MAX_SVG_LENGTH) return null;
  const source = markup.replace(/^\uFEFF?\s*(<\?xml\s[^?]*\?>\s*)?/, '');
  const tag = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w:-]+\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  const stack: string[] = [];
  const shapes: SvgShape[] = [];
  let title = '';
  let description = '';
  let width = 0;
  let height = 0;
  let open: SvgShape | null = null;
  let sawRoot = false;
  let position = 0;
  for (let match = tag.exec(source); match !== null; match = tag.exec(source)) {
    position = tag.lastIndex;
    const [, closing, name, attributeText, selfClosing, text, stray] = match;
    if (stray !== undefined) return null;
    if (text !== undefined) {
      if (stack.length === 0) {
        if (text.trim() !== '') return null;
        continue;
      }
      const decoded = decodeText(text);
      if (decoded === null) return null;
      const holder = stack[stack.length - 1];
      if (holder === 'title') title += decoded;
      else if (holder === 'desc') description += decoded;
      else if (holder === 'text' && open) open.text += decoded;
      else if (decoded.trim() !== '') return null;
      continue;
    }
    if (name === undefined) return null;
    if (closing) {
      if (stack.pop() !== name) return null;
      if (name === 'text') open = null;
      continue;
    }
    if (!CONTAINERS.has(name) && !TEXT_HOLDERS.has(name) && !SHAPES.has(name)) return null;
    if (name === 'svg' ? sawRoot || stack.length > 0 : stack.length === 0) return null;
    if (stack.length > 0 && TEXT_HOLDERS.has(stack[stack.length - 1] ?? '')) return null;
    const attrs = parseAttributes(attributeText ?? '');
    if (attrs === null) return null;
    if (name === 'svg') {
      sawRoot = true;
      if (attrs['xmlns'] !== undefined && attrs['xmlns'] !== SVG_NAMESPACE) return null;
      width = Number(attrs['width']);
      height = Number(attrs['height']);
      if (!(width > 0 && width <= 10_000 && height > 0 && height <= 10_000)) return null;
    } else if (attrs['xmlns'] !== undefined) return null;
    if (SHAPES.has(name)) {
      const shape: SvgShape = { name: name as SvgShapeName, attrs, text: '' };
      shapes.push(shape);
      if (name === 'text') open = shape;
    }
    if (!selfClosing) stack.push(name);
    else if (name === 'svg') return null;
  }
  if (!sawRoot || stack.length > 0 || position !== source.length) return null;
  return { width, height, title: title.trim(), description: description.trim(), shapes, markup: source };
}

function parseAttributes(text: string): Record<string, string> | null {
  const attrs: Record<string, string> = {};
  for (const [, name, value] of text.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) {
    if (name === undefined || value === undefined || !ATTRIBUTES.has(name) || name in attrs) return null;
    if (name !== 'xmlns' && name !== 'font-family' && !SAFE_VALUE.test(value)) return null;
    if (name === 'font-family' && !/^[A-Za-z0-9 ,-]*$/.test(value)) return null;
    attrs[name] = value;
  }
  return attrs;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with only the five XML entities and numeric references; anything else (a declared entity) is refused. */
function decodeText(text: string): string | null {
  let refused = false;
  const decoded = text.replace(/&([a-z]+|#\d+|#x[0-9a-f]+);?/gi, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined && whole.endsWith(';')) return known;
    const code = name.startsWith('#x') || name.startsWith('#X') ? parseInt(name.slice(2), 16) : name.startsWith('#') ? parseInt(name.slice(1), 10) : NaN;
    if (!whole.endsWith(';') || !Number.isFinite(code) || code > 0x10ffff || code < 0x20) {
      refused = true;
      return '';
    }
    return String.fromCodePoint(code);
  });
  return refused ? null : decoded;
}

/** A picture of ours as the data URL an image node holds: percent-encoded UTF-8, which every runtime here can write and read. */
export function svgDataUrl(markup: string): string {
  return `${SVG_DATA_URL_PREFIX}${encodeURIComponent(markup)}`;
}

/** The picture an image node's source holds, or null when it is not a safe SVG data URL. */
export function svgFromDataUrl(src: string): SafeSvg | null {
  if (!src.startsWith(SVG_DATA_URL_PREFIX) || src.length > MAX_SVG_LENGTH * 3 + SVG_DATA_URL_PREFIX.length) return null;
  const encoded = src.slice(SVG_DATA_URL_PREFIX.length);
  if (!/^[A-Za-z0-9%\-_.!~*'()]*$/.test(encoded)) return null;
  try {
    return parseSafeSvg(decodeURIComponent(encoded));
  } catch {
    return null;
  }
}
