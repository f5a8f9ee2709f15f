import { describe, expect, it } from 'vitest';
import { Node } from 'prosemirror-model';
import { schema } from '../../../shared/model/schema.js';
import { formatCoverDate, formatPeriod } from '../../../electron/core/export/coverText.js';
import { headingBookmark } from '../../../electron/core/export/sectionPlan.js';
import { decodeImageBytes, decodeImageDataUrl, displaySize } from '../../../electron/core/export/imageData.js';
import { TEXT_WIDTH_TWIPS, columnWidths } from '../../../electron/core/export/docx/tables.js';
import { printableText } from '../../../electron/core/export/printableText.js';
import { printBlocks } from '../../../electron/core/export/printModel.js';
import { table } from '../../fixtures/docBuilders.js';
import { dataUrl, solidPng } from '../../fixtures/images.js';

describe('bookmarks', () => {
  it('makes bookmark names Word accepts', () => {
    expect(headingBookmark('foreword-young-people')).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
    expect(headingBookmark('a'.repeat(80))).toHaveLength(40);
  });
});

describe('images', () => {
  it('reads the size of a PNG and refuses bytes that only claim to be one', () => {
    expect(decodeImageDataUrl(dataUrl('image/png', solidPng(30, 20)))).toMatchObject({ format: 'png', width: 30, height: 20 });
    expect(decodeImageDataUrl(dataUrl('image/png', new TextEncoder().encode('hello')))).toBeNull();
    expect(decodeImageDataUrl('data:text/html;base64,PGI+')).toBeNull();
  });

  it('reads the size of a GIF and of a JPEG from its frame header', () => {
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x01, 0xc8, 0x00, 0, 0]);
    expect(decodeImageBytes(gif)).toMatchObject({ format: 'gif', width: 320, height: 200 });
    // SOI, an APP0 segment of 16 bytes, then SOF0 with height 480 and width 640.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...new Array<number>(14).fill(0), 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(decodeImageBytes(jpeg)).toMatchObject({ format: 'jpg', width: 640, height: 480 });
    expect(decodeImageBytes(jpeg.subarray(0, 8))).toBeNull();
  });

  it('scales large images down to the text width, keeping their shape', () => {
    expect(displaySize({ width: 1200, height: 600 })).toEqual({ width: 600, height: 300 });
    expect(displaySize({ width: 100, height: 50 })).toEqual({ width: 100, height: 50 });
  });
});

describe('table column widths', () => {
  const widths = (header: string[], rows: string[][]) => {
    const [block] = printBlocks(Node.fromJSON(schema, { type: 'doc', content: [table('plain', header, rows)] }), new Set());
    if (block?.kind !== 'table') throw new Error('expected a table');
    return columnWidths(block);
  };

  it('fill the text width and give prose columns more room than short ones', () => {
    const result = widths(['Term', 'Meaning'], [['EET', 'In education, employment or training, which is what we measure for every care leaver']]);
    expect(result.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(TEXT_WIDTH_TWIPS);
    expect(result.reduce((sum, width) => sum + width, 0)).toBeGreaterThan(TEXT_WIDTH_TWIPS - result.length);
    expect(result[1]).toBeGreaterThan((result[0] ?? 0) * 3);
  });

  it('keep a short column wide enough for its longest word', () => {
    const [first] = widths(['Organisation', 'Notes'], [['Northshire', 'x '.repeat(200)]]);
    expect(first).toBeGreaterThan(12 * 100);
  });
});

describe('cover text', () => {
  it('formats dates and periods the British way', () => {
    expect(formatCoverDate('2025-03-07')).toBe('7 March 2025');
    expect(formatPeriod(2025, 2028)).toBe('2025 to 2028');
    expect(formatPeriod(2025, null)).toBe('From 2025');
    expect(formatPeriod(null, null)).toBe('');
  });
});

describe('text for XML', () => {
  it('removes control characters and lone surrogates but keeps emoji and scripts', () => {
    expect(printableText('a\u0000b\u001Fc\tok\n')).toBe('abc\tok\n');
    expect(printableText('😀 \uD83D x \uDE00 مرحبا')).toBe('😀  x  مرحبا');
  });
});
