/**
 * Arabic and Hebrew inside English text: which characters the right-to-left
 * fonts draw, and in which order the pieces of a line are shown.
 *
 * Why not the full Unicode Bidirectional Algorithm: strategies are English
 * documents that name people, places and groups in these scripts, so the
 * paragraph is always left-to-right and the right-to-left text comes as
 * short runs of words. The rule used here is the part of the algorithm
 * those runs need:
 * - fontkit shapes each piece of one script (letters, marks and the script's
 *   own punctuation, such as the Arabic comma) and returns its glyphs right
 *   to left, joined;
 * - pieces of right-to-left script separated only by spaces form one phrase,
 *   whose words are shown in reverse order, so "عبد الله" reads right to left
 *   as a whole;
 * - everything else (Latin text, ASCII punctuation and digits, brackets)
 *   keeps its left-to-right place, as the algorithm also gives for neutrals
 *   between left-to-right text and a right-to-left phrase.
 * Limits: words joined by ASCII punctuation ("محمد, علي") stay in
 * left-to-right order where the algorithm would treat them as one phrase;
 * a phrase is only reversed within one style run of one line (a name half
 * bold, or half a link, keeps its parts in logical order); Arabic-Indic
 * digits are not drawn (they keep the stand-in), because a digit run would
 * need left-to-right order inside the right-to-left piece; a whole Arabic
 * or Hebrew paragraph is set left-aligned, its lines in this order.
 */

export type RtlScript = 'arabic' | 'hebrew';
export const RTL_SCRIPTS: readonly RtlScript[] = ['arabic', 'hebrew'];

/** Inclusive code point ranges each right-to-left font draws: the script's blocks without its digits. */
const SCRIPT_RANGES: Record<RtlScript, readonly (readonly [number, number])[]> = {
  arabic: [
    [0x0600, 0x065f],
    [0x066a, 0x06ef],
    [0x06fa, 0x06ff],
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

export interface Phrase {
  /** Index of the phrase's first piece. */
  start: number;
  /** Index after its last piece. */
  end: number;
}

/**
 * The right-to-left phrases in a run's pieces, in logical order: maximal
 * spans that start and end with a right-to-left piece and hold nothing but
 * such pieces and spaces.
 */
export function rtlPhrases<T>(pieces: readonly T[], isRtl: (piece: T) => boolean, isSpace: (piece: T) => boolean): Phrase[] {
  const phrases: Phrase[] = [];
  let index = 0;
  while (index < pieces.length) {
    if (!isRtl(pieces[index] as T)) {
      index += 1;
      continue;
    }
    const start = index;
    let end = index + 1;
    let next = end;
    while (next < pieces.length && (isRtl(pieces[next] as T) || isSpace(pieces[next] as T))) {
      next += 1;
      if (isRtl(pieces[next - 1] as T)) end = next;
    }
    phrases.push({ start, end });
    index = end;
  }
  return phrases;
}

/** The pieces in the order they are drawn, left to right: each phrase reversed in place. */
export function visualOrder<T>(pieces: readonly T[], phrases: readonly Phrase[]): T[] {
  const out = [...pieces];
  for (const { start, end } of phrases) out.splice(start, end - start, ...pieces.slice(start, end).reverse());
  return out;
}
