import { describe, expect, it } from 'vitest';
import type { ImportPart, ImportProposal } from '../../../shared/import/types.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { useCore } from '../core/apiHarness.js';

/**
 * applyImport trusts its blocks and the draft store checks every section it
 * writes: a proposal sent back by the review screen (outside data) with
 * blocks the strategy format does not allow is still refused, naming the
 * section, and nothing is written.
 */

const paragraph = (text: string): NodeJSON => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function part(index: number, heading: string, section: string, blocks: NodeJSON[]): ImportPart {
  return { index, heading: { text: heading, level: 1 }, parentIndex: null, blocks, preview: '', section, confidence: 0.9, followsParent: false };
}

/** Shapes zod lets through (any type name, any nesting) that the schema refuses. */
const MISFITS: [string, NodeJSON][] = [
  ['a node type the schema does not have', { type: 'marquee', content: [{ type: 'text', text: 'Hello' }] }],
  ['a list item outside a list', { type: 'list_item', content: [paragraph('Stray item.')] }],
  ['a paragraph inside a paragraph', { type: 'paragraph', content: [paragraph('Nested.')] }],
  ['a mark the schema does not have', { type: 'paragraph', content: [{ type: 'text', text: 'Blink', marks: [{ type: 'blink' }] }] }],
];

function proposalWith(misfit: NodeJSON): ImportProposal {
  return {
    fileName: 'last-year.md',
    format: 'markdown',
    cover: { council: 'Old Council', title: 'Old title', periodStart: 2021, periodEnd: 2024 },
    parts: [part(0, 'Introduction', 'introduction', [paragraph('Fine text.')]), part(1, 'How we measured it', 'measures', [paragraph('Before.'), misfit])],
    messages: [],
  };
}

describe('applying an import whose blocks do not fit the strategy format', () => {
  const setup = useCore();

  it.each(MISFITS)('refuses a new draft with %s, naming the section, and writes nothing', async (_, misfit) => {
    const { fail, libraryState } = setup();
    const before = libraryState();
    const error = await fail('import.apply', { templateId: 'test-strategy', proposal: proposalWith(misfit), choices: { sections: ['introduction', 'measures'] } });
    expect(error.code).toBe('import-failed');
    expect(error.message).toContain('Measures of success');
    expect(error.message).toContain('nothing was imported');
    expect(libraryState()).toBe(before);
  });

  it.each(MISFITS)('refuses bringing %s into an open draft, and writes nothing', async (_, misfit) => {
    const { call, fail, libraryState } = setup();
    const draft = await call('drafts.create', { templateId: 'test-strategy', title: 'Ours' });
    const before = libraryState();
    const sections = ['introduction', 'measures'].map((sectionId) => ({ sectionId, merge: 'append' as const, baseRevision: 0 }));
    const error = await fail('import.applyToDraft', { id: draft.id, proposal: proposalWith(misfit), choices: { sections: ['introduction', 'measures'] }, sections });
    expect(error.code).toBe('import-failed');
    expect(error.message).toContain('Measures of success');
    expect(libraryState()).toBe(before);
    expect(JSON.stringify((await call('drafts.open', { id: draft.id })).sections)).not.toContain('Fine text.');
  });
});
