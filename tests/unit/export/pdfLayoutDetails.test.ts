import { describe, expect, it } from 'vitest';
import { layoutContents, type ContentsEntry } from '../../../electron/core/export/pdf/contents.js';
import { structElement, type TextMeasurer, type Block, type TextLineItem } from '../../../electron/core/export/pdf/types.js';
import { layoutBlocks } from '../../../electron/core/export/pdf/layout.js';

/** Every character half the font size wide. */
const mono: TextMeasurer = { width: (text, _style, size) => Array.from(text).length * size * 0.5 };
const metrics = { ascent: 1, descent: -0.3 };
const INK = { r: 0, g: 0, b: 0 };

function entries(count: number): ContentsEntry[] {
  return Array.from({ length: count }, (_, index) => ({ anchorId: index, level: index % 3 === 0 ? 1 : 2, title: `Entry ${index + 1}` }));
}

const entriesOn = (page: { items: { kind: string; runs?: { link?: unknown }[] }[] }): number => page.items.filter((item) => item.kind === 'text' && item.runs?.some((run) => run.link !== undefined)).length;

describe('contents pages', () => {
  it('never leaves one or two entries alone on an overflow page', () => {
    // From a count that just fits one page to counts that need a second, whatever the spacing.
    for (let count = 30; count <= 90; count += 1) {
      const pages = layoutContents(entries(count), () => 1, structElement('Document'), mono, metrics, INK).pages;
      if (pages.length === 1) continue;
      const last = pages[pages.length - 1] as (typeof pages)[number];
      expect(entriesOn(last), `${count} entries on ${pages.length} pages`).toBeGreaterThanOrEqual(3);
    }
  });

  it('sets contents a few entries too long for one page a little tighter, on one page', () => {
    let onePage = 0;
    while (layoutContents(entries(onePage + 1), () => 1, structElement('Document'), mono, metrics, INK).pages.length === 1) onePage += 1;
    // The tightening gains room for several entries beyond what the usual spacing holds, and every entry is tagged once.
    const holder = structElement('Document');
    const pagination = layoutContents(entries(onePage), () => 1, holder, mono, metrics, INK);
    expect(pagination.pages).toHaveLength(1);
    expect(entriesOn(pagination.pages[0] as (typeof pagination.pages)[number])).toBe(onePage);
    const toc = holder.kids.find((kid) => kid.kind === 'element' && kid.role === 'TOC');
    expect(toc?.kind === 'element' ? toc.kids.length : 0).toBe(onePage);
    // The usual spacing holds 35 of these entries (a heading of 24 pt and two of 16 pt per three, below a 34 pt title, in 690 pt).
    expect(onePage).toBeGreaterThan(38);
  });
});

describe('list labels', () => {
  it('keeps a two-digit label such as "10." inside the text column', () => {
    const list: Block = { kind: 'list', ordered: true, start: 1, items: Array.from({ length: 12 }, (_, index) => [{ kind: 'paragraph', runs: [{ text: `Item ${index + 1}`, style: 'regular' }], variant: 'body' }]) };
    const x = 62;
    const slices = layoutBlocks([list], { x, width: 400, pageHeight: 700, parent: structElement('Document'), measurer: mono, metrics, imageSize: () => null, listDepth: 0, headingColour: INK });
    const runs = slices.flatMap((item) => item.items).filter((item): item is TextLineItem => item.kind === 'text').flatMap((item) => item.runs);
    const label = runs.find((run) => run.parts.join('') === '10.');
    expect(label).toBeDefined();
    expect(label?.x).toBeGreaterThanOrEqual(x);
    // Every item's text starts at the same indent, right of every label.
    const texts = runs.filter((run) => run.parts.join('').startsWith('Item'));
    expect(new Set(texts.map((run) => run.x)).size).toBe(1);
    for (const run of runs.filter((candidate) => /^\d+\.$/.test(candidate.parts.join('')))) expect(run.x + run.width).toBeLessThan(texts[0]?.x ?? 0);
  });
});
