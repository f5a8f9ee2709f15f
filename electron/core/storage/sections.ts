import type { Database } from 'better-sqlite3';
import type { Node } from 'prosemirror-model';
import type { SaveReceipt } from '../../../shared/api/contract.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import { type SectionSignOff, type SignOffState, signOffAfterEdit } from '../../../shared/cowriting/signOff.js';
import { docFromJSON, emptyDoc } from '../../../shared/model/docJson.js';
import type { NodeJSON, Revision } from '../../../shared/model/draft.js';
import { markdownToDoc } from '../../../shared/model/markdown.js';
import { plainText } from '../../../shared/model/plainText.js';
import { safeHref } from '../../../shared/model/safeHref.js';
import { svgFromDataUrl } from '../../../shared/model/svgImage.js';
import type { Template, TemplateSection } from '../../../shared/template/template.js';
import { staleWrite } from './draftGuards.js';
import type { RevisionLog } from './revisionLog.js';

export type SectionContent = { ok: true; doc: NodeJSON; text: string } | { ok: false; message: string };

const EMBEDDED_IMAGE = /^data:image\/(png|jpeg|gif);base64,[A-Za-z0-9+/=\s]*$/i;

/**
 * Checks a section received from outside against the schema and against the
 * rules the editor's paste handling applies (web or e-mail links only,
 * embedded images only), because a stored document is later opened in the
 * editor and exported. Returns the normalised JSON and its plain text.
 */
export function sectionContent(json: NodeJSON): SectionContent {
  const parsed = docFromJSON(json);
  if (!parsed.ok) return parsed;
  const unsafe = findUnsafeContent(parsed.doc);
  if (unsafe) return { ok: false, message: unsafe };
  return { ok: true, doc: parsed.doc.toJSON() as NodeJSON, text: plainText(parsed.doc) };
}

function findUnsafeContent(doc: Node): string | undefined {
  let problem: string | undefined;
  doc.descendants((node) => {
    if (problem) return false;
    if (node.type.name === 'image' && !EMBEDDED_IMAGE.test(String(node.attrs['src'])) && svgFromDataUrl(String(node.attrs['src'])) === null) {
      problem = 'The content has an image that is not embedded in the document; only embedded PNG, JPEG or GIF images, and the app\'s own charts, can be kept.';
    }
    for (const mark of node.marks) {
      if (mark.type.name === 'link' && safeHref(String(mark.attrs['href'])) !== mark.attrs['href']) {
        problem = `The content has a link that is not a web or e-mail address ("${String(mark.attrs['href']).slice(0, 60)}").`;
      }
    }
    return true;
  });
  return problem;
}

/** What a new draft's section starts with: the template's starter Markdown, or one empty paragraph. */
export function starterContent(template: Template, section: TemplateSection): { doc: NodeJSON; text: string } {
  const refuse = (reason: string) =>
    new ApiFailure('template-invalid', `The template "${template.name}" has starter content for "${section.title}" that cannot be used. ${reason}`);
  let json: NodeJSON;
  try {
    json = section.starter?.trim() ? markdownToDoc(section.starter) : emptyDoc();
  } catch (error) {
    throw refuse((error as Error).message);
  }
  const content = sectionContent(json);
  if (!content.ok) throw refuse(content.message);
  return { doc: content.doc, text: content.text };
}

/** The sign-off columns of a `sections` row. */
export interface SignOffColumns {
  sign_off_state: SignOffState;
  sign_off_by: string | null;
  sign_off_at: string | null;
  sign_off_note: string;
}

export const SIGN_OFF_COLUMNS = 'sign_off_state, sign_off_by, sign_off_at, sign_off_note';

export function signOffFromColumns(row: SignOffColumns): SectionSignOff {
  if (row.sign_off_state === 'approved') {
    return { state: 'approved', approvedBy: row.sign_off_by ?? '', approvedAt: row.sign_off_at ?? '', note: row.sign_off_note };
  }
  return { state: row.sign_off_state, changedBy: row.sign_off_by, changedAt: row.sign_off_at, note: row.sign_off_note };
}

/** Values for `sign_off_state, sign_off_by, sign_off_at, sign_off_note`, in that order. */
export function signOffToColumns(signOff: SectionSignOff): [SignOffState, string | null, string | null, string] {
  if (signOff.state === 'approved') return [signOff.state, signOff.approvedBy, signOff.approvedAt, signOff.note];
  return [signOff.state, signOff.changedBy, signOff.changedAt, signOff.note];
}

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
