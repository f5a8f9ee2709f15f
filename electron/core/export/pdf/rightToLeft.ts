import type { DrawnPiece, FacePiece, RtlScript } from './types.js';
import { graphemeSegments } from './graphemes.js';

/**
 * Arabic and Hebrew inside English text, and English inside Arabic and
 * Hebrew: which characters the right-to-left fonts draw, and how a piece of
 * text of one direction is cut into what is drawn, left to right. Which
 * direction each piece has, and where it goes on its line, is for the
 * Unicode Bidirectional Algorithm (bidi.ts).
 *
 * fontkit shapes a piece of Arabic or Hebrew (joined letters, marks, the
 * script's own punctuation) and returns its glyphs right to left. Anything
 * drawn against its font's own direction (spaces, punctuation and brackets
 * between right-to-left words; Arabic-Indic digits, which read left to
 * right) is drawn one grapheme cluster at a time in the piece's direction,
 * and measured the same way, so measured width and drawn width agree.
 */

export const RTL_SCRIPTS: readonly RtlScript[] = ['arabic', 'hebrew'];

/** Inclusive code point ranges each right-to-left font draws: the script's blocks, with the Arabic-Indic digits. */
const SCRIPT_RANGES: Record<RtlScript, readonly (readonly [number, number])[]> = {
  arabic: [
    [0x0600, 0x06ff],
    [0x0750, 0x077f],
    [0x08a0, 0x08ff],
    [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
  ],
  hebrew: [
    [0x0590, 0x05ff],
    [0xfb1d, 0xfb4f],
  ],
};

/** The right-to-left script whose blocks hold `codePoint`, if any. */
export function rtlScriptOf(codePoint: number): RtlScript | null {
  for (const script of RTL_SCRIPTS) {
    if (SCRIPT_RANGES[script].some(([first, last]) => codePoint >= first && codePoint <= last)) return script;
  }
  return null;
}

/** Joiners and marks a right-to-left cluster may carry from outside its script's blocks. */
const CLUSTER_EXTENDERS = /^(?:\p{M}|\u200c|\u200d)$/u;

/** The script of a grapheme cluster drawn by one right-to-left font: its first character's, shared by every other one. */
export function clusterScript(cluster: string): RtlScript | null {
  const chars = Array.from(cluster);
  const script = rtlScriptOf(chars[0]?.codePointAt(0) ?? 0);
  if (script === null) return null;
  return chars.every((char) => CLUSTER_EXTENDERS.test(char) || rtlScriptOf(char.codePointAt(0) as number) === script) ? script : null;
}

const LETTER = /\p{L}/u;

/**
 * The pieces of a run of one direction, split by face in logical order,
 * as they are drawn from left to right. A right-to-left piece with letters
 * is shaped whole, since fontkit lays it out right to left; a left-to-right
 * piece drawn in its own direction likewise. Any other piece is drawn one
 * grapheme cluster at a time in the run's direction, and in a right-to-left
 * run each cluster `mirror` gives another form (rule L4) is drawn in that
 * form.
 */
export function drawnPieces(pieces: readonly FacePiece[], rtl: boolean, mirror: (cluster: string) => string): DrawnPiece[] {
  const ordered = rtl ? [...pieces].reverse() : pieces;
  return ordered.flatMap((piece): DrawnPiece[] => {
    const rtlFace = piece.face === 'arabic' || piece.face === 'hebrew';
    if (piece.drawnAs !== undefined || (rtlFace ? rtl && LETTER.test(piece.text) : !rtl)) return [piece];
    const clusters = Array.from(graphemeSegments(piece.text), ({ segment }) => segment);
    if (!rtl) return clusters.map((text) => ({ face: piece.face, text }));
    return clusters.reverse().map((text) => {
      const drawn = piece.face === 'text' ? mirror(text) : text;
      return drawn === text ? { face: piece.face, text } : { face: piece.face, text: drawn, actualText: text };
    });
  });
}
