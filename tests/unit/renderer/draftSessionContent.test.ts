import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../shared/api/client.js';
import type { DraftSectionInput } from '../../../shared/completeness/index.js';
import { emptyCover, type Draft, type DraftSection, type NodeJSON } from '../../../shared/model/draft.js';
import { sessionCheckSource } from '../../../renderer/completeness/sessionCheckSource.js';
import type { Template, TemplateSection } from '../../../shared/template/template.js';
import { DraftSession } from '../../../renderer/draft/draftSession.js';
import { coverToFormValues } from '../../../renderer/draft/coverForm.js';
import { UNSORTED_SECTION } from '../../../renderer/draft/unsortedSection.js';
import { EMPTY_PACK_PARTS } from '../../fixtures/packParts.js';

const guidance = { summary: 's', include: ['i'], goodLooksLike: ['g'], questions: ['q?'] };
const section = (id: string, kind: 'cover' | 'text' = 'text'): TemplateSection => ({ id, title: id.toUpperCase(), status: 'required', kind, appendix: false, roles: [], guidance });
const template: Template = { id: 'england', name: 'England', description: 'd', nation: 'England', version: 1, ...EMPTY_PACK_PARTS, sections: [section('cover', 'cover'), section('vision'), section('pledge')] };
const stored = (id: string, text: string, revision: number): DraftSection => ({
  id,
  doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  revision,
  updatedAt: '2025-01-01T00:00:00Z',
});

const draft = (sections: DraftSection[]): Draft => ({
  id: 'd1',
  templateId: 'england',
  title: 'Ours',
  cover: emptyCover(),
  coverRevision: 1,
  sections,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  trashedAt: null,
  attribution: {
    groupName: 'Children in Care Council',
    contributors: [
      { name: 'Sam Jones', consent: { givenBy: 'Sam Jones', date: '2025-01-01', recordedBy: 'Participation officer' } },
      { name: 'Ali', consent: null },
    ],
  },
});

const idleClient: ApiClient = { call: async () => ({ ok: true, value: { revision: 9, updatedAt: '' } }) as never };

describe('DraftSession content for the live check', () => {
  it('gives stored sections with their revision, and opened ones as the editor’s document', () => {
    const session = new DraftSession(draft([stored('vision', 'A vision', 4), stored('pledge', 'A pledge', 2)]), template, idleClient);
    const vision = session.editorState('vision');
    const edited = vision.apply(vision.tr.insertText('Our ', 1));
    session.updateEditorState('vision', edited, true);
    const sections = session.currentSections();
    expect(sections.find((each) => each.id === 'vision')?.doc).toBe(edited.doc);
    expect(sections.find((each) => each.id === 'pledge')).toMatchObject({ revision: 2 });
    session.dispose();
  });

  it('tells content listeners of text and cover changes, not of selection moves', () => {
    const session = new DraftSession(draft([stored('vision', 'A vision', 4)]), template, idleClient);
    const listener = vi.fn();
    const unsubscribe = session.subscribeContent(listener);
    const vision = session.editorState('vision');
    session.updateEditorState('vision', vision.apply(vision.tr.setSelection(vision.selection)), false);
    expect(listener).not.toHaveBeenCalled();
    session.updateEditorState('vision', vision.apply(vision.tr.insertText('x', 1)), true);
    session.updateCover({ ...coverToFormValues(emptyCover()), council: 'Northshire' }, { ...emptyCover(), council: 'Northshire' }, '');
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    session.updateEditorState('vision', vision.apply(vision.tr.insertText('y', 1)), true);
    expect(listener).toHaveBeenCalledTimes(2);
    session.dispose();
  });

  it('shows an imported draft’s unsorted area after the template’s sections', () => {
    const plain = new DraftSession(draft([stored('vision', 'A vision', 1)]), template, idleClient);
    expect(plain.sections.map((each) => each.id)).toEqual(['cover', 'vision', 'pledge']);
    const imported = new DraftSession(draft([stored('unsorted', 'Old text', 1), stored('vision', 'A vision', 1)]), template, idleClient);
    expect(imported.sections.map((each) => each.id)).toEqual(['cover', 'vision', 'pledge', 'unsorted']);
    expect(imported.sectionOrFirst('unsorted')).toBe(UNSORTED_SECTION);
    expect(UNSORTED_SECTION.title).toBe('Unsorted (from import)');
    plain.dispose();
    imported.dispose();
  });

  it('passes on the consents recorded with the draft', () => {
    const session = new DraftSession(draft([]), template, idleClient);
    expect(session.consents).toEqual([{ name: 'Sam Jones' }]);
    session.dispose();
  });
});

describe('the foreword as the live check reads it', () => {
  const withStarter: Template = {
    ...template,
    sections: [...template.sections, { ...section('foreword-young-people'), roles: ['young-people-foreword'], starter: '*Written by [name of our group], [month and year].*' }],
  };
  const foreword: DraftSection = {
    id: 'foreword-young-people',
    doc: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Written by [name of our group], [month and year].', marks: [{ type: 'em' }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'We want carers who listen.' }] },
      ],
    },
    revision: 1,
    updatedAt: '2025-01-01T00:00:00Z',
  };
  const textOf = (input: DraftSectionInput | undefined): string[] => ((input?.doc as NodeJSON).content ?? []).map((block) => (block.content ?? []).map((inline) => inline.text ?? '').join(''));

  it('is signed from the workshop record as it is printed, and follows the record as it is typed', () => {
    const session = new DraftSession(draft([foreword]), withStarter, idleClient);
    const source = sessionCheckSource(session);
    const read = () => source.sections().find((each) => each.id === 'foreword-young-people');
    expect(textOf(read())).toEqual(['Written by Sam from Children in Care Council.', 'We want carers who listen.']);
    // Read twice with nothing changed, the same object: the check does not read it again.
    expect(read()).toBe(read());
    const listener = vi.fn();
    session.subscribeContent(listener);
    session.setAttribution({ groupName: '', contributors: [] });
    expect(listener).toHaveBeenCalled();
    expect(textOf(read())).toEqual(['Written by [name of our group], [month and year].', 'We want carers who listen.']);
    expect(session.consents).toEqual([]);
    session.dispose();
  });
});
