import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../electron/core/import/readers/htmlToBlocks.js';
import { readDocx } from '../../../electron/core/import/readers/readDocx.js';
import { wordListNumbers } from '../../../electron/core/import/readers/wordListNumbers.js';
import { squashSpaces } from '../../../electron/core/import/readers/whiteSpace.js';
import { wordCount } from '../../../electron/core/import/readers/headingText.js';
import { nodeText } from '../../../electron/core/import/readers/inlineText.js';

/**
 * The readers on documents of many parts, without timing anything: every
 * step reads the document once, so a long one comes out whole and in order,
 * and each shortcut taken for speed (a text left as it is, paragraphs found
 * by their markers) gives what the plain reading gave.
 */

const NUMBERED = { reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] };

describe('a Word document of many parts', () => {
  it('reads every heading, paragraph and numbered item in order, with lists numbered across the whole document', async () => {
    const parts = 600;
    const children: Paragraph[] = [];
    for (let part = 0; part < parts; part += 1) {
      children.push(new Paragraph({ heading: part % 3 === 0 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(`Theme number ${part}`)] }));
      children.push(new Paragraph({ children: [new TextRun(`What we will do about theme ${part}, said in a sentence.`)] }));
      children.push(new Paragraph({ numbering: { reference: 'steps', level: 0, instance: 1 }, children: [new TextRun(`Step for theme ${part}`)] }));
    }
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ numbering: { config: [NUMBERED] }, sections: [{ children }] })));
    const { blocks } = await readDocx(bytes);
    expect(blocks).toHaveLength(parts * 3);
    blocks.forEach((block, index) => {
      const part = Math.floor(index / 3);
      if (index % 3 === 0) expect(block).toEqual({ kind: 'heading', heading: { text: `Theme number ${part}`, level: part % 3 === 0 ? 1 : 2 } });
      else if (index % 3 === 1) expect(block.kind === 'content' && nodeText(block.node)).toBe(`What we will do about theme ${part}, said in a sentence.`);
      // One Word list running through the document: each item carries on from the last, however many paragraphs come between.
      else expect(block.kind === 'content' && block.node.attrs?.['order']).toBe(part + 1);
    });
  });
});

/** The pattern the list numbering used to find paragraphs with: each `<w:p …>` to the first `</w:p>` after it. */
function paragraphsByPattern(xml: string): string[] {
  return Array.from(xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g), ([paragraph]) => paragraph).filter((paragraph) => paragraph.includes('<w:numPr>'));
}

const item = (text: string, numId = 1) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const plain = (text: string) => `<w:p w:rsidR="00AB"><w:r><w:t>${text}</w:t></w:r></w:p>`;
const numbering = '<w:numbering><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

describe('numbered paragraphs found by their markers', () => {
  const numbersOf = (body: string) => wordListNumbers({ text: (name) => (name === 'word/document.xml' ? `<w:document><w:body>${body}</w:body></w:document>` : numbering) });

  it('are the paragraphs the old pattern found, among thousands of plain ones', () => {
    const body = Array.from({ length: 3000 }, (_, index) => (index % 100 === 7 ? item(`Step ${index}`) : plain(`Text ${index}`))).join('');
    expect(numbersOf(body)).toEqual(Array.from({ length: 30 }, (_, index) => ({ text: `Step ${index * 100 + 7}`, number: index + 1 })));
    expect(paragraphsByPattern(body)).toHaveLength(30);
  });

  it('end where the old pattern ended them: at the first close, even inside a text box, and not at a <w:pPr>', () => {
    const boxed = `<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Outer</w:t></w:r><w:txbxContent>${plain('Inner')}</w:txbxContent><w:r><w:t>tail</w:t></w:r></w:p>`;
    const body = [plain('Before'), boxed, item('Second'), '<w:numPr><w:numId w:val="1"/></w:numPr>', item('Third'), '<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>never closed</w:t></w:r>'].join('');
    // The text box's own paragraph closes the outer one early, so its words are the outer item's; the stray list properties between paragraphs and the unclosed paragraph count for nothing.
    expect(numbersOf(body)).toEqual([
      { text: 'OuterInner', number: 1 },
      { text: 'Second', number: 2 },
      { text: 'Third', number: 3 },
    ]);
    expect(paragraphsByPattern(body)).toHaveLength(3);
  });
});

describe('the white space shortcuts', () => {
  const texts = ['', ' ', 'one', 'one two', ' one', 'one ', 'one  two', 'one\ttwo', 'one\u00a0two', 'one\n', '\u2003', 'a b c d', 'x\u200by', 'x \u3000y'];

  it('squash and count words as the regular expressions do, for texts that need it and texts that do not', () => {
    for (const text of texts) {
      expect(squashSpaces(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' ').trim());
      expect(wordCount(text), JSON.stringify(text)).toBe(text.match(/\S+/g)?.length ?? 0);
    }
  });

  it('collapse HTML white space only where there is a run to collapse, keeping single spaces and the wider white space as written', () => {
    const read = (html: string) => htmlToBlocks(html, { boldHeadings: false }).blocks.map((block) => (block.kind === 'content' ? nodeText(block.node) : ''));
    expect(read('<p>one two</p><p>one  two</p><p>one\n\ttwo </p><p>no\u00a0break\u2003em</p>')).toEqual(['one two', 'one two', 'one two', 'no\u00a0break\u2003em']);
  });
});
