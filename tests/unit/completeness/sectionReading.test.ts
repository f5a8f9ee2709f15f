import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { countSyllables, readabilityOfSection } from '../../../shared/completeness/index.js';
import { buildSectionContext, type SectionContext } from '../../../shared/completeness/sectionContext.js';
import { countWords, sentenceSpans } from '../../../shared/completeness/text.js';
import { acceptedView } from '../../../shared/cowriting/suggestMode.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { doc, h, ol, p, table, ul, type Block } from './fixtures/build.js';

/**
 * A section is read in one hand-written walk for speed. These tests hold it
 * to what ProseMirror's own `descendants` and `textBetween` give, on
 * documents with every kind of node the rules read: hard breaks, images,
 * marks, nested lists, tables and open suggestions.
 */

function editorDoc(json: NodeJSON): Node {
  const parsed = docFromJSON(json);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.doc;
}

/** The section as ProseMirror's own traversal reads it. */
function readByProseMirror(node: Node): Pick<SectionContext, 'blocks' | 'tables' | 'orderedLists' | 'text'> {
  const blocks: SectionContext['blocks'] = [];
  const tables: SectionContext['tables'] = [];
  const orderedLists: SectionContext['orderedLists'] = [];
  let headingIndex: number | null = null;
  node.forEach((child, offset) => {
    if (child.type.name !== 'ordered_list') return;
    const first = Number(child.attrs['order'] ?? 1);
    const items: SectionContext['orderedLists'][number] = [];
    child.forEach((item, itemOffset) => {
      const itemPos = offset + 1 + itemOffset;
      items.push({ number: first + items.length, title: item.firstChild?.textContent ?? '', text: item.textBetween(0, item.content.size, '\n', ' '), from: itemPos + 1, to: itemPos + item.nodeSize - 1 });
    });
    orderedLists.push(items);
  });
  node.descendants((child, pos, parent) => {
    if (child.type.name === 'table') {
      const rows = [] as SectionContext['tables'][number]['rows'];
      child.forEach((row, rowOffset) => {
        const cells: SectionContext['tables'][number]['rows'][number] = [];
        row.forEach((cell, cellOffset) => {
          const cellPos = pos + 1 + rowOffset + 1 + cellOffset;
          cells.push({ text: cell.textBetween(0, cell.content.size, ' ', ' ').trim(), from: cellPos + 1, to: cellPos + cell.nodeSize - 1 });
        });
        rows.push(cells);
      });
      tables.push({ kind: child.attrs['kind'] as SectionContext['tables'][number]['kind'], rows, location: { from: pos, to: pos + child.nodeSize } });
      return true;
    }
    if (!child.isTextblock) return true;
    const text = child.textBetween(0, child.content.size, undefined, (leaf) => (leaf.type.name === 'hard_break' ? '\n' : ' '));
    const kind = child.type.name === 'heading' ? 'heading' : parent?.type.name === 'list_item' ? 'list-item' : parent?.type.spec.tableRole ? 'cell' : 'paragraph';
    blocks.push({ text, from: pos + 1, kind, headingIndex });
    if (kind === 'heading') headingIndex = blocks.length - 1;
    return false;
  });
  return { blocks, tables, orderedLists, text: blocks.map((block) => block.text).join('\n') };
}

const suggestion = { id: 's1', author: 'Officer Ola', at: '2026-03-12T10:00:00.000Z' };
const image: Block = { type: 'image', attrs: { src: 'data:image/png;base64,AAAA', alt: 'A drawing' } };
const richParagraph: Block = {
  type: 'paragraph',
  content: [
    { type: 'text', text: 'We will ' },
    { type: 'text', text: 'always', marks: [{ type: 'strong' }] },
    { type: 'hard_break' },
    { type: 'text', text: 'listen to you.', marks: [{ type: 'link', attrs: { href: 'https://www.example.gov.uk/' } }] },
  ],
};
const withSuggestion: Block = {
  type: 'paragraph',
  content: [
    { type: 'text', text: 'We had 204 ' },
    { type: 'text', text: 'looked after ', marks: [{ type: 'deletion', attrs: suggestion }] },
    { type: 'text', text: 'children in care ', marks: [{ type: 'insertion', attrs: suggestion }] },
    { type: 'text', text: 'at 31 March 2024.' },
  ],
};

const documents: Record<string, NodeJSON> = {
  empty: doc(),
  'headings and paragraphs': doc(h('Our promise'), p('First line.'), richParagraph, h('Next', 3), p('')),
  'nested lists with images': doc(
    ol('Be safe at home.', [p('Go to a good school.'), image, ul('A tutor when you need one.', [p('Help with exams.'), ol('Revision club.')])], [richParagraph]),
    ul([p('A bullet'), image]),
    image,
    { type: 'ordered_list', attrs: { order: 4 }, content: [{ type: 'list_item', content: [p('Fourth.'), p('And more.')] }] },
  ),
  tables: doc(
    p('Before the table.'),
    table('measures', [
      ['Measure', 'Baseline', 'Target'],
      ['Care leavers in work', '48%', '60%'],
      ['', '  spaced  ', 'x'],
    ]),
    table('plain', [['Only a header']]),
    p('After.'),
  ),
  'open suggestions': doc(h('Local context'), withSuggestion, ol([withSuggestion]), table('plain', [['Figure'], ['See below']])),
};

describe('reading a section', () => {
  for (const [name, json] of Object.entries(documents)) {
    it(`reads ${name} as ProseMirror's traversal does`, () => {
      const edited = editorDoc(json);
      const context = buildSectionContext('introduction', edited);
      const expected = readByProseMirror(acceptedView(edited));
      expect(context.blocks).toEqual(expected.blocks);
      expect(context.tables).toEqual(expected.tables);
      expect(context.orderedLists).toEqual(expected.orderedLists);
      expect(context.text).toBe(expected.text);
      expect(context.blockOffsets).toEqual(expected.blocks.map((_, index) => expected.blocks.slice(0, index).reduce((sum, block) => sum + block.text.length + 1, 0)));
      const sentences = expected.blocks.flatMap((block, blockIndex) =>
        sentenceSpans(block.text).map((span) => ({ from: block.from + span.start, to: block.from + span.end, text: block.text.slice(span.start, span.end), blockIndex })),
      );
      expect(context.sentences).toEqual(sentences);
    });
  }

  it('reads a section with open suggestions as if they were accepted, with the way back to the editor', () => {
    const edited = editorDoc(documents['open suggestions'] as NodeJSON);
    const context = buildSectionContext('local-context', edited);
    expect(context.doc).not.toBe(edited);
    expect(context.toEdited).not.toBeNull();
    expect(context.text).toContain('We had 204 children in care at 31 March 2024.');
  });

  it('keeps the editor document itself when there is nothing to accept', () => {
    const edited = editorDoc(documents['headings and paragraphs'] as NodeJSON);
    const context = buildSectionContext('introduction', edited);
    expect(context.doc).toBe(edited);
    expect(context.toEdited).toBeNull();
  });
});

describe('measures computed once', () => {
  it('gives the same readability on every call, each its own copy', () => {
    const context = buildSectionContext('foreword-young-people', editorDoc(doc(p('We are the Children in Care Council. We wrote this with our workers. It says what matters to us and what we want to change.'), p('Thank you for reading it.'))));
    const first = readabilityOfSection(context, 12);
    first.longestSentences.splice(0, 1);
    const second = readabilityOfSection(context, 12);
    expect(second.longestSentences).toHaveLength(3);
    expect(readabilityOfSection(context)).toEqual({ ...second, ceiling: undefined });
    expect(readabilityOfSection(context)).not.toHaveProperty('ceiling');
  });

  it('counts a word\'s syllables the same however often it is asked, also past the memo\'s limit', () => {
    const words = ['table', 'makes', 'wanted', 'boxes', 'Independent', 'looked', 'café', '2024', 'yesterday'];
    const first = words.map(countSyllables);
    for (let index = 0; index < 25_000; index += 1) countSyllables(`word${index}ing`);
    expect(words.map(countSyllables)).toEqual(first);
    expect(first).toEqual([2, 1, 2, 2, 4, 1, 2, 1, 3]);
  });

  it('counts words as matching the word pattern all at once does', () => {
    const samples = ['', '   ', 'One.', "Children's services — well-being, 24/7; café’s 3rd x", 'a-b-c -d e- ’f', 'ÉCOLE naïve 東京 ١٢٣'];
    for (const sample of samples) expect(countWords(sample), sample).toBe(sample.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0);
  });
});
