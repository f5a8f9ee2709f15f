import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../electron/core/export/docx/exportDocx.js';
import { applyImport } from '../../../electron/core/import/applyImport.js';
import { choicesFromProposal } from '../../../electron/core/import/choices.js';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { emptyCover, type Draft, type NodeJSON } from '../../../shared/model/draft.js';
import { shippedTemplate } from '../../fixtures/shippedTemplate.js';

const template = shippedTemplate();
const textSections = template.sections.filter((section) => section.kind === 'text');

const text = (value: string) => [{ type: 'text', text: value }];

/** Every section written, each with a paragraph, a sub-heading, a list with bold and a link. */
function sectionDoc(id: string, index: number): NodeJSON {
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', content: text(`Opening words of the ${id} section, written for the round trip.`) },
      { type: 'heading', attrs: { level: 2 }, content: text(`Theme ${index + 1}`) },
      {
        type: 'bullet_list',
        content: [
          { type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'First point', marks: [{ type: 'strong' }] }] }] },
          { type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'See our site', marks: [{ type: 'link', attrs: { href: 'https://example.org/' } }] }] }] },
        ],
      },
    ],
  };
}

function words(doc: NodeJSON | undefined): string {
  const collect = (node: NodeJSON): string => node.text ?? (node.content ?? []).map(collect).join(' ');
  return doc ? collect(doc).replace(/\s+/g, ' ').trim() : '';
}

describe('round trip through the Word export', () => {
  it('imports an exported strategy into the same sections with the same text', async () => {
    const draft: Draft = {
      id: 'round-trip',
      templateId: template.id,
      title: 'Corporate Parenting Strategy',
      cover: { ...emptyCover(), council: 'Roundtrip Borough Council', title: 'Corporate Parenting Strategy', periodStart: 2024, periodEnd: 2027 },
      coverRevision: 0,
      sections: textSections.map((section, index) => ({ id: section.id, doc: sectionDoc(section.id, index), revision: 0, updatedAt: '2024-04-01T00:00:00.000Z' })),
      createdAt: '2024-04-01T00:00:00.000Z',
      updatedAt: '2024-04-01T00:00:00.000Z',
      trashedAt: null,
    };
    const bytes = await exportDocx({ draft, template, markDraft: false });
    const proposal = await proposeImport({ name: 'exported.docx', bytes }, { template });
    const applied = applyImport(proposal, choicesFromProposal(proposal), { sectionTitles: new Map(textSections.map((section) => [section.id, section.title])) });

    expect(applied.cover).toEqual({ council: 'Roundtrip Borough Council', title: 'Corporate Parenting Strategy', periodStart: 2024, periodEnd: 2027 });
    expect(applied.unsorted).toBeNull();
    expect(applied.sections.map((section) => section.id)).toEqual(textSections.map((section) => section.id));
    for (const section of draft.sections) {
      expect(words(applied.sections.find((candidate) => candidate.id === section.id)?.doc), section.id).toBe(words(section.doc));
    }
  });
});
