import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client.js';
import type { SaveReceipt } from '../../../shared/api/contract.js';
import { emptyCover, type Draft, type DraftSection } from '../../../shared/model/draft.js';
import type { Template, TemplateSection } from '../../../shared/template/template.js';
import { sessionCheckSource } from '../../../renderer/completeness/sessionCheckSource.js';
import { DraftSession, textKey } from '../../../renderer/draft/draftSession.js';
import { EMPTY_PACK_PARTS } from '../../fixtures/packParts.js';

const guidance = { summary: 's', include: ['i'], goodLooksLike: ['g'], questions: ['q?'] };
const section = (id: string): TemplateSection => ({ id, title: id.toUpperCase(), status: 'required', kind: 'text', appendix: false, roles: [], guidance });
const bilingual: Template = { id: 'wales', name: 'Wales', description: 'd', nation: 'Wales', version: 1, ...EMPTY_PACK_PARTS, languages: ['en', 'cy'], sections: [section('vision'), section('pledge')] };
const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const stored = (id: string, text: string, revision: number): DraftSection => ({ id, doc: paragraph(text), revision, updatedAt: '2025-01-01T00:00:00Z' });

const draft = (translations?: Draft['translations']): Draft => ({
  id: 'd1',
  templateId: 'wales',
  title: 'Ours',
  cover: emptyCover(),
  coverRevision: 1,
  sections: [stored('vision', 'Our vision', 4), stored('pledge', 'Our pledge', 2)],
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  trashedAt: null,
  ...(translations ? { translations } : {}),
});

/** A client that records each section save and answers with the next revision (and, when asked, a reset approval). */
function recordingClient(signOffReset = false) {
  const saves: Record<string, unknown>[] = [];
  const client: ApiClient = {
    call: (async (command: string, request: Record<string, unknown>) => {
      if (command !== 'drafts.updateSection') throw new Error(`unexpected ${command}`);
      saves.push(request);
      const receipt: SaveReceipt = { revision: (request.baseRevision as number) + 1, updatedAt: '2025-01-02T00:00:00Z', signOffReset };
      return { ok: true, value: receipt };
    }) as ApiClient['call'],
  };
  return { client, saves };
}

function typeInto(session: DraftSession, key: string, text: string): void {
  const state = session.editorState(key);
  session.updateEditorState(key, state.apply(state.tr.insertText(text, 1)), true);
}

describe('a bilingual draft’s Welsh text in the editor session', () => {
  it('starts from the stored Welsh text and saves it with its language and its own revision, the English untouched', async () => {
    const { client, saves } = recordingClient();
    const session = new DraftSession(draft({ cy: { vision: { doc: paragraph('Ein gweledigaeth'), revision: 3, updatedAt: '2025-01-01T00:00:00Z' } } }), bilingual, client);
    const welsh = textKey('vision', 'cy');
    expect(session.editorState(welsh).doc.textContent).toBe('Ein gweledigaeth');
    typeInto(session, welsh, 'Dyma ');
    await session.flushAll();
    expect(saves).toEqual([{ id: 'd1', sectionId: 'vision', baseRevision: 3, doc: expect.any(Object), language: 'cy' }]);
    expect(session.sectionRevision('vision')).toBe(4);
    expect(session.currentSections().map((each) => each.id).sort()).toEqual(['pledge', 'vision']);
    expect(session.currentSections().find((each) => each.id === 'vision')).toMatchObject({ revision: 4 });
    session.dispose();
  });

  it('saves a section’s first Welsh text on revision 0, and English saves carry no language', async () => {
    const { client, saves } = recordingClient();
    const session = new DraftSession(draft(), bilingual, client);
    typeInto(session, textKey('pledge', 'cy'), 'Ein haddewid');
    typeInto(session, 'pledge', 'Always ');
    await session.flushAll();
    expect(saves).toContainEqual(expect.objectContaining({ sectionId: 'pledge', baseRevision: 0, language: 'cy' }));
    const english = saves.find((save) => save.language === undefined);
    expect(english).toMatchObject({ sectionId: 'pledge', baseRevision: 2 });
    expect(english).not.toHaveProperty('language');
    session.dispose();
  });

  it('tells the check which sections have Welsh text as it is typed', () => {
    const { client } = recordingClient();
    const session = new DraftSession(draft({ cy: { pledge: { doc: paragraph('Ein haddewid'), revision: 1, updatedAt: '2025-01-01T00:00:00Z' } } }), bilingual, client);
    const source = sessionCheckSource(session);
    expect(source.translated()).toEqual({ cy: ['pledge'] });
    typeInto(session, textKey('vision', 'cy'), 'Gweledigaeth');
    expect(source.translated()).toEqual({ cy: ['vision', 'pledge'] });
    session.dispose();
  });

  it('reports a Welsh save that resets an approval under the section’s own id', async () => {
    const { client } = recordingClient(true);
    const session = new DraftSession(draft(), bilingual, client);
    const told: string[] = [];
    session.onSectionSaved((sectionId, receipt) => receipt.signOffReset && told.push(sectionId));
    typeInto(session, textKey('vision', 'cy'), 'Testun');
    await session.flushAll();
    expect(told).toEqual(['vision']);
    session.dispose();
  });

  it('has no other languages for an English-only pack', () => {
    const { client } = recordingClient();
    const session = new DraftSession(draft(), { ...bilingual, languages: undefined }, client);
    expect(session.translationLanguages).toEqual([]);
    expect(sessionCheckSource(session).translated()).toEqual({});
    session.dispose();
  });
});
