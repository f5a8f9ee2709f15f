import type { Database } from 'better-sqlite3';
import type { SaveReceipt } from '../../../shared/api/contract.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import { signOffAfterEdit } from '../../../shared/cowriting/signOff.js';
import type { NodeJSON, Revision } from '../../../shared/model/draft.js';
import { staleWrite } from './draftGuards.js';
import type { RevisionLog } from './revisionLog.js';
import type { SectionContent } from './sectionContent.js';
import { SIGN_OFF_COLUMNS, signOffFromColumns, signOffToColumns, type SignOffColumns } from './signOffColumns.js';

/** Told of every change to a section's content, inside the same transaction, so anchors can follow the text. */
export type SectionContentListener = (change: { draftId: string; sectionId: string; before: NodeJSON; after: NodeJSON }) => void;

/** What a store that writes section content is built with. */
export interface SectionWriterOptions {
  /** Who the revision log names for each save, read at the moment of saving. */
  author: () => string;
  now?: () => Date;
  /** Told of every change to a section's content, inside its transaction. */
  contentListeners?: SectionContentListener[];
}

export interface SectionWrite {
  draftId: string;
  sectionId: string;
  content: Extract<SectionContent, { ok: true }>;
  /** The revision the change was based on; null for a restore of a whole snapshot, which replaces whatever is there. */
  baseRevision: number | null;
  action: Extract<Revision['action'], 'section' | 'restore-revision' | 'restore-snapshot' | 'import-section'>;
  at: string;
}

export type SectionWriter = (write: SectionWrite) => SaveReceipt & { signOffReset: boolean };

interface CurrentRow extends SignOffColumns {
  doc_json: string;
  revision: number;
}

/**
 * The one way section content is changed (saves, restores), so every change
 * is logged with its content, sends approved text back to review, and moves
 * comment anchors. Must be called inside a write transaction.
 */
export function sectionWriter(db: Database, log: RevisionLog, author: () => string, listeners: SectionContentListener[]): SectionWriter {
  const current = db.prepare<[string, string], CurrentRow>(`SELECT doc_json, revision, ${SIGN_OFF_COLUMNS} FROM sections WHERE draft_id = ? AND section_id = ?`);
  const update = db.prepare<[string, string, string, string, string | null, string | null, string, string, string]>(
    `UPDATE sections SET doc_json = ?, text = ?, revision = revision + 1, updated_at = ?, sign_off_state = ?, sign_off_by = ?, sign_off_at = ?, sign_off_note = ?
     WHERE draft_id = ? AND section_id = ?`,
  );
  const touchDraft = db.prepare<[string, string]>('UPDATE drafts SET updated_at = ? WHERE id = ?');

  return ({ draftId, sectionId, content, baseRevision, action, at }) => {
    const row = current.get(draftId, sectionId);
    if (!row) throw new ApiFailure('not-found', `This strategy has no section "${sectionId}".`);
    if (baseRevision !== null && row.revision !== baseRevision) throw staleWrite('section');
    const signOff = signOffAfterEdit(signOffFromColumns(row), { by: author(), at });
    update.run(JSON.stringify(content.doc), content.text, at, ...signOffToColumns(signOff.signOff), draftId, sectionId);
    touchDraft.run(at, draftId);
    log(draftId, sectionId, action, at, content.doc);
    if (signOff.reset) log(draftId, sectionId, 'sign-off', at, { state: signOff.signOff.state, reason: 'edited-after-approval' });
    if (listeners.length > 0) {
      const before = JSON.parse(row.doc_json) as NodeJSON;
      for (const listener of listeners) listener({ draftId, sectionId, before, after: content.doc });
    }
    return { revision: row.revision + 1, updatedAt: at, signOffReset: signOff.reset };
  };
}
