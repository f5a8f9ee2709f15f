import { AlignmentType, LevelFormat, type ILevelsOptions, type NumberingDefinition } from 'docx';

/**
 * Lists are real Word numbering definitions, not typed bullets, so Word
 * renumbers them when someone edits the exported file. Each list in the
 * draft gets its own numbering instance, which is what makes every ordered
 * list start again at 1.
 */

/** The schema allows deeper nesting than the house style; deeper items stay at the third level. */
export const LIST_LEVELS = 3;

export const BULLET_REFERENCE = 'strategy-bullets';
export const ORDERED_REFERENCE = 'strategy-numbers';

/** Twips: each level is indented one step further, with the marker hanging in the gap. */
const INDENT_STEP = 360;
const HANGING = 360;

const levelIndent = (level: number) => ({ left: INDENT_STEP * (level + 1), hanging: HANGING });

/** The left edge of an item's text at a level, for paragraphs that continue an item. */
export function listTextIndent(level: number): number {
  return INDENT_STEP * (clampLevel(level) + 1);
}

export function clampLevel(level: number): number {
  return Math.min(Math.max(level, 0), LIST_LEVELS - 1);
}

const BULLETS = ['\u2022', '\u2013', '\u2022'] as const;

function bulletLevels(): ILevelsOptions[] {
  return BULLETS.map((bullet, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: bullet,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: levelIndent(level), spacing: { after: 0 } } },
  }));
}

const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;

function orderedLevels(start: number): ILevelsOptions[] {
  return ORDERED_FORMATS.map((format, level) => ({
    level,
    format,
    text: `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: levelIndent(level), spacing: { after: 0 } } },
  }));
}

/** The definitions every export carries; lists starting elsewhere than 1 add their own. */
export function numberingDefinitions(): NumberingDefinition[] {
  return [
    { reference: BULLET_REFERENCE, levels: bulletLevels() },
    { reference: ORDERED_REFERENCE, levels: orderedLevels(1) },
  ];
}

/** A numbered list that the writer started at another number (`<ol start="5">`) needs a definition of its own. */
export function orderedDefinition(start: number): string | NumberingDefinition {
  if (start === 1) return ORDERED_REFERENCE;
  return { reference: `${ORDERED_REFERENCE}-from-${start}`, levels: orderedLevels(start) };
}
