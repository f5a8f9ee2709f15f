import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { buildSectionContext } from '../../../shared/completeness/sectionContext.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { plainText } from '../../../shared/model/plainText.js';

/**
 * A line break inside a paragraph (an address, a line kept from an import)
 * separates the words either side wherever the text is read: a search, a
 * rule or an excerpt must never see "care" and "had" as "carehad".
 */

const broken: NodeJSON = {
  type: 'paragraph',
  content: [{ type: 'text', text: 'Young people in care' }, { type: 'hard_break' }, { type: 'text', text: 'had their say.' }],
};

function editorDoc(json: NodeJSON): Node {
  const parsed = docFromJSON(json);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.doc;
}

describe('a hard break read as text', () => {
  const doc = editorDoc({ type: 'doc', content: [broken] });

  it('is a line end in textContent and in textBetween without a leaf text of its own', () => {
    expect(doc.textContent).toBe('Young people in care\nhad their say.');
    expect(doc.textBetween(0, doc.content.size, ' ')).toBe('Young people in care\nhad their say.');
    expect(plainText(doc)).toBe('Young people in care\nhad their say.');
  });

  it('separates the words of a numbered item the checker reads as its title', () => {
    const list = editorDoc({ type: 'doc', content: [{ type: 'ordered_list', attrs: { order: 1 }, content: [{ type: 'list_item', content: [broken] }] }] });
    const [item] = buildSectionContext('pledge', list).orderedLists[0] ?? [];
    expect(item?.title).toBe('Young people in care\nhad their say.');
    expect(item?.title).not.toMatch(/carehad/);
  });
});
