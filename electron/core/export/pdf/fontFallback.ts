import { clusterScript } from './rightToLeft.js';
import type { FacePiece, RtlScript } from './types.js';
import { graphemeSegments } from './graphemes.js';

/**
 * Which font draws each piece of text. Noto Sans draws what it can; what it
 * lacks falls back, one grapheme cluster at a time: Arabic and Hebrew (the
 * names of people, places and groups) to Noto Sans Arabic or Hebrew, emoji
 * (young people write them in their foreword) to the monochrome Noto Emoji,
 * so a family or a flag is shaped as one sequence. What no font can show
 * becomes a visible stand-in.
 */

export interface Coverage {
  /** Every Noto Sans face has a glyph for the code point. */
  text(codePoint: number): boolean;
  /** The font for a right-to-left script has a glyph for the code point. */
  rtl(script: RtlScript, codePoint: number): boolean;
  /** The glyph ids the emoji font shapes `text` into; 0 is its missing glyph. */
  emojiGlyphs(text: string): readonly number[];
}

export interface FaceChooser {
  /** `text` with every cluster no font can show replaced by a stand-in (see `coverText`). */
  cover(text: string): string;
  /** Text as `cover` leaves it, cut into the longest pieces one face draws. */
  split(text: string): FacePiece[];
}

/** Drawn in place of a character no font can show: visible, so a reader knows something is missing. */
export const MISSING_GLYPH_STAND_IN = '\uFFFD';

const ZERO_WIDTH_JOINER = '\u200d';
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const TEXT_PRESENTATION = /\uFE0E/g;
/** Joiners, variation selectors and flag tags: they only say how to compose the characters around them. */
const COMPOSING = /\u200D|[\uFE0E\uFE0F]|[\u{E0020}-\u{E007F}]/gu;
/** Beyond this many remembered clusters the memory is cleared: an export never needs more. */
const CLUSTER_CACHE_LIMIT = 50_000;

/** Printable ASCII: most of any English document, and text `coverText` leaves as it is when Noto Sans has all of it. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function faceChooser(coverage: Coverage): FaceChooser {
  const forms = new Map<string, FacePiece[] | null>();
  // Asked once, so plain English skips the per-character coverage look-ups: they run for every word of a document.
  let asciiCovered = true;
  for (let codePoint = 0x20; codePoint <= 0x7e; codePoint += 1) asciiCovered &&= coverage.text(codePoint);
  const plainText = (text: string): boolean => asciiCovered && PRINTABLE_ASCII.test(text);
  const allText = (text: string): boolean => {
    if (plainText(text)) return true;
    for (const char of text) if (!coverage.text(char.codePointAt(0) as number)) return false;
    return true;
  };
  const form = (cluster: string): FacePiece[] | null => {
    let known = forms.get(cluster);
    if (known === undefined) {
      known = clusterForm(cluster, coverage, allText);
      if (forms.size >= CLUSTER_CACHE_LIMIT) forms.clear();
      forms.set(cluster, known);
    }
    return known;
  };

  return {
    cover(text) {
      if (plainText(text)) return text;
      if (allText(text)) return coverText(text, coverage.text);
      let out = '';
      for (const { segment } of graphemeSegments(text)) {
        const pieces = form(segment);
        out += pieces === null ? coverText(segment, coverage.text) : pieces.map((piece) => piece.text).join('');
      }
      return out;
    },
    split(text) {
      if (allText(text)) return [{ face: 'text', text }];
      const pieces: FacePiece[] = [];
      for (const { segment } of graphemeSegments(text)) {
        for (const piece of form(segment) ?? [{ face: 'text', text: segment }]) {
          const last = pieces[pieces.length - 1];
          if (last !== undefined && last.face === piece.face && last.drawnAs === undefined && piece.drawnAs === undefined) last.text += piece.text;
          else pieces.push({ ...piece });
        }
      }
      return pieces;
    },
  };
}

/**
 * How one grapheme cluster is drawn, or null when no font can. A text
 * presentation selector (U+FE0E) is honoured when Noto Sans has the
 * character. The emoji font composes most joined sequences, keycaps and
 * flags into one glyph; when it cannot, the joiners and selectors are
 * dropped so the parts are drawn side by side instead of with gaps or
 * missing-glyph boxes between them.
 *
 * Noto Emoji is monochrome: it shapes 👍🏽 into the very glyph of 👍, so the
 * skin tone a young person chose would vanish from the page and from the
 * text read back. As Unicode advises where a font has no toned form, the
 * tone is then drawn as its swatch after the emoji, shaped on its own, and
 * the pair reads back as the characters written.
 */
function clusterForm(cluster: string, coverage: Coverage, allText: (text: string) => boolean): FacePiece[] | null {
  // Control characters are for `coverText` to remove or turn into spaces, whatever glyph a font maps them to.
  if (CONTROL.test(cluster)) return null;
  if (allText(cluster)) return [{ face: 'text', text: cluster }];
  const plain = cluster.replace(TEXT_PRESENTATION, '');
  if (plain !== cluster && plain !== '' && allText(plain)) return [{ face: 'text', text: plain }];
  const script = clusterScript(cluster);
  if (script !== null && Array.from(cluster).every((char) => coverage.rtl(script, char.codePointAt(0) as number))) return [{ face: script, text: cluster }];
  const joinerGlyph = coverage.emojiGlyphs(ZERO_WIDTH_JOINER)[0];
  const drawable = (glyphs: readonly number[]): boolean => glyphs.length > 0 && glyphs.every((glyph) => glyph !== 0 && glyph !== joinerGlyph);
  const glyphs = coverage.emojiGlyphs(cluster);
  if (drawable(glyphs)) return withSkinTones(cluster, glyphs, coverage) ?? [{ face: 'emoji', text: cluster }];
  const parts = cluster.replace(COMPOSING, '');
  if (parts !== '' && parts !== cluster && drawable(coverage.emojiGlyphs(parts))) return withSkinTones(parts, coverage.emojiGlyphs(parts), coverage) ?? [{ face: 'emoji', text: parts }];
  return null;
}

const SKIN_TONE = /[\u{1F3FB}-\u{1F3FF}]/gu;

/** The cluster drawn as its untoned emoji followed by its tones' swatches, when the font draws it the same with or without them; otherwise null. */
function withSkinTones(cluster: string, glyphs: readonly number[], coverage: Coverage): FacePiece[] | null {
  const tones = cluster.match(SKIN_TONE);
  if (tones === null) return null;
  const untoned = cluster.replace(SKIN_TONE, '');
  if (untoned === '') return null;
  const untonedGlyphs = coverage.emojiGlyphs(untoned);
  if (untonedGlyphs.length !== glyphs.length || untonedGlyphs.some((glyph, index) => glyph !== glyphs[index])) return null;
  if (tones.some((tone) => (coverage.emojiGlyphs(tone)[0] ?? 0) === 0)) return null;
  return [{ face: 'emoji', text: cluster, drawnAs: [untoned, ...tones] }];
}

/**
 * Replaces what the fonts lack (scripts Noto Sans does not cover, emoji the
 * emoji font does not have) by one stand-in per missing character. Joined
 * sequences, variation selectors and skin tones that only modify a missing
 * character are dropped with it, so one emoji becomes one stand-in rather
 * than three. Control characters other than the newline are removed and
 * tabs become spaces.
 */
export function coverText(text: string, covered: (codePoint: number) => boolean): string {
  let out = '';
  let lastWasStandIn = false;
  let joining = false;
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    const joined = joining;
    joining = false;
    if (char === '\n') {
      out += char;
      lastWasStandIn = false;
    } else if (char === '\t') {
      out += ' ';
      lastWasStandIn = false;
    } else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) {
      continue;
    } else if (lastWasStandIn && isEmojiModifier(codePoint)) {
      // Checked before coverage: the font has a zero-width joiner, but it must not split one stand-in into two.
      joining = codePoint === 0x200d;
    } else if (covered(codePoint)) {
      out += char;
      lastWasStandIn = false;
    } else if (joined) {
      // The second half of a joined sequence (family, flag) shares the first one's stand-in.
      continue;
    } else {
      out += MISSING_GLYPH_STAND_IN;
      lastWasStandIn = true;
    }
  }
  return out;
}

function isEmojiModifier(codePoint: number): boolean {
  return (
    codePoint === 0x200d ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) ||
    (codePoint >= 0xe0020 && codePoint <= 0xe007f)
  );
}
