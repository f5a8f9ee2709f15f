// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- fontkit ships no types; the reference brings ours into every program that compiles this file (core, tests, bench).
/// <reference path="./vendorTypes.d.ts" />
import type * as fontkit from 'fontkit';

/**
 * Measuring and drawing without shaping, where shaping cannot change a
 * glyph. fontkit's layout (what pdf-lib draws with) costs far more than
 * adding up advances or looking glyphs up by character, and a long strategy
 * has tens of thousands of distinct words and lines. Layout can
 * give other glyphs than the characters' own only through a GSUB lookup of
 * a feature it applies (ligatures, contextual forms, composition), and every
 * such lookup starts at a glyph in its coverage; text none of whose glyphs
 * is covered comes out of layout as the characters' own glyphs, and its
 * width (sum of advances: kerning moves glyphs, it does not widen them in
 * our measure) is their sum. A contextual lookup that needs a glyph plain
 * text never has (the composition of i with a combining accent, written as
 * fixed coverages or as classes of a chaining context) cannot start there,
 * so its first glyphs do not count as covered. Only Latin and common punctuation are taken
 * this way: other scripts have their own shapers, and default-ignorable
 * characters (soft hyphen, joiners, direction marks) and the fraction slash
 * are treated specially by layout, so they go through it.
 */

/** The GSUB features fontkit's default shaper applies (its variation, directional, fractional, common and horizontal ones). */
const APPLIED_FEATURES = new Set(['rvrn', 'ltra', 'ltrm', 'rtla', 'rtlm', 'frac', 'numr', 'dnom', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern']);

interface Coverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number }[];
}

interface SubTable {
  version?: number;
  lookupType?: number;
  extension?: SubTable;
  coverage?: Coverage;
  coverages?: Coverage[];
  backtrackCoverage?: Coverage[];
  inputCoverage?: Coverage[];
  lookaheadCoverage?: Coverage[];
  backtrackClassDef?: ClassDef;
  inputClassDef?: ClassDef;
  lookaheadClassDef?: ClassDef;
  chainClassSet?: (ChainClassRule[] | null)[];
}

/** A glyph class definition: a start glyph with classes (version 1) or ranges of glyphs with their class (version 2). */
interface ClassDef {
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}

interface ChainClassRule {
  backtrack: number[];
  input: number[];
  lookahead: number[];
}

interface GsubTable {
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  scriptList: { script: { defaultLangSys?: LangSys; langSysRecords: { langSys: LangSys }[] } }[];
  lookupList: { toArray(): { subTables: SubTable[] }[] };
}

interface LangSys {
  reqFeatureIndex: number;
}

const NO_REQUIRED_FEATURE = 0xffff;

function classOf(classDef: ClassDef | undefined, glyph: number): number {
  if (classDef?.classValueArray !== undefined) return classDef.classValueArray[glyph - (classDef.startGlyph ?? 0)] ?? 0;
  return classDef?.classRangeRecord?.find((range) => glyph >= range.start && glyph <= range.end)?.class ?? 0;
}

/** Whether some plain glyph is of the class (class 0 is every glyph not listed, so always). */
function classIsPlain(classDef: ClassDef | undefined, glyphClass: number, plainGlyphs: ReadonlySet<number>): boolean {
  if (glyphClass === 0) return true;
  for (const glyph of plainGlyphs) if (classOf(classDef, glyph) === glyphClass) return true;
  return false;
}

/** For a chaining context by classes: whether some rule for this first glyph could match plain text. */
function chainCanStart(table: SubTable, glyph: number, plainGlyphs: ReadonlySet<number>): boolean {
  const rules = table.chainClassSet?.[classOf(table.inputClassDef, glyph)];
  if (rules === undefined) return true;
  return (rules ?? []).some(
    (rule) =>
      rule.backtrack.every((glyphClass) => classIsPlain(table.backtrackClassDef, glyphClass, plainGlyphs)) &&
      rule.input.every((glyphClass) => classIsPlain(table.inputClassDef, glyphClass, plainGlyphs)) &&
      rule.lookahead.every((glyphClass) => classIsPlain(table.lookaheadClassDef, glyphClass, plainGlyphs)),
  );
}

function glyphsOf(coverage: Coverage | undefined): number[] {
  const glyphs = [...(coverage?.glyphs ?? [])];
  for (const range of coverage?.rangeRecords ?? []) for (let glyph = range.start; glyph <= range.end; glyph += 1) glyphs.push(glyph);
  return glyphs;
}

/**
 * Where layout may start a substitution in plain text (`plainGlyphs`): the
 * first input glyphs of every subtable of every lookup it applies, unless
 * the subtable (a context of fixed coverages) also needs a glyph that no
 * plain character has.
 */
function substitutedGlyphs(gsub: GsubTable | undefined, plainGlyphs: ReadonlySet<number>): Set<number> {
  const covered = new Set<number>();
  if (gsub === undefined) return covered;
  const required = gsub.scriptList.flatMap(({ script }) => [script.defaultLangSys, ...script.langSysRecords.map((record) => record.langSys)]).flatMap((langSys) => (langSys === undefined || langSys.reqFeatureIndex === NO_REQUIRED_FEATURE ? [] : [langSys.reqFeatureIndex]));
  const features = gsub.featureList.filter((feature, index) => APPLIED_FEATURES.has(feature.tag) || required.includes(index));
  const lookups = gsub.lookupList.toArray();
  const addSubTable = (table: SubTable): void => {
    if (table.extension !== undefined) return addSubTable(table.extension);
    const context = [...(table.coverages ?? []), ...(table.backtrackCoverage ?? []), ...(table.inputCoverage ?? []), ...(table.lookaheadCoverage ?? [])];
    if (context.some((coverage) => !glyphsOf(coverage).some((glyph) => plainGlyphs.has(glyph)))) return;
    for (const glyph of [...glyphsOf(table.coverage), ...glyphsOf(table.coverages?.[0]), ...glyphsOf(table.inputCoverage?.[0])]) if (chainCanStart(table, glyph, plainGlyphs)) covered.add(glyph);
  };
  for (const feature of features) for (const index of feature.feature.lookupListIndexes) for (const table of lookups[index]?.subTables ?? []) addSubTable(table);
  return covered;
}

/** Latin and the punctuation used with it (each range inclusive), without default-ignorable characters or the fraction slash. */
const PLAIN_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
];
const NOT_PLAIN = new Set([0xad, 0x2044]);

function isPlainCodePoint(codePoint: number): boolean {
  return !NOT_PLAIN.has(codePoint) && PLAIN_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/** Text that shaping cannot change, measured and mapped to glyphs without layout; each answer is undefined when layout may change the text. */
export interface PlainText {
  /** The advance of `text` in font units. */
  advance(text: string): number | undefined;
  /** The glyphs layout would give `text`: each character's own. */
  glyphs(text: string): fontkit.Glyph[] | undefined;
}

export function plainText(font: fontkit.Font): PlainText {
  const plainGlyphs = new Set<number>();
  for (const codePoint of PLAIN_RANGES.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, offset) => first + offset))) {
    if (isPlainCodePoint(codePoint) && font.hasGlyphForCodePoint(codePoint)) plainGlyphs.add(font.glyphForCodePoint(codePoint).id);
  }
  const substituted = substitutedGlyphs((font as unknown as { GSUB?: GsubTable }).GSUB, plainGlyphs);
  /** Per code point: its glyph, or null when layout may change it. */
  const glyphs = new Map<number, fontkit.Glyph | null>();
  const glyphOf = (codePoint: number): fontkit.Glyph | null => {
    let glyph = glyphs.get(codePoint);
    if (glyph === undefined) {
      const own = isPlainCodePoint(codePoint) && font.hasGlyphForCodePoint(codePoint) ? font.glyphForCodePoint(codePoint) : undefined;
      glyph = own === undefined || substituted.has(own.id) ? null : own;
      glyphs.set(codePoint, glyph);
    }
    return glyph;
  };
  return {
    advance(text) {
      let units = 0;
      for (let index = 0; index < text.length; index += 1) {
        const glyph = glyphOf(text.charCodeAt(index));
        if (glyph === null) return undefined;
        units += glyph.advanceWidth;
      }
      return units;
    },
    glyphs(text) {
      const run: fontkit.Glyph[] = [];
      for (let index = 0; index < text.length; index += 1) {
        const glyph = glyphOf(text.charCodeAt(index));
        if (glyph === null) return undefined;
        run.push(glyph);
      }
      return run;
    },
  };
}
