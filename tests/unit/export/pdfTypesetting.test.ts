import { describe, expect, it } from 'vitest';
import { directedParagraph } from '../../../electron/core/export/pdf/bidi.js';
import { structElement, type TextMeasurer, type BlockContext, type Block, type Page, type TableBlock, type TableCell, type TextLineItem, type TextRun } from '../../../electron/core/export/pdf/types.js';
import { coverText, faceChooser, MISSING_GLYPH_STAND_IN, type Coverage } from '../../../electron/core/export/pdf/fontFallback.js';
import { fitText } from '../../../electron/core/export/pdf/furniture.js';
import { breakLines as breakDirectedLines, measureRuns } from '../../../electron/core/export/pdf/lineBreak.js';
import { layoutBlocks } from '../../../electron/core/export/pdf/layout.js';
import { columnWidths } from '../../../electron/core/export/pdf/layoutTable.js';
import { paginate, slice, type Slice } from '../../../electron/core/export/pdf/paginate.js';
import { outlineTree } from '../../../electron/core/export/pdf/outline.js';

/** Every character half the font size wide: widths the tests can work out by hand. */
const mono: TextMeasurer = { width: (text, _style, size) => Array.from(text).length * size * 0.5 };
const SIZE = 10; // one character = 5 pt

const plain = (text: string): TextRun[] => [{ text, style: 'regular' }];
/** Line breaking as layout calls it, on runs cut by bidirectional level. */
const breakLines = (runs: readonly TextRun[], width: number, size: number, measurer: TextMeasurer) => breakDirectedLines(directedParagraph(runs).runs, width, size, measurer);
const lineTexts = (runs: TextRun[], width: number) => breakLines(runs, width, SIZE, mono).map((line) => line.parts.map((part) => part.text).join('').trimEnd());

describe('line breaking', () => {
  it('fills each line greedily at spaces and never counts the trailing space', () => {
    // 20 characters fit in 100 pt.
    expect(lineTexts(plain('aaaa bbbb cccc dddd eeee ffff'), 100)).toEqual(['aaaa bbbb cccc dddd', 'eeee ffff']);
    const [first] = breakLines(plain('aaaa bbbb cccc dddd eeee'), 100, SIZE, mono);
    expect(first?.width).toBe(19 * 5);
  });

  it('breaks after hyphens and dashes where Unicode allows it', () => {
    expect(lineTexts(plain('well-being support'), 40)).toEqual(['well-', 'being', 'support']);
  });

  it('breaks a word wider than the line between characters, on as many lines as it needs', () => {
    const url = `https://example.gov.uk/${'x'.repeat(80)}`;
    const lines = lineTexts(plain(`see ${url} now`), 100);
    expect(lines.join('').replace(/\s/g, '')).toBe(`see${url}now`);
    for (const line of breakLines(plain(`see ${url} now`), 100, SIZE, mono)) expect(line.width).toBeLessThanOrEqual(100);
    expect(lines.length).toBeGreaterThanOrEqual(6);
  });

  it('still makes progress when not even one character fits', () => {
    const lines = lineTexts(plain('abc'), 1);
    expect(lines).toEqual(['a', 'b', 'c']);
  });

  it('starts a new line at a hard break and keeps styles and links apart', () => {
    const link = { target: { kind: 'uri' as const, href: 'https://example.gov.uk' } };
    const runs: TextRun[] = [{ text: 'one ', style: 'regular' }, { text: 'two', style: 'bold', link }, { text: '\nthree', style: 'regular' }];
    const lines = breakLines(runs, 500, SIZE, mono);
    expect(lines.map((line) => line.parts.map((part) => part.text).join('').trimEnd())).toEqual(['one two', 'three']);
    expect(lines[0]?.parts[1]).toMatchObject({ text: 'two', style: 'bold', link });
  });

  it('reports the widest word and the one-line width for table columns', () => {
    expect(measureRuns(plain('a bbbbbb cc'), SIZE, mono)).toEqual({ minWidth: 30, maxWidth: 55 });
  });

  it('returns no lines for empty text', () => {
    expect(breakLines([], 100, SIZE, mono)).toEqual([]);
  });
});

describe('missing glyphs', () => {
  const latinOnly = (codePoint: number) => codePoint < 0x2000;
  it('replaces each emoji, with its joiners and modifiers, by one visible stand-in', () => {
    expect(coverText('We 💙 you 👍🏽 👩‍👩‍👧!', latinOnly)).toBe(`We ${MISSING_GLYPH_STAND_IN} you ${MISSING_GLYPH_STAND_IN} ${MISSING_GLYPH_STAND_IN}!`);
  });
  it('drops control characters, keeps newlines and turns tabs into spaces', () => {
    expect(coverText('a\u0007b\tc\nd', latinOnly)).toBe('ab c\nd');
  });
});

describe('emoji fallback', () => {
  /**
   * A stand-in for Noto Emoji: a cmap of a few emoji (the joiner maps to a
   * blank glyph, as in the real font) and two composed sequences, shaped
   * longest match first.
   */
  const EMOJI_CMAP = new Map<string, number>([['💬', 10], ['🙂', 11], ['👩', 12], ['👧', 13], ['🎓', 14], ['❤', 15], ['👍', 16], ['🏽', 17], ['©', 18], ['\u200d', 3], ['\ufe0f', 4], ['\ufe0e', 4]]);
  const EMOJI_LIGATURES = new Map<string, number>([['👩\u200d👧', 20], ['❤\ufe0f', 15], ['👍🏽', 16]]);
  const coverage: Coverage = {
    text: (codePoint) => codePoint < 0x2000 && codePoint !== 0x0627,
    // No right-to-left fonts here: Arabic falls through to the emoji font, which lacks it.
    rtl: () => false,
    emojiGlyphs(text) {
      const glyphs: number[] = [];
      let rest = text;
      while (rest !== '') {
        const ligature = [...EMOJI_LIGATURES.keys()].find((sequence) => rest.startsWith(sequence));
        const taken = ligature ?? (Array.from(rest)[0] as string);
        glyphs.push(EMOJI_LIGATURES.get(taken) ?? EMOJI_CMAP.get(taken) ?? 0);
        rest = rest.slice(taken.length);
      }
      return glyphs;
    },
  };
  const chooser = faceChooser(coverage);

  it('keeps emoji the emoji font has, and replaces only what neither font has', () => {
    expect(chooser.cover('We want to be heard 💬🙂 ا 🦄!')).toBe(`We want to be heard 💬🙂 ${MISSING_GLYPH_STAND_IN} ${MISSING_GLYPH_STAND_IN}!`);
  });

  it('keeps a sequence the font composes whole, and drops the joiners of one it cannot', () => {
    expect(chooser.cover('👩\u200d👧 ❤\ufe0f 👍🏽')).toBe('👩\u200d👧 ❤\ufe0f 👍🏽');
    expect(chooser.cover('👩\u200d🎓')).toBe('👩🎓');
    // One part missing from the font: the whole sequence is one stand-in, never a missing-glyph box.
    expect(chooser.cover('👩\u200d🦄 ok')).toBe(`${MISSING_GLYPH_STAND_IN} ok`);
  });

  it('draws a character with the text presentation selector in Noto Sans when it has one', () => {
    expect(chooser.split('©\ufe0e 2025')).toEqual([{ face: 'text', text: '© 2025' }]);
  });

  it('cuts text into runs of one face each, sequences included', () => {
    expect(chooser.split('heard 💬🙂 and 👩\u200d👧.')).toEqual([
      { face: 'text', text: 'heard ' },
      { face: 'emoji', text: '💬🙂' },
      { face: 'text', text: ' and ' },
      { face: 'emoji', text: '👩\u200d👧' },
      { face: 'text', text: '.' },
    ]);
    expect(chooser.split('plain words')).toEqual([{ face: 'text', text: 'plain words' }]);
  });

  it('never cuts a running header inside an emoji sequence', () => {
    // Six characters fit in 30 pt: cut by characters, that would end on the joiner.
    expect(fitText('We 👩\u200d👧 all', 30, SIZE, mono)).toBe('We…');
    expect(fitText('We 👩\u200d👧 all', 35, SIZE, mono)).toBe('We 👩\u200d👧…');
  });

  it('leaves control characters to the text cover, whatever glyph the emoji font gives them', () => {
    expect(chooser.cover('a\tb\u0007 💬\r\nc')).toBe('a b 💬\nc');
  });
});

function context(overrides: Partial<BlockContext> = {}): BlockContext {
  return { x: 0, width: 200, pageHeight: 300, parent: structElement('Document'), measurer: mono, metrics: { ascent: 1, descent: -0.3 }, imageSize: () => null, listDepth: 0, headingColour: { r: 0, g: 0, b: 0 }, ...overrides };
}

const FRAME = { top: 0, bottom: 300 };
const textOf = (page: Page | undefined): string[] =>
  (page?.items ?? []).filter((item): item is TextLineItem => item.kind === 'text').map((item) => item.runs.map((run) => run.parts.join('')).join(''));

describe('pagination', () => {
  it('moves a heading to the next page with the lines that follow it rather than leaving it at the foot', () => {
    const filler = Array.from({ length: 18 }, () => slice(15, []));
    const blocks: Block[] = [
      { kind: 'heading', level: 2, runs: plain('Our priorities'), title: 'Our priorities', anchorId: 7, pageBreakBefore: false, inContents: true },
      { kind: 'paragraph', variant: 'body', runs: plain('word '.repeat(80)) },
    ];
    const slices = [...filler, ...layoutBlocks(blocks, context())];
    const { pages, anchors } = paginate(slices, FRAME);
    expect(textOf(pages[0])).toEqual([]);
    expect(textOf(pages[1])[0]).toBe('Our priorities');
    expect(anchors).toEqual([expect.objectContaining({ anchorId: 7, page: 1, y: 0 })]);
  });

  it('never leaves the last line of a paragraph alone at the top of a page, nor its first alone at the foot', () => {
    const lines = layoutBlocks([{ kind: 'paragraph', variant: 'body', runs: plain('word '.repeat(30 * 4)) }], context());
    expect(lines.length).toBeGreaterThan(4);
    for (let room = 0; room < 20; room += 1) {
      const filler = Array.from({ length: room }, () => slice(15, []));
      const { pages } = paginate([...filler, ...lines], FRAME);
      const counts = pages.map((page) => textOf(page).length).filter((count) => count > 0);
      expect(counts.every((count) => count !== 1 || counts.length === 1)).toBe(true);
    }
  });

  it('starts a main section on a new page and never breaks before the very first slice', () => {
    const slices: Slice[] = [slice(10, [], { pageBreakBefore: true }), slice(10, []), slice(10, [], { pageBreakBefore: true })];
    expect(paginate(slices, FRAME).pages).toHaveLength(2);
  });

  it('places a slice taller than the page instead of looping', () => {
    const { pages } = paginate([slice(10, []), slice(1000, []), slice(10, [])], FRAME);
    expect(pages).toHaveLength(3);
  });
});

const cell = (text: string, header = false): TableCell => ({ header, colspan: 1, paragraphs: [plain(text)] });
/** A table block with even columns: the shares themselves are decided and tested in tableColumns. */
const tableOf = (rows: TableCell[][], headerRow: boolean): TableBlock => {
  const count = Math.max(...rows.map((row) => row.length));
  return { kind: 'table', rows, headerRow, columnShares: new Array<number>(count).fill(1 / count) };
};

describe('tables', () => {
  it('repeats the header row, as an artifact, at the top of every page the table reaches', () => {
    const rows = [[cell('Measure', true), cell('Target', true)], ...Array.from({ length: 60 }, (_, index) => [cell(`Row ${index}`), cell(`${index}%`)])];
    const parent = structElement('Document');
    const { pages } = paginate(layoutBlocks([tableOf(rows, true)], context({ parent })), FRAME);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, index) => {
      const header = page.items.find((item): item is TextLineItem => item.kind === 'text');
      expect(header?.runs[0]?.parts.join('')).toBe('Measure');
      expect(header?.runs[0]?.mark === null).toBe(index > 0);
    });
    const table = parent.kids[0];
    expect(table?.kind === 'element' && table.role).toBe('Table');
    expect(table?.kind === 'element' && table.kids).toHaveLength(61);
  });

  it('sets the shared column widths in points and squeezes a table wider than the page', () => {
    const { widths, scale } = columnWidths({ rows: [[cell('a'), cell('a much longer cell of text that would take a lot of room')]], columnShares: [0.25, 0.75] }, 200, { measurer: mono });
    expect(widths).toEqual([50, 150]);
    expect(scale).toBe(1);
    const wide = Array.from({ length: 12 }, (_, index) => cell(`column${index}heading`));
    const squeezed = columnWidths(tableOf([wide], false), 200, { measurer: mono });
    expect(squeezed.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(200);
    expect(squeezed.scale).toBeLessThan(1);
    const slices = layoutBlocks([tableOf([wide], false)], context());
    for (const item of slices.flatMap((entry) => entry.items)) if (item.kind === 'text') for (const run of item.runs) expect(run.x + run.width).toBeLessThanOrEqual(200.001);
  });

  it('splits a row taller than a page between pages', () => {
    const rows = [[cell('word '.repeat(2000))]];
    const slices = layoutBlocks([tableOf(rows, false)], context());
    expect(slices.length).toBeGreaterThan(1);
    for (const entry of slices) expect(entry.height).toBeLessThanOrEqual(300);
  });

  it('lays out 2,000 rows', () => {
    const rows = Array.from({ length: 2000 }, (_, index) => [cell(`Row ${index}`), cell('text')]);
    const { pages } = paginate(layoutBlocks([tableOf(rows, false)], context()), FRAME);
    expect(pages.length).toBeGreaterThan(50);
  });
});

describe('figures', () => {
  it('centres a picture in its column, as Word centres it, and scales one too wide down to the column', () => {
    const imageItem = (width: number, x: number) =>
      layoutBlocks([{ kind: 'image', src: 'logo', alt: 'Logo' }], context({ x, imageSize: () => ({ width, height: 50 }) }))[0]?.items.find((item) => item.kind === 'image');
    expect(imageItem(100, 40)).toMatchObject({ x: 90, width: 100 });
    expect(imageItem(400, 40)).toMatchObject({ x: 40, width: 200 });
  });
});

describe('lists', () => {
  it('hangs the text after the label and indents nested lists further', () => {
    const blocks: Block[] = [
      {
        kind: 'list',
        ordered: true,
        start: 1,
        items: [[{ kind: 'paragraph', variant: 'body', runs: plain('First') }, { kind: 'list', ordered: false, start: 1, items: [[{ kind: 'paragraph', variant: 'body', runs: plain('Inner') }]] }]],
      },
    ];
    const items = layoutBlocks(blocks, context()).flatMap((entry) => entry.items).filter((item): item is TextLineItem => item.kind === 'text');
    const run = (text: string) => items.flatMap((item) => item.runs).find((candidate) => candidate.parts.join('') === text);
    expect(run('1.')?.x).toBeLessThan(run('First')?.x as number);
    expect(run('Inner')?.x).toBeGreaterThan(run('First')?.x as number);
    expect(run('–')?.x).toBeGreaterThan(run('1.')?.x as number);
  });
});

describe('outline', () => {
  it('nests headings by level, also when a level is skipped', () => {
    const anchor = (anchorId: number, level: 1 | 2 | 3) => ({ anchorId, level, title: `h${anchorId}`, page: 0, y: 0 });
    const tree = outlineTree([anchor(1, 1), anchor(2, 2), anchor(3, 3), anchor(4, 1), anchor(5, 3)]);
    expect(tree.map((node) => node.anchor.anchorId)).toEqual([1, 4]);
    expect(tree[0]?.children[0]?.children[0]?.anchor.anchorId).toBe(3);
    expect(tree[1]?.children[0]?.anchor.anchorId).toBe(5);
  });
});
