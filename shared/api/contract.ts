import { z } from 'zod';
import { attributionSchema } from '../cowriting/attribution.js';
import type { CommentThread } from '../cowriting/commentThread.js';
import type { ImportedSuggestion, PortableImportOutcome } from '../cowriting/importedSuggestion.js';
import { SIGN_OFF_STATES, type SectionSignOff } from '../cowriting/signOff.js';
import type { Snapshot, SnapshotRestore, SnapshotSummary } from '../cowriting/snapshot.js';
import type { CompletenessReport } from '../completeness/types.js';
import { draftSectionDecisionsSchema, importChoicesSchema, importProposalSchema } from '../import/schemas.js';
import type { DraftImportOutcome, ImportJobStatus, ImportProposal } from '../import/types.js';
import { coverFieldsSchema, nodeJSONSchema, type CoverFields, type Draft, type DraftSummary, type NodeJSON, type Revision } from '../model/draft.js';
import type { Template, TemplateProblem, TemplateSummary } from '../template/template.js';
import { EXPORT_FORMAT_IDS } from '../export/formats.js';
import { houseStyleChangeSchema, type HouseStyle } from '../model/houseStyle.js';
import { contentLanguageSchema } from '../model/language.js';
import type { CheckedFigureRow } from '../progress/figureRows.js';
import type { ProgressReport } from '../progress/report.js';
import type { ProgressThresholds } from '../progress/status.js';
import { consultationSessionInputSchema, type ConsultationSession } from '../consultation/consultationLog.js';

/**
 * The whole conversation between the renderer and the core, as data: each
 * method names its request schema (checked at runtime on the core's side of
 * every transport) and its response type. IPC, HTTP and the tests all go
 * through `dispatch`, so none of them can skip validation.
 */

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a valid id');
const sectionId = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'is not a valid section id');
const revision = z.number().int().min(0);
const empty = z.strictObject({});
const rowId = z.number().int().positive();
const position = z.number().int().min(0).max(100_000_000);
const commentBody = z.string().trim().min(1).max(5000);
/** A portable file's text; large because sections may hold embedded images. */
const portableContent = z.string().min(1).max(50_000_000);
const exportFormat = z.enum(EXPORT_FORMAT_IDS);
/** A file to import, base64-encoded: room for the importer's 50 MB limit, which it states in its own message. */
const importData = z.base64().min(1, 'is empty').max(70_000_000);
const importFile = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  dataBase64: importData,
  /** The pack to read the file for (an open draft's own); without it, the preferred pack, whose sections the others share. */
  templateId: id.optional(),
});
/** The longest local name the settings accept: longer than any council body's name, short enough to print in a finding. */
export const LOCAL_NAME_MAX_LENGTH = 120;

const packSlotId = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'is not a valid id');
/** The council's own names for a pack's local-name slots, by pack id then slot id; a blank name forgets the slot's name. */
const localNamesChange = z.record(packSlotId, z.record(packSlotId, z.string().trim().max(LOCAL_NAME_MAX_LENGTH)));
/**
 * The council's own names the officer kept or changed on the import review screen (slot id → name), saved with the import in one go; a slot
 * left out (a name refused, or the library's own kept) is not touched. Without it, the names the import found fill only the library's empty slots.
 */
const importedLocalNames = z.record(packSlotId, z.string().trim().min(1, 'is empty: type the name to use, or choose not to use it').max(LOCAL_NAME_MAX_LENGTH));
/**
 * Title-page fields the officer chose on the review of an import into an open draft, with the title page's revision they saw: only the fields
 * given are written, the rest keep the draft's own, and a title page changed since is never overwritten (issue 16).
 */
const importedCoverChange = z.strictObject({
  baseRevision: revision,
  fields: coverFieldsSchema
    .omit({ logo: true })
    .partial()
    .refine((fields) => Object.keys(fields).length > 0, 'names no title-page field to fill'),
});
export const requestSchemas = {
  'library.status': empty,
  'library.startFresh': empty,
  'settings.get': empty,
  'settings.update': z
    .strictObject({
      author: z.string().trim().min(1).max(100).optional(),
      fourEyes: z.boolean().optional(),
      localNames: localNamesChange.optional(),
      houseStyle: houseStyleChangeSchema.optional(),
    })
    .refine((request) => request.author !== undefined || request.fourEyes !== undefined || request.localNames !== undefined || request.houseStyle !== undefined, {
      message: 'names no setting to change',
    }),
  'templates.list': empty,
  'templates.get': z.strictObject({ id }),
  'drafts.list': z.strictObject({ scope: z.enum(['active', 'trash']) }),
  'drafts.create': z.strictObject({
    templateId: id,
    title: z.string().max(300).optional(),
    council: z.string().max(300).optional(),
  }),
  'drafts.open': z.strictObject({ id }),
  'drafts.updateCover': z.strictObject({ id, baseRevision: revision, cover: coverFieldsSchema }),
  /** `language` picks the section's text: English (the default), or the other text of a bilingual draft ("cy"). */
  'drafts.updateSection': z.strictObject({ id, sectionId, baseRevision: revision, doc: nodeJSONSchema, language: contentLanguageSchema.optional() }),
  'drafts.rename': z.strictObject({ id, title: z.string().trim().min(1).max(300) }),
  'drafts.duplicate': z.strictObject({ id }),
  'drafts.trash': z.strictObject({ id }),
  'drafts.restore': z.strictObject({ id }),
  'drafts.purge': z.strictObject({ id }),
  'drafts.revisions': z.strictObject({ id, sectionId: sectionId.optional(), language: contentLanguageSchema.optional() }),
  'drafts.revision': z.strictObject({ id, revisionId: rowId }),
  'drafts.setSectionState': z.strictObject({
    id,
    sectionId,
    state: z.enum(SIGN_OFF_STATES),
    note: z.string().max(1000).optional(),
    /** When given, the change is refused if the section's text changed since: an approval is of the words the approver read. */
    baseRevision: revision.optional(),
  }),
  /** "Approve every section that is ready", confirmed once: all listed sections are approved, or none (each names the revision the approver saw). */
  'drafts.approveSections': z.strictObject({
    id,
    sections: z.array(z.strictObject({ sectionId, baseRevision: revision })).min(1).max(200),
    note: z.string().max(1000).optional(),
  }),
  'drafts.updateAttribution': z.strictObject({ id, baseRevision: revision.optional(), attribution: attributionSchema }),
  'drafts.createSnapshot': z.strictObject({ id, name: z.string().trim().min(1).max(200) }),
  'drafts.snapshots': z.strictObject({ id }),
  'drafts.snapshot': z.strictObject({ id, snapshotId: rowId }),
  'drafts.restoreRevision': z.strictObject({ id, sectionId, revisionId: rowId, baseRevision: revision }),
  'drafts.restoreSnapshot': z.strictObject({ id, snapshotId: rowId }),
  'drafts.exportPortable': z.strictObject({ id, sectionId: sectionId.optional() }),
  'drafts.importPortable': z.strictObject({ id: id.optional(), content: portableContent }),
  'drafts.suggestions': z.strictObject({ id, sectionId: sectionId.optional() }),
  'drafts.decideSuggestion': z.strictObject({ id, suggestionId: id, decision: z.enum(['accepted', 'rejected']) }),
  'comments.list': z.strictObject({ id, sectionId: sectionId.optional(), includeResolved: z.boolean().optional() }),
  'comments.add': z
    .strictObject({ id, sectionId, from: position, to: position, quote: z.string().min(1).max(5000), body: commentBody })
    .refine((request) => request.from < request.to, { message: 'a comment needs some text selected', path: ['to'] }),
  'comments.reply': z.strictObject({ id, commentId: id, body: commentBody }),
  'comments.resolve': z.strictObject({ id, commentId: id }),
  'comments.reopen': z.strictObject({ id, commentId: id }),
  'drafts.check': z.strictObject({ id }),
  /** `final` is the user's confirmation, given in a dialog that listed the problems, to export without the DRAFT marking. Refused as `not-approved` while a required section is not approved. */
  /** `language` picks a bilingual draft's document: English (the default) or Welsh ("cy"); refused for an English-only pack. */
  'drafts.export': z.strictObject({ id, format: exportFormat, final: z.boolean(), language: contentLanguageSchema.optional() }),
  'import.propose': importFile,
  'import.apply': z
    .strictObject({ templateId: id, proposal: importProposalSchema, choices: importChoicesSchema, localNames: importedLocalNames.optional() })
    .refine((request) => request.choices.sections.length === request.proposal.parts.length, {
      message: 'needs one section for every part of the proposal',
      path: ['choices', 'sections'],
    }),
  /** A reviewed proposal brought into an open draft, section by section; of the title page, only the fields in `cover` are written, and `localNames` are saved with it. */
  'import.applyToDraft': z
    .strictObject({ id, proposal: importProposalSchema, choices: importChoicesSchema, sections: draftSectionDecisionsSchema, localNames: importedLocalNames.optional(), cover: importedCoverChange.optional() })
    .refine((request) => request.choices.sections.length === request.proposal.parts.length, {
      message: 'needs one section for every part of the proposal',
      path: ['choices', 'sections'],
    }),
  /** The same reading as `import.propose`, in the background: poll `import.progress` until it is finished, or `import.cancel` it. */
  'import.start': importFile,
  'import.progress': z.strictObject({ jobId: id }),
  'import.cancel': z.strictObject({ jobId: id }),
  // Progress on the measures of an adopted strategy (shared/progress/).
  'progress.get': z.strictObject({ id }),
  /** One figure as typed in the form: checked by the same rules as an imported row, so the messages are the same. */
  'progress.addFigure': z.strictObject({
    id,
    measure: z.string().max(1000),
    period: z.string().max(40),
    value: z.string().max(40),
    date: z.string().max(40).optional(),
    source: z.string().max(1000).optional(),
    note: z.string().max(5000).optional(),
  }),
  /** The table's wording of a measure changed: carry a stored measure (and all its figures) over to the row now worded `indicator`. */
  'progress.relink': z.strictObject({ id, measureId: id, indicator: z.string().trim().min(1).max(1000) }),
  'progress.setThresholds': z
    .strictObject({ greenFrom: z.number().int().min(1).max(100), amberFrom: z.number().int().min(0).max(99), suppressBelow: z.number().int().min(1).max(100) })
    .refine((request) => request.amberFrom < request.greenFrom, { message: 'amber must start below green', path: ['amberFrom'] }),
  /** What a CSV or .xlsx file of figures would record, row by row, without recording anything. */
  'progress.previewImport': z.strictObject({ id, ...importFile.shape }),
  /** Records every figure of the file in one transaction, or none when any row is refused. */
  'progress.import': z.strictObject({ id, ...importFile.shape }),
  /** A strategy's consultation log: sessions with children and young people and "you said, we did". */
  'consultations.list': z.strictObject({ id }),
  'consultations.add': z.strictObject({ id, session: consultationSessionInputSchema }),
  'consultations.update': z.strictObject({ id, sessionId: id, baseRevision: revision, session: consultationSessionInputSchema }),
  'consultations.remove': z.strictObject({ id, sessionId: id }),
  /** The Board's annual report on a strategy, made from its measures and consultation log: a new draft of the report pack. */
  'drafts.createAnnualReport': z.strictObject({ id }),
} as const;

export type LibraryStatus =
  | {
      state: 'ready';
      dataDir: string;
      databasePath: string;
      /** Something the user should know about how the library was opened: a fresh library replaced an unreadable one (and where the old file was kept), or an empty file became the library. */
      message?: string;
    }
  | {
      state: 'unavailable';
      dataDir: string;
      databasePath: string;
      reason: LibraryUnavailableReason;
      /** What is wrong, in words for the user; the file itself is never modified. */
      message: string;
      /**
       * Whether the file may be moved aside for a fresh library: only when it is
       * not a usable library of ours. A healthy library that cannot be written
       * (read-only, disk full) or comes from a newer version is never set aside.
       */
      canStartFresh: boolean;
    };

export type LibraryUnavailableReason = 'not-a-library' | 'damaged' | 'newer-version' | 'read-only' | 'disk-full' | 'cannot-open';

/** The council's own names for a pack's local-name slots (its Children in Care Council, its Board): pack id → slot id → name. */
export type LocalNames = Record<string, Record<string, string>>;

export interface Settings {
  author: string;
  /** Four-eyes review: whoever marked a section ready for review cannot also approve it. */
  fourEyes: boolean;
  /** The user has given their name; until then `author` is the operating system's login name, and the app asks for theirs. */
  named: boolean;
  /** Given once per library, so the checks recognise the council's own names. */
  localNames: LocalNames;
  /** The council's font, heading colour and title page layout, used by both exporters. */
  houseStyle: HouseStyle;
}

export interface SaveReceipt {
  revision: number;
  updatedAt: string;
  /** On section saves: the section was approved and this change sent it back to review; tell the user. */
  signOffReset?: boolean;
}

/** One entry of the revision log with what it recorded: a section's document, or the title page. */
export interface RevisionDetail extends Revision {
  doc: NodeJSON | null;
  cover: CoverFields | null;
}

export interface PortableExport {
  fileName: string;
  content: string;
}

export interface DraftExport {
  /** A suggested file name, safe on every file system: "<Council> corporate parenting strategy 2025-2028 (DRAFT).docx". */
  fileName: string;
  mimeType: string;
  dataBase64: string;
  /** True when the file is marked DRAFT (header and watermark): there were problems and the user did not confirm a final export. */
  markedDraft: boolean;
  /** What stands in the way of a final version, one line each: completeness errors (prefixed by their section) and sign-off blockers. */
  problems: string[];
}

export interface Responses {
  'library.status': LibraryStatus;
  'library.startFresh': LibraryStatus;
  'settings.get': Settings;
  'settings.update': Settings;
  'templates.list': { templates: TemplateSummary[]; problems: TemplateProblem[] };
  'templates.get': Template;
  'drafts.list': DraftSummary[];
  'drafts.create': Draft;
  'drafts.open': Draft;
  'drafts.updateCover': SaveReceipt;
  'drafts.updateSection': SaveReceipt;
  'drafts.rename': DraftSummary;
  'drafts.duplicate': DraftSummary;
  'drafts.trash': DraftSummary;
  'drafts.restore': DraftSummary;
  'drafts.purge': { purged: true };
  'drafts.revisions': Revision[];
  'drafts.revision': RevisionDetail;
  'drafts.setSectionState': { sectionId: string; signOff: SectionSignOff };
  'drafts.approveSections': { approved: { sectionId: string; signOff: SectionSignOff }[] };
  'drafts.updateAttribution': SaveReceipt;
  'drafts.createSnapshot': SnapshotSummary;
  'drafts.snapshots': SnapshotSummary[];
  'drafts.snapshot': Snapshot;
  'drafts.restoreRevision': SaveReceipt;
  'drafts.restoreSnapshot': SnapshotRestore;
  'drafts.exportPortable': PortableExport;
  'drafts.importPortable': PortableImportOutcome;
  'drafts.suggestions': ImportedSuggestion[];
  'drafts.decideSuggestion': ImportedSuggestion;
  'comments.list': CommentThread[];
  'comments.add': CommentThread;
  'comments.reply': CommentThread;
  'comments.resolve': CommentThread;
  'comments.reopen': CommentThread;
  'drafts.check': CompletenessReport;
  'drafts.export': DraftExport;
  'import.propose': ImportProposal;
  'import.apply': Draft;
  'import.applyToDraft': DraftImportOutcome;
  'import.start': { jobId: string };
  'import.progress': ImportJobStatus;
  /** `cancelled` is false when the job had already finished (its result is then forgotten). */
  'import.cancel': { cancelled: boolean };
  'progress.get': ProgressReport;
  'progress.addFigure': ProgressReport;
  'progress.relink': ProgressReport;
  'progress.setThresholds': ProgressThresholds;
  'progress.previewImport': FigureImportPreview;
  'progress.import': { added: number; report: ProgressReport };
  'consultations.list': ConsultationSession[];
  'consultations.add': ConsultationSession;
  'consultations.update': ConsultationSession;
  'consultations.remove': { removed: true };
  'drafts.createAnnualReport': Draft;
}

/** A file of figures checked against the strategy's measures: every row, matched or refused with its reasons. */
export interface FigureImportPreview {
  fileName: string;
  /** The sheet the figures were read from (a workbook's first), or null for a CSV file. */
  sheet: string | null;
  rows: CheckedFigureRow[];
  refused: number;
}

export type Method = keyof typeof requestSchemas;
export type Request<M extends Method> = z.infer<(typeof requestSchemas)[M]>;
export type Response<M extends Method> = Responses[M];

export const METHODS = Object.keys(requestSchemas) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(requestSchemas, name);
}
