import { describe, expect, it } from 'vitest';
import type { ImportPart, ImportProposal } from '../../../shared/import/types.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { useCore } from '../core/apiHarness.js';
import { paragraphDoc } from '../core/fixtures.js';

const paragraph = (text: string): NodeJSON => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function part(index: number, heading: string, section: string, text: string): ImportPart {
  return { index, heading: { text: heading, level: 1 }, parentIndex: null, blocks: [paragraph(text)], preview: text, section, confidence: 0.9, followsParent: false };
}

const proposal: ImportProposal = {
  fileName: 'last-year.md',
  format: 'markdown',
  cover: { council: 'Old Council', title: 'Old title', periodStart: 2021, periodEnd: 2024 },
  parts: [
    part(0, 'Introduction', 'introduction', 'Imported introduction.'),
    part(1, 'Words we use', 'glossary', 'Imported glossary.'),
    part(2, 'How we measured it', 'measures', 'Imported measures.'),
    part(3, 'Odds and ends', 'unsorted', 'Imported leftovers.'),
  ],
  messages: [],
};
const choices = { sections: proposal.parts.map((each) => each.section) };

const texts = (doc: NodeJSON | null | undefined): string[] => (doc?.content ?? []).map((block) => (block.content ?? []).map((inline) => inline.text ?? '').join(''));

describe('import.applyToDraft', () => {
  const setup = useCore();

  async function draftWithGlossary() {
    const { call, fail, libraryState } = setup();
    const draft = await call('drafts.create', { templateId: 'test-strategy', title: 'Ours' });
    const saved = await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 0, doc: paragraphDoc('Our own glossary.') });
    return { call, fail, libraryState, draft, glossaryRevision: saved.revision };
  }

  it('replaces, adds after or keeps each section as the officer chose, leaves the rest and the title page alone, and adds to the Unsorted pile', async () => {
    const { call, draft, glossaryRevision } = await draftWithGlossary();
    const outcome = await call('import.applyToDraft', {
      id: draft.id,
      proposal,
      choices,
      sections: [
        { sectionId: 'introduction', merge: 'replace', baseRevision: 0 },
        { sectionId: 'glossary', merge: 'append', baseRevision: glossaryRevision },
        { sectionId: 'measures', merge: 'keep', baseRevision: 0 },
        { sectionId: 'unsorted', merge: 'append', baseRevision: 0 },
      ],
    });
    expect(outcome.replaced).toEqual(['introduction']);
    expect(outcome.appended).toEqual(['glossary', 'unsorted']);
    expect(outcome.kept).toEqual(['measures']);
    expect(outcome.reviewReset).toEqual([]);

    const section = (id: string) => outcome.draft.sections.find((each) => each.id === id);
    expect(texts(section('introduction')?.doc)).toEqual(['Imported introduction.']);
    expect(texts(section('glossary')?.doc)).toEqual(['Our own glossary.', 'Words we use', 'Imported glossary.']);
    expect(section('measures')?.doc).toEqual(draft.sections.find((each) => each.id === 'measures')?.doc);
    expect(section('measures')?.revision).toBe(0);
    expect(texts(section('unsorted')?.doc)).toEqual(['Odds and ends', 'Imported leftovers.']);
    expect(outcome.draft.cover).toEqual(draft.cover);
  });

  it('keeps every replaced text in the history, where the import is shown as an import and can be undone', async () => {
    const { call, draft } = await draftWithGlossary();
    const starter = draft.sections.find((each) => each.id === 'introduction')?.doc;
    await call('import.applyToDraft', { id: draft.id, proposal, choices, sections: decisions('replace', 0, 1) });

    const log = await call('drafts.revisions', { id: draft.id, sectionId: 'introduction' });
    expect(log.map((entry) => entry.action)).toEqual(['import-section', 'before-import']);
    const [imported, before] = log as [(typeof log)[number], (typeof log)[number]];
    expect(texts((await call('drafts.revision', { id: draft.id, revisionId: imported.id })).doc)).toEqual(['Imported introduction.']);
    expect((await call('drafts.revision', { id: draft.id, revisionId: before.id })).doc).toEqual(starter);

    // Text saved before the import is already in the log and is not logged twice.
    const glossaryLog = await call('drafts.revisions', { id: draft.id, sectionId: 'glossary' });
    expect(glossaryLog.map((entry) => entry.action)).toEqual(['import-section', 'section']);
    expect(texts((await call('drafts.revision', { id: draft.id, revisionId: glossaryLog[1]?.id ?? 0 })).doc)).toEqual(['Our own glossary.']);

    const opened = await call('drafts.open', { id: draft.id });
    const introduction = opened.sections.find((each) => each.id === 'introduction');
    await call('drafts.restoreRevision', { id: draft.id, sectionId: 'introduction', revisionId: before.id, baseRevision: introduction?.revision ?? -1 });
    expect((await call('drafts.open', { id: draft.id })).sections.find((each) => each.id === 'introduction')?.doc).toEqual(starter);
  });

  it('sends an approved section whose text the import changed back to review, and says so', async () => {
    const { call, draft, glossaryRevision } = await draftWithGlossary();
    await call('settings.update', { author: 'Officer Kim' });
    await call('drafts.setSectionState', { id: draft.id, sectionId: 'glossary', state: 'ready-for-review' });
    // Four-eyes review is on in a new library: someone else approves.
    await call('settings.update', { author: 'Manager Lee' });
    await call('drafts.setSectionState', { id: draft.id, sectionId: 'glossary', state: 'approved' });
    const outcome = await call('import.applyToDraft', { id: draft.id, proposal, choices, sections: decisions('keep', 0, glossaryRevision).map((each) => (each.sectionId === 'glossary' ? { ...each, merge: 'append' as const } : each)) });
    expect(outcome.reviewReset).toEqual(['glossary']);
    expect(outcome.draft.sections.find((each) => each.id === 'glossary')?.signOff?.state).not.toBe('approved');
  });

  it('imports nothing when a chosen section changed since the officer’s base revision', async () => {
    const { fail, libraryState, draft } = await draftWithGlossary();
    const before = libraryState();
    const error = await fail('import.applyToDraft', { id: draft.id, proposal, choices, sections: decisions('replace', 0, 0) });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('“Glossary” was changed');
    expect(error.message).toContain('nothing was imported');
    expect(libraryState()).toBe(before);
  });

  it('refuses, writing nothing, when a section that receives parts has no decision or every one is kept', async () => {
    const { fail, libraryState, draft } = await draftWithGlossary();
    const before = libraryState();
    const missing = await fail('import.applyToDraft', { id: draft.id, proposal, choices, sections: decisions('replace', 0, 1).filter((each) => each.sectionId !== 'measures') });
    expect(missing.code).toBe('invalid-request');
    expect(missing.message).toContain('“Measures of success”');
    const allKept = await fail('import.applyToDraft', { id: draft.id, proposal, choices, sections: decisions('keep', 0, 1) });
    expect(allKept.message).toMatch(/nothing to import/);
    expect(libraryState()).toBe(before);
  });

  it('refuses a draft in the trash and a request whose choices do not match the proposal', async () => {
    const { call, fail, draft } = await draftWithGlossary();
    const short = await fail('import.applyToDraft', { id: draft.id, proposal, choices: { sections: ['introduction'] }, sections: decisions('replace', 0, 1) });
    expect(short.code).toBe('invalid-request');
    await call('drafts.trash', { id: draft.id });
    expect((await fail('import.applyToDraft', { id: draft.id, proposal, choices, sections: decisions('replace', 0, 1) })).code).toBe('conflict');
  });
});

/** The same decision for every section the proposal fills, with the glossary's base revision given separately. */
function decisions(merge: 'replace' | 'append' | 'keep', baseRevision: number, glossaryRevision: number) {
  return ['introduction', 'glossary', 'measures', 'unsorted'].map((sectionId) => ({ sectionId, merge, baseRevision: sectionId === 'glossary' ? glossaryRevision : baseRevision }));
}
