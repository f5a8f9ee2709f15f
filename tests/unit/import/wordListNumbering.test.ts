import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { readDocx } from '../../../electron/core/import/readers/readDocx.js';
import { openDocx } from '../../../electron/core/import/readers/docxArchive.js';
import { wordListNumbers } from '../../../electron/core/import/readers/wordListNumbers.js';

const LEVELS = [
  { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
  { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.START },
];

/** One Word list per `instance`; `start` gives the list's own first number. */
const item = (text: string, instance = 1, level = 0, reference = 'steps') => new Paragraph({ numbering: { reference, level, instance }, children: text === '' ? [] : [new TextRun(text)] });
const body = (text: string) => new Paragraph({ children: [new TextRun(text)] });

async function docx(children: Paragraph[]): Promise<Uint8Array> {
  const document = new Document({
    numbering: {
      config: [
        { reference: 'steps', levels: LEVELS },
        { reference: 'from-seven', levels: [{ ...(LEVELS[0] as (typeof LEVELS)[number]), start: 7 }] },
      ],
    },
    sections: [{ children: [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('What we will do')] }), ...children] }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

async function orderedLists(bytes: Uint8Array): Promise<{ order: unknown; items: number }[]> {
  const { blocks } = await readDocx(bytes);
  return blocks.flatMap((block) => (block.kind === 'content' && block.node.type === 'ordered_list' ? [{ order: block.node.attrs?.['order'], items: (block.node.content ?? []).length }] : []));
}

describe('numbered lists from Word keep counting', () => {
  it('continues a list that a paragraph interrupts, as Word shows it', async () => {
    const lists = await orderedLists(await docx([item('Meet every young person'), item('Write the plan together'), body('A note between the steps.'), item('Review it each term'), item('Share it with the board')]));
    expect(lists).toEqual([
      { order: 1, items: 2 },
      { order: 3, items: 2 },
    ]);
  });

  it('does not count an empty item, which the import leaves out', async () => {
    const lists = await orderedLists(await docx([item('First step'), item(''), item('Second step'), body('Between.'), item('Third step')]));
    expect(lists).toEqual([
      { order: 1, items: 2 },
      { order: 3, items: 1 },
    ]);
  });

  it('starts again at 1 for a separate Word list, and at the start a list sets', async () => {
    const lists = await orderedLists(await docx([item('Alpha step'), item('Beta step'), body('Between.'), item('A new list', 2), body('Between again.'), item('Seventh', 1, 0, 'from-seven')]));
    expect(lists).toEqual([
      { order: 1, items: 2 },
      { order: 1, items: 1 },
      { order: 7, items: 1 },
    ]);
  });

  it('counts each level on its own and restarts a sub-level under each new item', async () => {
    const numbers = wordListNumbers(openDocx(await docx([item('Top one'), item('Sub one', 1, 1), item('Sub two', 1, 1), item('Top two'), item('Sub again', 1, 1)])));
    expect(numbers).toEqual([
      { text: 'Top one', number: 1 },
      { text: 'Sub one', number: 1 },
      { text: 'Sub two', number: 2 },
      { text: 'Top two', number: 2 },
      { text: 'Sub again', number: 1 },
    ]);
  });

  it('keeps the words of every item while renumbering', async () => {
    const { blocks } = await readDocx(await docx([item('Keep <these> & words'), body('Between.'), item('And “these” too')]));
    const text = (node: NodeJSON): string => (node.text ?? '') + (node.content ?? []).map(text).join('');
    const lists = blocks.flatMap((block) => (block.kind === 'content' && block.node.type === 'ordered_list' ? [block.node] : []));
    expect(lists.map(text)).toEqual(['Keep <these> & words', 'And “these” too']);
    expect(lists[1]?.attrs?.['order']).toBe(2);
  });
});
