import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NodeJSON } from '../../../shared/model/draft.js';
import type { SourceBlock } from '../../../shared/import/types.js';
import { headingShape } from '../../../electron/core/import/readers/headingText.js';
import { nodeText } from '../../../electron/core/import/readers/inlineText.js';
import { unwrapParagraph, withoutPageFurniture, wrapWidth } from '../../../electron/core/import/readers/pdfLayout.js';
import { readMarkdown } from '../../../electron/core/import/readers/readMarkdown.js';
import { readPlainText } from '../../../electron/core/import/readers/readPlainText.js';
import { textTableRows } from '../../../electron/core/import/readers/textTable.js';

/**
 * A strategy copied out of a PDF into a text file (pdfPasted.txt, written for
 * these tests): lines wrapped at about 88 characters, a marking and page
 * number at the foot of every page, the title at the head of every page
 * after the first, form feeds, a contents page, numbered paragraphs, a
 * sentence cut by a page end, a hyphen at a line end, wrapped bullets, a
 * young person's poem and an address.
 */

const pasted = readFileSync(new URL('./pdfPasted.txt', import.meta.url), 'utf8');
const read = readPlainText(pasted);
const headings = read.blocks.flatMap((block) => (block.kind === 'heading' ? [block.heading.text] : []));
const texts = read.blocks.flatMap((block) => (block.kind === 'content' ? [nodeText(block.node)] : []));
const allText = [...headings, ...texts].join('\n');

function contentWith(words: string): NodeJSON {
  const found = read.blocks.find((block): block is Extract<SourceBlock, { kind: 'content' }> => block.kind === 'content' && nodeText(block.node).includes(words));
  if (!found) throw new Error(`no block with "${words}"`);
  return found.node;
}

const hardBreaks = (node: NodeJSON): number => (node.type === 'hard_break' ? 1 : 0) + (node.content ?? []).reduce((sum, child) => sum + hardBreaks(child), 0);

describe('text pasted out of a PDF', () => {
  it('leaves out the running header, the marking and page number at each foot, and the form feeds', () => {
    expect(allText).not.toMatch(/OFFICIAL|Page \d of 4|\f/);
    expect(allText).not.toContain('Thornvale Council – Promises to Our Children in Care');
    expect(read.notes.some((note) => /headers, footers/.test(note))).toBe(true);
  });

  it('keeps a line met once, even one that looks like the running header', () => {
    // On the title page and in the address at the end.
    expect(allText.match(/^Thornvale Council$/gm)).toHaveLength(2);
    expect(allText).toContain('Corporate Parenting Strategy 2026 to 2029');
  });

  it('joins wrapped lines into one paragraph with spaces, and a hyphen at a line end without one', () => {
    const intro = contentWith('Every councillor');
    expect(hardBreaks(intro)).toBe(0);
    expect(nodeText(intro)).toContain('parenting the children the council looks after.');
    expect(nodeText(contentWith('Children in Care Council, which'))).toContain('Their care-experienced members');
  });

  it('puts back together a sentence cut by the end of a page', () => {
    expect(nodeText(contentWith('In addition to the law'))).toContain('care planning, and the leaving care team will check');
  });

  it('reads a numbered paragraph as a paragraph that keeps its number, and short numbered lines as headings', () => {
    expect(headings.filter((heading) => /^\d/.test(heading))).toEqual(['1. Introduction', '2. What the law asks of us', '3. Our promises', '4. Measuring progress']);
    expect(texts.some((text) => text.startsWith('2.1 The main legislation that sets out our duties as corporate parents is the Children and Social Work Act 2017'))).toBe(true);
    expect(texts.some((text) => text.startsWith('2.2 Our local offer'))).toBe(true);
  });

  it('leaves out the contents page', () => {
    expect(allText).not.toMatch(/\.{5,}/);
    expect(read.notes.some((note) => /contents page/.test(note))).toBe(true);
  });

  it('makes wrapped bullets one item each', () => {
    const list = read.blocks.find((block) => block.kind === 'content' && block.node.type === 'bullet_list');
    expect(list?.kind === 'content' ? (list.node.content ?? []).map(nodeText) : []).toEqual([
      'make sure every young person has a worker who knows them well and who stays with them for as long as possible',
      'celebrate achievements at school, at work and in the community, however small they might seem',
      'keep brothers and sisters together wherever it is safe to do so',
    ]);
  });

  it('makes rows of cells set out in columns a table, its first row heading the columns', () => {
    const table = contentWith('Homes within twenty miles');
    expect(table.type).toBe('table');
    expect((table.content ?? []).map((row) => (row.content ?? []).map(nodeText))).toEqual([
      ['Measure', 'Last year', 'Target'],
      ['Care leavers in education or work', '52%', '65%'],
      ['Homes within twenty miles', '71%', '80%'],
      ['Reviews chaired with the child', '40%', '75%'],
    ]);
    expect(table.content?.[0]?.content?.[0]?.type).toBe('table_header');
  });

  it('keeps the line breaks of a poem and an address, where every line is short', () => {
    expect(hardBreaks(contentWith('I moved three times'))).toBe(3);
    expect(hardBreaks(contentWith('Civic Centre'))).toBe(3);
  });
});

describe('page furniture', () => {
  it('takes a number alone on its line as a page number only when such numbers count up through the text', () => {
    const paged = ['Our aims', '', 'First page text.', '', '1', 'Second page text.', '', '2', 'Third page text.', '', '3', 'Last page text.'];
    expect(withoutPageFurniture(paged).lines.filter((line) => /^\d$/.test(line))).toEqual([]);
    const figures = ['Children in care', '', '42', '', 'Care leavers', '', '17', '', 'Placements', '', '30'];
    expect(withoutPageFurniture(figures).lines).toEqual(figures);
  });

  it('keeps a line repeated in the text but not at page boundaries', () => {
    const lines = ['We will:', 'listen.', '', 'We will:', 'act.', '', 'We will:', 'report back.'];
    expect(withoutPageFurniture(lines)).toEqual({ lines, removed: 0 });
  });
});

describe('wrapped lines', () => {
  it('joins nothing in text typed one paragraph to a line', () => {
    const typed = [['A long paragraph typed on one line as a word processor saves it, however long it runs on the page.'], ['Lincoln House', 'High Street'], ['Another long paragraph typed on a single line.']];
    const width = wrapWidth(typed);
    expect(width).toBeNull();
    expect(unwrapParagraph(['Lincoln House', 'High Street'], width)).toEqual([['Lincoln House', 'High Street']]);
  });

  it('ends a paragraph at a full line that ends a sentence, and at a short line, in wrapped prose', () => {
    const line = (words: string) => words.padEnd(80, ' x').slice(0, 80);
    const block = [line('One paragraph starts'), 'and ends here.', line('The next paragraph starts'), 'and ends too.'];
    expect(unwrapParagraph(block, 80).map((group) => group.length)).toEqual([1, 1]);
    expect(unwrapParagraph([line('Wrapped'), 'here.', `${line('Full')}.`, 'New sentence.'], 80)).toEqual([[`${line('Wrapped').trimEnd()} here.`], [`${line('Full')}.`], ['New sentence.']]);
  });
});

describe('a numbered line', () => {
  it('is a heading when short and titled, not when it is a sentence cut at its line end or carrying on after a full stop', () => {
    expect(headingShape('4.1 Keeping in touch with family')).toEqual({ level: 2, kind: 'numbered' });
    expect(headingShape('5. Who we are')).toEqual({ level: 1, kind: 'numbered' });
    expect(headingShape('4.1 The main duties that we have are set out by the')).toBeNull();
    expect(headingShape('4.1 Our duties come from statute. The main Act is')).toBeNull();
    expect(headingShape('4.2 Health. Every child has a health plan')).toBeNull();
  });
});

describe('columns of text', () => {
  it('are a table when tabs keep the cells apart, or the columns line up at their start or end', () => {
    expect(textTableRows(['Measure\tNow\tTarget', 'Stability\t70%\t80%'])).toEqual([['Measure', 'Now', 'Target'], ['Stability', '70%', '80%']]);
    expect(textTableRows(['Year       Children', '2024             204', '2025              96'])).toEqual([['Year', 'Children'], ['2024', '204'], ['2025', '96']]);
  });

  it('are not a table when the gaps do not line up, as with two spaces after a full stop, or a row has another number of cells', () => {
    expect(textTableRows(['We met in May.  It went well.', 'The Board agreed the plan in full.  Officers will report.'])).toBeNull();
    expect(textTableRows(['Measure    Now    Target', 'Stability    70%'])).toBeNull();
    expect(textTableRows(['Measure    Now'])).toBeNull();
  });
});

describe('Markdown pasted out of a PDF', () => {
  it('loses its page headers and footers too, and keeps its wrapped lines as one paragraph', () => {
    const read = readMarkdown(pasted.replace('1. Introduction\n', '## Introduction\n'));
    const text = read.blocks.map((block) => (block.kind === 'heading' ? block.heading.text : nodeText(block.node))).join('\n');
    expect(text).not.toMatch(/OFFICIAL|Page \d of 4|Council – Promises/);
    expect(text).toContain('parenting the children the council looks after.');
    expect(read.blocks.some((block) => block.kind === 'heading' && block.heading.text === 'Introduction')).toBe(true);
  });
});

describe('headings with no blank line around them', () => {
  const copied = [
    'Farrowdale Borough Council',
    'Looking After Our Children 2026–2029',
    '',
    'Contents',
    '1. Welcome 2',
    '2. What we found 3',
    '3. Keeping our promises 4',
    'Appendix A Who sits on the Board 6',
    '',
    '1. Welcome',
    'We are glad to share this plan with the children we look after and with everyone who',
    'works for them.',
    '2. What we found',
    'Children told us that too many workers changed, and that they wanted to stay close to school.',
    '1. Welcome',
    'is also what the young people called their first session, which began with food.',
    '3. Keeping our promises',
    'Each promise has a lead and a date, and the Board checks them every quarter.',
    'Appendix A Who sits on the Board',
    'The lead member chairs the Board; two councillors and two young people sit on it.',
  ].join('\n');
  const copiedRead = readPlainText(copied);
  const copiedHeadings = copiedRead.blocks.flatMap((block) => (block.kind === 'heading' ? [block.heading.text] : []));

  it('finds each heading the contents page promises, page numbers after a single space and all', () => {
    expect(copiedHeadings).toEqual(['1. Welcome', '2. What we found', '3. Keeping our promises', 'Appendix A Who sits on the Board']);
  });

  it('takes a line as a heading only once, so a later line that repeats an entry stays in the text', () => {
    const texts = copiedRead.blocks.flatMap((block) => (block.kind === 'content' ? [nodeText(block.node)] : []));
    expect(texts.some((text) => text.includes('1. Welcome'))).toBe(true);
  });

  it('leaves a paragraph whole when there is no contents page to say where headings are', () => {
    const withoutContents = readPlainText(copied.split('\n').slice(10).join('\n'));
    expect(withoutContents.blocks.filter((block) => block.kind === 'heading').length).toBeLessThan(4);
  });
});
