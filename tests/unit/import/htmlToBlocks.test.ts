import { DOMParser } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../electron/core/import/readers/htmlToBlocks.js';
import { parseHtmlTree } from '../../../electron/core/import/readers/htmlTree.js';
import { treeToNodes } from '../../../electron/core/import/readers/treeToNodes.js';
import { schema } from '../../../shared/model/schema.js';
import { mammothCases, markdownCases, randomCases } from './htmlCases.js';
import expected from './htmlToBlocks.expected.json';

/**
 * The blocks step reads mammoth's HTML into a small tree and applies the
 * schema's parse rules to it directly. Its blocks must be those the full DOM
 * (linkedom) and ProseMirror's own DOM parser gave: `htmlToBlocks.expected.json`
 * was written by that path before it was replaced, and ProseMirror's parser
 * stays the second reader for the rules themselves.
 */

describe('htmlToBlocks', () => {
  // A Word fixture added after the old path was gone has no stored blocks; ProseMirror's parser below still reads it.
  it('reads every Word fixture and the shapes mammoth writes into the same blocks as before', async () => {
    const stored = expected as Record<string, { styledHeadings: unknown; boldHeadings: unknown }>;
    const cases = (await mammothCases()).filter((entry) => entry.name in stored);
    expect(cases.map((entry) => entry.name)).toEqual(Object.keys(stored));
    for (const { name, html, listNumbers } of cases) {
      expect(htmlToBlocks(html, { boldHeadings: false, listNumbers }), name).toEqual(stored[name]?.styledHeadings);
      expect(htmlToBlocks(html, { boldHeadings: true, listNumbers }), `${name}, bold headings`).toEqual(stored[name]?.boldHeadings);
    }
  });

  it('applies the parse rules exactly as ProseMirror’s DOM parser does, on fixtures and on random trees', async () => {
    const parser = DOMParser.fromSchema(schema);
    const cases = [...(await mammothCases()), ...markdownCases(), ...randomCases(20261207, 600)];
    for (const { name, html } of cases) {
      const ours = treeToNodes(parseHtmlTree(html).root);
      const theirs = parser.parse(parseHtmlTree(html).root as unknown as Parameters<typeof parser.parse>[0]).content.toJSON() as unknown;
      expect(ours, `${name}: ${html}`).toEqual(theirs);
    }
  });

  it('pairs ordered lists with the numbers Word shows, so an interrupted list keeps counting', () => {
    const html = '<ol><li>First</li><li>Second</li></ol><p>Between</p><ol><li>Third</li></ol>';
    const listNumbers = [
      { text: 'First', number: 1 },
      { text: 'Second', number: 2 },
      { text: 'Third', number: 3 },
    ];
    const lists = htmlToBlocks(html, { boldHeadings: false, listNumbers }).blocks.filter((block) => block.kind === 'content' && block.node.type === 'ordered_list');
    expect(lists.map((block) => (block.kind === 'content' ? block.node.attrs?.['order'] : null))).toEqual([1, 3]);
  });
});

describe('parseHtmlTree on HTML that is not well-formed', () => {
  const text = (html: string) => htmlToBlocks(html, { boldHeadings: false }).blocks.map((block) => JSON.stringify(block));

  it('closes tags left open, skips close tags without an open one, and keeps a stray "<" as text', () => {
    expect(text('<p>one <strong>two')).toEqual(text('<p>one <strong>two</strong></p>'));
    expect(text('</td><p>kept</p></li>')).toEqual(text('<p>kept</p>'));
    expect(text('<p>a < b <3</p>')).toEqual([JSON.stringify({ kind: 'content', node: { type: 'paragraph', content: [{ type: 'text', text: 'a < b <3' }] } })]);
    expect(text('<p>before<!-- never closed')).toEqual(text('<p>before</p>'));
    expect(text('<p title="never closed>lost')).toEqual([]);
  });

  it('decodes the entities mammoth writes and numeric ones, and leaves unknown ones as written', () => {
    const { root } = parseHtmlTree('<p>&amp; &lt; &gt; &quot; &#163; &#x20AC; &bogus; &#0; &#xD800;</p>');
    expect(root.textContent).toBe('& < > " £ € &bogus; \ufffd \ufffd');
  });

  it('reads nesting far deeper than any document without overflowing the stack, and a huge paragraph whole', () => {
    const depth = 200_000;
    const { root } = parseHtmlTree(`${'<span>'.repeat(depth)}deep${'</span>'.repeat(depth)}`);
    expect(root.textContent).toBe('deep');
    const words = 'care '.repeat(400_000);
    const [block] = htmlToBlocks(`<p>${words}</p>`, { boldHeadings: false }).blocks;
    expect(block?.kind === 'content' ? block.node.content?.[0]?.text?.length : 0).toBe(words.length - 1);
  });
});
