import type { Database } from 'better-sqlite3';
import type { SaveReceipt } from '../../../shared/api/contract.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import { signOffAfterEdit } from '../../../shared/cowriting/signOff.js';
import { UNSORTED } from '../../../shared/import/types.js';
import type { NodeJSON, Revision } from '../../../shared/model/draft.js';
import { LANGUAGE_NAMES, type ContentLanguage, type TranslationLanguage } from '../../../shared/model/language.js';
import { draftGuards, staleWrite } from './draftGuards.js';
import { revisionLog, SHOWN_ACTION, toRevision, type RevisionRow } from './revisionLog.js';
import { sectionContent, type SectionWriterOptions, SIGN_OFF_COLUMNS, signOffFromColumns, signOffToColumns, type SignOffColumns } from './sections.js';

export interface TranslationStore {
  /**
   * Saves a section's text in another language. The first save is based on
   * revision 0 (nothing written yet); each save is logged under that
   * language, so the text has its own history. `languages` says which
   * languages the draft's pack is written in: a language it does not list is refused.
   */
  update(id: string, sectionId: string, language: TranslationLanguage, baseRevision: number, doc: NodeJSON, languages: (templateId: string) => readonly ContentLanguage[]): SaveReceipt;
  revisions(id: string, sectionId: string | undefined, language: TranslationLanguage): Revision[];
}

interface SectionRow extends SignOffColumns {
  template_id: string;
}

/**
 * A bilingual draft's second text per section (Welsh beside the English).
 * It is the council's own words, saved like the English text: a stale-write
 * check on its revision, every save in the revision log with its author and
 * language, and an approved section goes back to review when either of its
 * texts changes, because an approval is of what will be published.
 */
export function createTranslationStore(db: Database, options: SectionWriterOptions): TranslationStore {
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const guards = draftGuards(db);
  const log = revisionLog(db, options.author);
  const write = <T>(work: () => T): T => db.transaction(work).immediate();
  const sql = {
    section: db.prepare<[string, string], SectionRow>(
      `SELECT d.template_id, ${SIGN_OFF_COLUMNS} FROM sections s JOIN drafts d ON d.id = s.draft_id WHERE s.draft_id = ? AND s.section_id = ?`,
    ),
    current: db.prepare<[string, string, string], { revision: number }>('SELECT revision FROM section_translations WHERE draft_id = ? AND section_id = ? AND language = ?'),
    upsert: db.prepare<[string, string, string, string, string, string]>(
      `INSERT INTO section_translations (draft_id, section_id, language, doc_json, text, revision, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)
       ON CONFLICT (draft_id, section_id, language) DO UPDATE SET doc_json = excluded.doc_json, text = excluded.text, revision = revision + 1, updated_at = excluded.updated_at`,
    ),
    setSignOff: db.prepare<[string, string | null, string | null, string, string, string]>(
      'UPDATE sections SET sign_off_state = ?, sign_off_by = ?, sign_off_at = ?, sign_off_note = ? WHERE draft_id = ? AND section_id = ?',
    ),
    touchDraft: db.prepare<[string, string]>('UPDATE drafts SET updated_at = ? WHERE id = ?'),
    revisions: db.prepare<[string, string], RevisionRow>(`SELECT id, draft_id, section_id, author, at, ${SHOWN_ACTION} FROM revisions WHERE draft_id = ? AND language = ? ORDER BY id DESC`),
    sectionRevisions: db.prepare<[string, string, string], RevisionRow>(
      `SELECT id, draft_id, section_id, author, at, ${SHOWN_ACTION} FROM revisions WHERE draft_id = ? AND section_id = ? AND language = ? ORDER BY id DESC`,
    ),
  };

  return {
    update(id, sectionId, language, baseRevision, json, languages) {
      const content = sectionContent(json);
      if (!content.ok) throw new ApiFailure('invalid-request', `The ${LANGUAGE_NAMES[language]} text was not saved. ${content.message}`);
      return write(() => {
        guards.editable(id);
        const section = sectionId === UNSORTED ? undefined : sql.section.get(id, sectionId);
        if (!section) throw new ApiFailure('not-found', `This strategy has no section "${sectionId}".`);
        if (!languages(section.template_id).includes(language)) {
          throw new ApiFailure('invalid-request', `This strategy's template is written in English only, so it has no ${LANGUAGE_NAMES[language]} text to save.`);
        }
        const stored = sql.current.get(id, sectionId, language)?.revision ?? 0;
        if (stored !== baseRevision) throw staleWrite('section');
        const at = now();
        sql.upsert.run(id, sectionId, language, JSON.stringify(content.doc), content.text, at);
        sql.touchDraft.run(at, id);
        log(id, sectionId, 'section', at, content.doc, language);
        const signOff = signOffAfterEdit(signOffFromColumns(section), { by: options.author(), at });
        if (signOff.reset) {
          sql.setSignOff.run(...signOffToColumns(signOff.signOff), id, sectionId);
          log(id, sectionId, 'sign-off', at, { state: signOff.signOff.state, reason: 'edited-after-approval' });
        }
        return { revision: stored + 1, updatedAt: at, signOffReset: signOff.reset };
      });
    },

    revisions(id, sectionId, language) {
      guards.existing(id);
      const rows = sectionId === undefined ? sql.revisions.all(id, language) : sql.sectionRevisions.all(id, sectionId, language);
      return rows.map(toRevision);
    },
  };
}
