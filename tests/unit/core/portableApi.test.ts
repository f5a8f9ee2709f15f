import { describe, expect, it } from 'vitest';
import { parsePortableFile } from '../../../shared/cowriting/portableFile.js';
import { useCore } from './apiHarness.js';
import { paragraphDoc, TEST_TEMPLATE } from './fixtures.js';

const start = useCore();

/** Two libraries, as on two machines: the council officer's and the youth worker's. */
async function twoMachines() {
  const office = start();
  const away = start();
  await office.call('settings.update', { author: 'Officer Kim' });
  await away.call('settings.update', { author: 'Youth Worker Sam' });
  const draft = await office.call('drafts.create', { templateId: TEST_TEMPLATE.id, title: 'Our promise' });
  await office.call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 0, doc: paragraphDoc('We will listen to you.') });
  await office.call('drafts.updateAttribution', { id: draft.id, attribution: { groupName: 'Children in Care Council', contributors: [] } });
  return { office, away, draft };
}

describe('portable files through the API', () => {
  it('exports a whole draft that opens on another machine as the same strategy', async () => {
    const { office, away, draft } = await twoMachines();
    const exported = await office.call('drafts.exportPortable', { id: draft.id });
    expect(exported.fileName).toBe('our-promise.cpsdraft');
    const parsed = parsePortableFile(exported.content);
    expect(parsed.ok && parsed.file).toMatchObject({ scope: 'draft', draftId: draft.id, exportedBy: 'Officer Kim', baseRevisions: { glossary: 1, introduction: 0 } });

    expect(await away.call('drafts.importPortable', { content: exported.content })).toEqual({ kind: 'created', draftId: draft.id });
    const copy = await away.call('drafts.open', { id: draft.id });
    expect(copy.title).toBe('Our promise');
    expect(copy.attribution).toEqual({ groupName: 'Children in Care Council', contributors: [] });
    expect(copy.sections.map((section) => [section.id, section.doc])).toEqual((await office.call('drafts.open', { id: draft.id })).sections.map((section) => [section.id, section.doc]));
    expect((await away.call('drafts.revisions', { id: draft.id })).map((entry) => entry.action)).toEqual(['import']);
  });

  it('brings changes made elsewhere back as suggestions against the current text, keeping both versions', async () => {
    const { office, away, draft } = await twoMachines();
    await away.call('drafts.importPortable', { content: (await office.call('drafts.exportPortable', { id: draft.id })).content });
    await away.call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 0, doc: paragraphDoc('We will always listen to you.') });
    const section = await away.call('drafts.exportPortable', { id: draft.id, sectionId: 'glossary' });
    expect(section.fileName).toBe('our-promise-glossary.cpsdraft');

    // Meanwhile the office changed the same section.
    await office.call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 1, doc: paragraphDoc('We will listen to you and reply.') });
    const before = await office.call('drafts.open', { id: draft.id });
    const outcome = await office.call('drafts.importPortable', { id: draft.id, content: section.content });
    expect(outcome).toEqual({ kind: 'suggestions', draftId: draft.id, sections: [{ sectionId: 'glossary', suggestions: 2, alsoChangedHere: true }], notes: [] });
    expect((await office.call('drafts.open', { id: draft.id })).sections).toEqual(before.sections);

    const suggestions = await office.call('drafts.suggestions', { id: draft.id, sectionId: 'glossary' });
    expect(suggestions.map(({ deleted, inserted, author, status }) => ({ deleted, inserted, author, status }))).toEqual([
      { deleted: '', inserted: 'always ', author: 'Youth Worker Sam', status: 'pending' },
      { deleted: ' and reply', inserted: '', author: 'Youth Worker Sam', status: 'pending' },
    ]);
    expect(suggestions[0]).toMatchObject({ from: 9, to: 9 });

    // Bringing the same file in again adds nothing new.
    expect(await office.call('drafts.importPortable', { content: section.content })).toMatchObject({ sections: [{ sectionId: 'glossary', suggestions: 0 }] });

    const decided = await office.call('drafts.decideSuggestion', { id: draft.id, suggestionId: suggestions[1]?.id ?? '', decision: 'rejected' });
    expect(decided).toMatchObject({ status: 'rejected', decided: { by: 'Officer Kim' } });
    expect(await office.call('drafts.suggestions', { id: draft.id })).toHaveLength(1);
    expect((await office.fail('drafts.decideSuggestion', { id: draft.id, suggestionId: suggestions[1]?.id, decision: 'accepted' })).code).toBe('conflict');
  });

  it('keeps a pending suggestion on its words when the section is edited before it', async () => {
    const { office, draft } = await twoMachines();
    const file = JSON.parse((await office.call('drafts.exportPortable', { id: draft.id, sectionId: 'glossary' })).content) as { sections: { doc: unknown }[] };
    (file.sections[0] as { doc: unknown }).doc = paragraphDoc('We will listen to you carefully.');
    await office.call('drafts.importPortable', { id: draft.id, content: JSON.stringify(file) });
    const edited = paragraphDoc('Our promise.', 'We will listen to you.');
    await office.call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 1, doc: edited });
    const [suggestion] = await office.call('drafts.suggestions', { id: draft.id });
    // The second paragraph's text starts at 15 (after "Our promise." and the paragraph boundary); its full stop is 21 characters in.
    expect(suggestion).toMatchObject({ orphaned: false, inserted: ' carefully', from: 36, to: 36 });
  });

  it('refuses a newer format, a damaged file, a file for another strategy, a lone section of an unknown strategy and an unknown template, changing nothing', async () => {
    const { office, draft } = await twoMachines();
    const other = await office.call('drafts.create', { templateId: TEST_TEMPLATE.id });
    const good = JSON.parse((await office.call('drafts.exportPortable', { id: draft.id })).content) as Record<string, unknown>;
    const sectionFile = JSON.parse((await office.call('drafts.exportPortable', { id: draft.id, sectionId: 'glossary' })).content) as Record<string, unknown>;
    const before = office.libraryState();
    const cases: [unknown, RegExp][] = [
      [{ id: draft.id, content: JSON.stringify({ ...good, formatVersion: 2 }) }, /newer version/],
      [{ id: draft.id, content: JSON.stringify({ ...good, sections: 'none' }) }, /damaged/],
      [{ id: draft.id, content: 'not json at all' }, /not readable JSON/],
      [{ id: other.id, content: JSON.stringify(good) }, /different strategy/],
      [{ content: JSON.stringify({ ...sectionFile, draftId: 'somewhere-else' }) }, /one section of a strategy that is not in this library/],
      [{ content: JSON.stringify({ ...good, draftId: 'somewhere-else', templateId: 'welsh-strategy' }) }, /template "welsh-strategy", which is not installed/],
      [{ content: JSON.stringify({ ...good, draftId: 'somewhere-else', sections: [{ id: 'glossary', doc: { type: 'doc', content: [{ type: 'video' }] }, revision: 0 }], baseRevisions: { glossary: 0 } }) }, /Section "glossary" in the file cannot be used/],
    ];
    for (const [payload, message] of cases) {
      const error = await office.fail('drafts.importPortable', payload);
      expect(error.code, JSON.stringify(payload).slice(0, 80)).toBe('import-failed');
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/Nothing was changed/);
    }
    expect(office.libraryState()).toBe(before);
  });

  it('notes what a file changes that cannot be a text suggestion', async () => {
    const { office, draft } = await twoMachines();
    const file = JSON.parse((await office.call('drafts.exportPortable', { id: draft.id })).content) as { cover: { title: string }; sections: { id: string; doc: unknown }[] };
    file.cover.title = 'Renamed elsewhere';
    const glossary = file.sections.find((section) => section.id === 'glossary') as { doc: unknown };
    glossary.doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We will listen to you.', marks: [{ type: 'strong' }] }] }] };
    const outcome = await office.call('drafts.importPortable', { content: JSON.stringify(file) });
    expect(outcome.kind === 'suggestions' && outcome.notes).toEqual([
      'Only the formatting of section "glossary" differs in the file; formatting changes are not brought in as suggestions.',
      'The title page in the file differs from this one; it was not changed. Compare them and copy any change by hand.',
    ]);
    expect((await office.call('drafts.open', { id: draft.id })).title).toBe('Our promise');
  });
});
