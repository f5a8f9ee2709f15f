import { describe, expect, it } from 'vitest';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { hasVisibleContent, unsortedFinding, unsortedPartCount } from '../../../shared/import/unsorted.js';

const p = (text?: string): NodeJSON => (text === undefined ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] });
const h = (text: string, level: number): NodeJSON => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
const doc = (...content: NodeJSON[]): NodeJSON => ({ type: 'doc', content });

describe('the Unsorted pile', () => {
  it('counts a part per outermost heading, plus the text before the first', () => {
    expect(unsortedPartCount(doc(p('Opening words'), h('Thanks', 2), p('To all'), h('Detail', 3), p('More'), h('Notes', 2)))).toBe(3);
    expect(unsortedPartCount(doc(h('Only', 2), p('One part')))).toBe(1);
    expect(unsortedPartCount(doc(p('No headings at all'), p('Still one part')))).toBe(1);
    expect(unsortedPartCount(doc(p(), p('  ')))).toBe(0);
  });

  it('sees text and images as content, empty paragraphs and tables as nothing', () => {
    expect(hasVisibleContent(doc(p(), p(' ')))).toBe(false);
    expect(hasVisibleContent({ type: 'doc', content: [{ type: 'table', content: [{ type: 'table_row', content: [{ type: 'table_cell', content: [p()] }] }] }] })).toBe(false);
    expect(hasVisibleContent(doc({ type: 'paragraph', content: [{ type: 'image', attrs: { src: 'data:image/png;base64,AAAA', alt: 'Logo' } }] }))).toBe(true);
    expect(hasVisibleContent(doc(p('x')))).toBe(true);
  });

  it('reminds the officer while anything is left, and stops once it is sorted', () => {
    const finding = unsortedFinding([{ id: 'introduction', doc: doc(p('Intro')) }, { id: 'unsorted', doc: doc(h('A', 2), p('a'), h('B', 2), p('b')) }]);
    expect(finding).toMatchObject({ severity: 'warning', section: 'unsorted', rule: 'unsorted.remaining' });
    expect(finding?.message).toMatch(/^2 parts of the imported document are still unsorted\./);
    expect(unsortedFinding([{ id: 'unsorted', doc: doc(p()) }])).toBeNull();
    expect(unsortedFinding([{ id: 'introduction', doc: doc(p('Intro')) }])).toBeNull();
  });
});
