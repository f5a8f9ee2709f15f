import { describe, expect, it } from 'vitest';
import { directedParagraph, mirroredCharacter, visualOrder } from '../../../electron/core/export/pdf/bidi.js';
import type { TextRun } from '../../../electron/core/export/pdf/types.js';
import { drawnPieces } from '../../../electron/core/export/pdf/rightToLeft.js';

/** The paragraph's runs as [text, level] pairs. */
function levels(runs: readonly TextRun[]): { level: number; runs: [string, number][] } {
  const paragraph = directedParagraph(runs);
  return { level: paragraph.level, runs: paragraph.runs.map((run) => [run.text, run.level]) };
}

const plain = (text: string): TextRun => ({ text, style: 'regular' });

describe('bidirectional levels of a paragraph', () => {
  it('leaves English alone', () => {
    const runs = [plain('Thanks to Amara, (123) '), { text: 'all', style: 'bold' } as const];
    expect(levels(runs)).toEqual({ level: 0, runs: [['Thanks to Amara, (123) ', 0], ['all', 0]] });
  });

  it('keeps a list of Arabic names joined by commas as one right-to-left phrase in English', () => {
    expect(levels([plain('Names: محمد, علي و سارة (listed).')])).toEqual({
      level: 0,
      runs: [
        ['Names: ', 0],
        ['محمد, علي و سارة', 1],
        [' (listed).', 0],
      ],
    });
    expect(levels([plain('Names: محمد، علي و سارة.')]).runs[1]).toEqual(['محمد، علي و سارة', 1]);
  });

  it('makes a paragraph that starts with Arabic right-to-left, with English and numbers left to right inside it', () => {
    expect(levels([plain('محمد، علي و سارة')])).toEqual({ level: 1, runs: [['محمد، علي و سارة', 1]] });
    expect(levels([plain('"شكرا" Amara Jones في عام ٢٠٢٤ و 2025.')])).toEqual({
      level: 1,
      runs: [
        ['"شكرا" ', 1],
        ['Amara Jones', 2],
        [' في عام ', 1],
        ['٢٠٢٤', 2],
        [' و ', 1],
        ['2025', 2],
        ['.', 1],
      ],
    });
    // The first strong character decides: an English paragraph that ends in Arabic stays left-to-right.
    expect(levels([plain('123 Amara محمد')]).level).toBe(0);
  });

  it('orders a name across style runs', () => {
    expect(levels([plain('The group عبد '), { text: 'الله', style: 'bold' }, plain(' met.')]).runs).toEqual([
      ['The group ', 0],
      ['عبد ', 1],
      ['الله', 1],
      [' met.', 0],
    ]);
  });

  it('treats an emoji as a neutral character, not as two left-to-right halves', () => {
    expect(levels([plain('مرحبا 😀 يا')]).runs).toEqual([['مرحبا 😀 يا', 1]]);
  });
});

describe('visual order of a line', () => {
  it('reverses right-to-left runs and keeps numbers inside them left to right', () => {
    expect(visualOrder([0, 1, 1, 0])).toEqual([0, 2, 1, 3]);
    expect(visualOrder([1, 2, 1, 2, 1])).toEqual([4, 3, 2, 1, 0]);
    expect(visualOrder([1, 2, 2, 1])).toEqual([3, 1, 2, 0]);
    expect(visualOrder([0, 2, 2, 0])).toEqual([0, 1, 2, 3]);
    expect(visualOrder([])).toEqual([]);
  });
});

describe('pieces as drawn', () => {
  const mirror = (cluster: string): string => mirroredCharacter(cluster);

  it('draws a right-to-left run from its last piece, mirroring brackets and keeping what they stand for', () => {
    const pieces = drawnPieces(
      [
        { face: 'arabic', text: 'محمد' },
        { face: 'text', text: ' (' },
        { face: 'arabic', text: 'علي' },
        { face: 'text', text: ')' },
      ],
      true,
      mirror,
    );
    expect(pieces).toEqual([
      { face: 'text', text: '(', actualText: ')' },
      { face: 'arabic', text: 'علي' },
      { face: 'text', text: ')', actualText: '(' },
      { face: 'text', text: ' ' },
      { face: 'arabic', text: 'محمد' },
    ]);
  });

  it('draws Arabic-Indic digits one by one, left to right, and English whole', () => {
    expect(drawnPieces([{ face: 'arabic', text: '٢٠٢٤' }, { face: 'text', text: ' (x)' }], false, mirror)).toEqual([
      { face: 'arabic', text: '٢' },
      { face: 'arabic', text: '٠' },
      { face: 'arabic', text: '٢' },
      { face: 'arabic', text: '٤' },
      { face: 'text', text: ' (x)' },
    ]);
  });

  it('leaves a bracket alone when the font has no mirror image for it', () => {
    expect(drawnPieces([{ face: 'text', text: '«' }], true, () => '«')).toEqual([{ face: 'text', text: '«' }]);
    expect(mirroredCharacter('«')).toBe('»');
    expect(mirroredCharacter('a')).toBe('a');
  });
});
