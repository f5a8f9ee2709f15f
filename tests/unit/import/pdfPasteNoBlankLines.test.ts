import { describe, expect, it } from 'vitest';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { nodeText } from '../../../electron/core/import/readers/inlineText.js';
import { readPlainText } from '../../../electron/core/import/readers/readPlainText.js';
import { shippedTemplate } from '../../fixtures/shippedTemplate.js';

/**
 * Text copied out of a PDF where nothing but the page breaks is blank: the
 * paragraphs wrapped at the page's width, a table pasted a cell to a line,
 * short sub-headings ("Your home", "Quorum") standing between bullets and
 * prose. Written for this test; no council's text.
 */

const WRAPPED =
  'The council and its partners will act as good parents to every child in their care and to';
const page = (number: number, lines: readonly string[]) => ['', 'RESTRICTED', `Page ${number} of 3`, 'Tregarrow Council | Promises to Our Children', ...lines];

const pasted = [
  'Tregarrow Council',
  'Promises to Our Children 2026 to 2029',
  ...page(1, [
    '1. Our promise',
    '1.1 This promise was written with the children in care council of Tregarrow and agreed by the',
    'Corporate Parenting Board in May. It is addressed to every child we care for and every care',
    'leaver we stay in touch with.',
    'Where you live',
    '• We will find you a home near the people you love, and keep you there for as long as it is',
    '  right for you.',
    '• We will ask you before anything about your home changes.',
    'Your school',
    '• We will make sure your school knows how to help you without singling you out in front of',
    '  your friends.',
  ]),
  ...page(2, [
    '2. How many children we look after',
    `2.1 ${WRAPPED}`,
    'every care leaver. At the end of March we looked after 310 children, fewer than the year',
    'before, and we were in touch with 260 care leavers who had left our care after turning sixteen.',
    'Homes at the end of March',
    'Number',
    'Per cent',
    'Foster carers',
    '190',
    '61%',
    'Children’s homes',
    '40',
    '13%',
    '2.2 Most of the children who live in children’s homes live within twenty miles of their family.',
  ]),
  ...page(3, [
    'Appendix 1 Terms of reference of the Board',
    'Members',
    '• The Lead Member for Children, who chairs the Board and votes on every decision it takes at',
    '  its meetings',
    'Quorum',
    'Three members who vote, one of them the chair.',
  ]),
].join('\n');

const read = readPlainText(pasted);
const headings = read.blocks.flatMap((block) => (block.kind === 'heading' ? [block.heading.text] : []));
const texts = read.blocks.flatMap((block) => (block.kind === 'content' ? [nodeText(block.node)] : []));

describe('text pasted out of a PDF with no blank lines between paragraphs', () => {
  it('finds the short sub-headings standing between bullets and prose', () => {
    expect(headings).toEqual(['1. Our promise', 'Where you live', 'Your school', '2. How many children we look after', 'Appendix 1 Terms of reference of the Board', 'Members', 'Quorum']);
  });

  it('joins a numbered paragraph wrapped over three lines, so it is not read as a heading', () => {
    expect(texts.some((text) => text.startsWith('1.1 This promise was written') && text.includes('every care leaver we stay in touch with.'))).toBe(true);
  });

  it('keeps a table pasted a cell to a line together as text, its title and cells never headings', () => {
    const table = texts.find((text) => text.includes('Homes at the end of March'));
    expect(table).toBeDefined();
    expect(table).toContain('Per cent');
    expect(table).toContain('13%');
    expect(headings).not.toContain('Number');
  });

  it('keeps a wrapped bullet’s indented last words with it', () => {
    expect(texts.some((text) => text.includes('votes on every decision it takes at its meetings'))).toBe(true);
  });
});

describe('a table pasted as text whose lines read as headings', () => {
  const source = [
    'Tregarrow Council',
    '',
    '1. How we will know',
    '',
    'The board will look at these figures at every meeting and ask why any has not moved.',
    '',
    'Table 4: What we will count',
    '',
    'Indicator Now (2025-26) Aim (2028-29) Where from',
    '',
    'Care leavers in a job or on a course 48% 60% SSDA903',
    '',
    'Children living within 20 miles of home 70% 80% SSDA903',
    '',
    '2. Our ambitions for 2026 to 2029',
    '',
    'We want more children to live close to home.',
    '',
    'Getting 90% of care leavers into a settled home',
    '',
    'We will build six flats with support on site.',
  ].join('\n');

  it('keeps the caption, the header row and the rows as text, not empty chapters', async () => {
    const proposal = await proposeImport({ name: 'strategy.txt', bytes: new TextEncoder().encode(source) }, { template: shippedTemplate() });
    const headingTexts = proposal.parts.flatMap((part) => (part.heading ? [part.heading.text] : []));
    expect(headingTexts).not.toContain('Table 4: What we will count');
    expect(headingTexts.some((heading) => heading.startsWith('Indicator Now') || heading.startsWith('Care leavers in a job'))).toBe(false);
    expect(proposal.parts.find((part) => part.heading?.text === '1. How we will know')?.preview).toContain('Table 4: What we will count');
  });

  it('still reads a heading with one figure, or the strategy’s years, as a heading', async () => {
    const proposal = await proposeImport({ name: 'strategy.txt', bytes: new TextEncoder().encode(source) }, { template: shippedTemplate() });
    const headingTexts = proposal.parts.flatMap((part) => (part.heading ? [part.heading.text] : []));
    expect(headingTexts).toContain('2. Our ambitions for 2026 to 2029');
    expect(headingTexts).toContain('Getting 90% of care leavers into a settled home');
  });
});
