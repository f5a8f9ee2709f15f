import { parseHTML } from 'linkedom';
import { DOMParser as ProseMirrorParser, type Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { schema } from '../../../shared/model/schema.js';
import { cleanPastedHtml } from '../../../renderer/editor/paste/cleanPastedHtml.js';
import { convertWordLists } from '../../../renderer/editor/paste/wordLists.js';
import { WORD_LIST_CLIPBOARD, WORD_LIST_ITEMS } from '../../fixtures/wordClipboard.js';

/** What the editor makes of pasted HTML: the cleaned string read by the schema's own parse rules, as a paste is. */
function pasted(html: string): Node {
  const { document } = parseHTML(`<!doctype html><html><body>${cleanPastedHtml(html)}</body></html>`);
  return ProseMirrorParser.fromSchema(schema).parse(document.body as unknown as Parameters<ProseMirrorParser['parse']>[0]);
}

const isList = (node: Node) => node.type.name === 'bullet_list' || node.type.name === 'ordered_list';

/** The document as an outline: top-level blocks by type, list items as "ul: text" indented by nesting, an item's further paragraphs as "+ text". */
function outline(doc: Node): string[] {
  const lines: string[] = [];
  doc.forEach((block) => {
    if (isList(block)) lines.push(...listLines(block, 0));
    else lines.push(`${block.type.name}: ${block.textContent.trim()}`);
  });
  return lines;
}

function listLines(list: Node, depth: number): string[] {
  const kind = list.type.name === 'bullet_list' ? 'ul' : `ol${list.attrs['order'] === 1 ? '' : `@${String(list.attrs['order'])}`}`;
  const indent = '  '.repeat(depth);
  const lines: string[] = [];
  list.forEach((item) => {
    item.forEach((part, _offset, index) => {
      if (isList(part)) lines.push(...listLines(part, depth + 1));
      else lines.push(`${indent}${index === 0 ? `${kind}:` : '+'} ${part.textContent.trim()}`);
    });
  });
  return lines;
}

describe('pasting lists from Word', () => {
  it('turns Word 365 list paragraphs into nested bullet and numbered lists, without the typed-out markers', () => {
    expect(outline(pasted(WORD_LIST_CLIPBOARD))).toEqual([
      'heading: What we will do',
      'paragraph: Our promises for the next three years:',
      'ul: Every child in care has a say in their plan',
      '  ul: Reviews are held where the child chooses',
      '    ul: including at school or at home',
      '    ul: with an advocate if they want one',
      '    + The advocacy service is independent of the council.',
      '  ul: Plans are written in plain words',
      'ul: Care leavers keep a named worker until 25',
      'paragraph: How we will check:',
      'ol@3: Count the reviews the child attended',
      '  ol: in person',
      '  ol: by video call',
      'ol@3: Ask care leavers every year',
      'ul: Sent from Outlook as a single item',
    ]);
  });

  it('keeps every item and its formatting, and leaves no bullet characters or indent spaces behind', () => {
    const doc = pasted(WORD_LIST_CLIPBOARD);
    const text = doc.textBetween(0, doc.content.size, '\n');
    for (const item of WORD_LIST_ITEMS) expect(text).toContain(item);
    expect(text).not.toMatch(/[·§\u00a0]|^o\s|^\d\.\s|2\.1/m);
    let boldText = '';
    doc.descendants((node) => {
      if (node.isText && node.marks.some((mark) => mark.type.name === 'strong')) boldText += node.text;
    });
    expect(boldText).toBe('where the child chooses');
  });

  it('makes a list of consecutive items only: anything between items ends the list', () => {
    const item = (text: string) => `<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span><![endif]>${text}</p>`;
    const html = `${item('One')}\n${item('Two')}<p class=MsoNormal>Between</p>${item('Three')}`;
    expect(convertWordLists(html)).toBe('<ul><li><p>One</p></li><li><p>Two</p></li></ul><p class=MsoNormal>Between</p><ul><li><p>Three</p></li></ul>');
  });

  it('reads the marker from the mso-list:Ignore span when the conditional comments are missing, nested spans and all', () => {
    const html = `<p style="mso-list:l3 level1 lfo5"><span style="mso-list:Ignore"><span>ii)</span><span>&nbsp;&nbsp;</span></span>Second <i>reason</i></p>`;
    expect(convertWordLists(html)).toBe('<ol start="2"><li><p>Second <i>reason</i></p></li></ol>');
  });

  it('reads multi-level numbers such as "2.1" and "2.1.3." as numbered items, starting where the paste starts', () => {
    const item = (level: number, marker: string, text: string) =>
      `<p class=MsoListParagraphCxSpMiddle style='mso-list:l4 level${level} lfo6'><![if !supportLists]><span style='mso-list:Ignore'>${marker}<span>&nbsp;&nbsp;</span></span><![endif]>${text}</p>\n`;
    const html = item(1, '2.', 'Governance') + item(2, '2.1', 'The board') + item(2, '2.2', 'Its members') + item(3, '2.2.3.', 'Chair');
    expect(convertWordLists(html)).toBe(
      '<ol start="2"><li><p>Governance</p><ol><li><p>The board</p></li><li><p>Its members</p><ol start="3"><li><p>Chair</p></li></ol></li></ol></li></ol>\n',
    );
  });

  it('leaves HTML without Word lists exactly as it was, including real lists and text that only mentions mso-list', () => {
    const html = '<ul><li>Already a list</li></ul><p>We wrote mso-list:l0 level1 lfo1 in the text</p>';
    expect(convertWordLists(html)).toBe(html);
  });

  it('keeps the text of an item whose paragraph is never closed (a truncated clipboard)', () => {
    const html = `<p class=MsoNormal>Before</p><p style='mso-list:l0 level1 lfo1'><![if !supportLists]>·<![endif]>Cut off here`;
    expect(pasted(html).textContent).toContain('Cut off here');
  });

  it('does not let an Outlook comment swallow the text up to a later conditional block', () => {
    const html = `<p><!--[if !supportLists]-->Kept one<!--[endif]--></p><p>Kept two</p><!--[if gte mso 9]><xml>gone</xml><![endif]-->`;
    const cleaned = cleanPastedHtml(html);
    expect(cleaned).toContain('Kept one');
    expect(cleaned).toContain('Kept two');
    expect(cleaned).not.toContain('gone');
  });

  it('converts a five-megabyte paste of list items with every item kept', () => {
    const one = WORD_LIST_CLIPBOARD.slice(WORD_LIST_CLIPBOARD.indexOf('<!--StartFragment-->'), WORD_LIST_CLIPBOARD.indexOf('<!--EndFragment-->'));
    const copies = Math.ceil((5 * 1024 * 1024) / one.length);
    const cleaned = cleanPastedHtml(one.repeat(copies));
    expect(cleaned.match(/<li>/g)?.length).toBe(copies * WORD_LIST_ITEMS.length);
    expect(cleaned.match(/<\/li>/g)?.length).toBe(copies * WORD_LIST_ITEMS.length);
  });
});
