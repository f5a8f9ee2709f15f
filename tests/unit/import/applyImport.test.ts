import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors.js';
import { applyImport } from '../../../electron/core/import/applyImport.js';
import type { ImportPart, ImportProposal } from '../../../shared/import/types.js';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function part(index: number, heading: string | null, level: number, parentIndex: number | null, text: string): ImportPart {
  return {
    index,
    heading: heading === null ? null : { text: heading, level },
    parentIndex,
    blocks: [paragraph(text)],
    preview: text,
    section: 'unsorted',
    confidence: 0,
    followsParent: false,
  };
}

const proposal: ImportProposal = {
  fileName: 'old.docx',
  format: 'docx',
  cover: { council: 'Testshire County Council', title: 'Corporate Parenting Strategy', periodStart: 2020, periodEnd: 2023 },
  parts: [
    part(0, null, 0, null, 'Title page'),
    part(1, '2. Our Vision', 1, null, 'Vision text'),
    part(2, 'Values', 2, 1, 'Values text'),
    part(3, 'Detail', 3, 2, 'Detail text'),
    part(4, '3. Priorities', 1, null, 'Priority text'),
    part(5, '4. More about our vision', 1, null, 'More vision'),
  ],
  messages: [],
};

describe('applyImport', () => {
  it('joins parts chosen for one section in document order, keeping their headings at levels 2 and 3 without the old numbers', () => {
    const applied = applyImport(proposal, { sections: ['unsorted', 'vision', 'vision', 'vision', 'priorities', 'vision'] });
    const vision = applied.sections.find((section) => section.id === 'vision')?.doc;
    expect(vision?.content?.map((node) => [node.type, node.attrs?.['level'] ?? null, node.content?.[0]?.text])).toEqual([
      ['heading', 2, 'Our Vision'],
      ['paragraph', null, 'Vision text'],
      ['heading', 3, 'Values'],
      ['paragraph', null, 'Values text'],
      ['heading', 3, 'Detail'],
      ['paragraph', null, 'Detail text'],
      ['heading', 2, 'More about our vision'],
      ['paragraph', null, 'More vision'],
    ]);
    expect(applied.sections.map((section) => section.id)).toEqual(['vision', 'priorities']);
    expect(applied.unsorted?.content).toEqual([paragraph('Title page')]);
    expect(applied.cover).toEqual(proposal.cover);
  });

  it('drops a heading that only repeats the section title, so a round trip does not double it', () => {
    const applied = applyImport(proposal, { sections: ['unsorted', 'vision', 'vision', 'vision', 'priorities', 'vision'] }, { sectionTitles: new Map([['vision', 'Our vision']]) });
    const vision = applied.sections.find((section) => section.id === 'vision')?.doc.content ?? [];
    expect(vision[0]).toEqual(paragraph('Vision text'));
    expect(vision[1]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Values' }] });
  });

  it('moves a sub-heading moved to another section up to level 2 there', () => {
    const applied = applyImport(proposal, { sections: ['unsorted', 'vision', 'pledge', 'pledge', 'priorities', 'vision'] });
    const pledge = applied.sections.find((section) => section.id === 'pledge')?.doc.content ?? [];
    expect(pledge.filter((node) => node.type === 'heading').map((node) => node.attrs?.['level'])).toEqual([2, 3]);
    expect(applied.unsorted).not.toBeNull();
  });

  it('takes the old numbering and labels off kept headings, whatever their shape, and keeps words that only look like numbers', () => {
    const headings = ['6.0 The local picture', '3.2 Our promise to you', '3.1.2. Health checks', 'Section 4: Listening to children', 'Part 2 – Leaving care', 'Appendix B - Useful contacts', '7) Housing', '5 ways we will help', 'Section 10 of the Children Act 2004', 'Appendix C', '2025 and beyond'];
    const parts = headings.map((heading, index) => part(index, heading, 1, null, `Text ${index}`));
    const applied = applyImport({ ...proposal, parts }, { sections: headings.map(() => 'vision') }, { sectionTitles: new Map([['vision', 'Our vision']]) });
    const kept = (applied.sections[0]?.doc.content ?? []).filter((node) => node.type === 'heading').map((node) => node.content?.[0]?.text);
    expect(kept).toEqual(['The local picture', 'Our promise to you', 'Health checks', 'Listening to children', 'Leaving care', 'Useful contacts', 'Housing', '5 ways we will help', 'Section 10 of the Children Act 2004', 'Appendix C', '2025 and beyond']);
  });

  it('keeps an appendix label the text refers to, even on a heading that repeats the section title', () => {
    const parts = [part(0, 'Introduction', 1, null, 'Our hopes are set out in Appendix 3.'), part(1, 'Appendix 3 – Our vision', 1, null, 'Vision text'), part(2, 'Appendix 4 – Contacts', 1, null, 'Phone us')];
    const applied = applyImport({ ...proposal, parts }, { sections: ['introduction', 'vision', 'vision'] }, { sectionTitles: new Map([['vision', 'Our vision']]) });
    const vision = applied.sections.find((section) => section.id === 'vision')?.doc.content ?? [];
    expect(vision.filter((node) => node.type === 'heading').map((node) => node.content?.[0]?.text)).toEqual(['Appendix 3 – Our vision', 'Contacts']);
  });

  it('drops a numbered or labelled heading that only repeats the section title', () => {
    const parts = [part(0, 'Section 4: Our Vision', 1, null, 'Vision text'), part(1, '4.0 Our vision', 1, null, 'More')];
    const applied = applyImport({ ...proposal, parts }, { sections: ['vision', 'vision'] }, { sectionTitles: new Map([['vision', 'Our vision']]) });
    expect((applied.sections[0]?.doc.content ?? []).some((node) => node.type === 'heading')).toBe(false);
  });

  it('refuses choices that do not match the parts', () => {
    expect(() => applyImport(proposal, { sections: ['vision'] })).toThrow(ApiFailure);
    expect(() => applyImport(proposal, { sections: ['unsorted', 'Not An Id', 'vision', 'vision', 'vision', 'vision'] })).toThrow(/not a section id/);
  });
});
