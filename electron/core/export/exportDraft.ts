import { ApiFailure } from '../../../shared/api/errors.js';
import { UNSORTED } from '../../../shared/import/types.js';
import { withAttributionLine } from '../../../shared/cowriting/attributionLine.js';
import { finalExportBlockers, placeholdersLeft } from '../../../shared/cowriting/finalExportBlockers.js';
import type { CommentThread } from '../../../shared/cowriting/commentThread.js';
import type { Draft } from '../../../shared/model/draft.js';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../../shared/model/houseStyle.js';
import type { ContentLanguage } from '../../../shared/model/language.js';
import { parseLogo } from '../../../shared/model/logo.js';
import type { Template } from '../../../shared/template/template.js';
import type { CompletenessReport } from '../../../shared/completeness/index.js';
import { checkStoredDraft } from '../completeness/checkStoredDraft.js';
import { acceptedDraft } from './acceptedDraft.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/formats.js';
import { exportFileName } from './exportFileName.js';
import { checkExportLanguage, draftInLanguage } from './exportLanguage.js';
import { exportProblems } from './exportProblems.js';

export interface ExportRequest {
  format: ExportFormat;
  /**
   * The user confirmed a final export knowing the problems; without it a
   * draft with problems is marked DRAFT. Only completeness problems and open
   * suggestions can be confirmed away: sign-off and placeholders cannot.
   */
  final: boolean;
  /** Which of a bilingual draft's documents: English (the default) or Welsh. */
  language?: ContentLanguage;
}

export interface ExportedDraft {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  markedDraft: boolean;
  problems: string[];
}

/**
 * The one export path behind the app's Save dialog, the web host's download
 * and the CLI: decide whether the file is marked DRAFT, then run the
 * exporter. The Unsorted pile is left out: it is the officer's to sort, not
 * part of the strategy; the young people's foreword is signed with the line
 * made from the workshop's record (see `withAttributionLine`). Word carries open suggestions as tracked changes and
 * open comments as Word comments; a PDF cannot, so it prints the text as if
 * the suggestions were accepted.
 */
export async function exportDraft(
  draft: Draft,
  template: Template,
  request: ExportRequest,
  comments: readonly CommentThread[] = [],
  /** The check behind the DRAFT marking, the same as `drafts.check` (with the council's local names, and its kept results). */
  check: (draft: Draft) => CompletenessReport = (stored) => checkStoredDraft(stored, template),
  /** The library's font, heading colour and title page layout. */
  houseStyle: HouseStyle = DEFAULT_HOUSE_STYLE,
): Promise<ExportedDraft> {
  // Approval is the reviewers' decision, not the exporter's: a final copy of text nobody has approved would go to Full Council unreviewed.
  const language = request.language ?? 'en';
  checkExportLanguage(template, language);
  const unapproved = request.final ? finalExportBlockers(draft, template) : [];
  if (unapproved.length > 0) {
    throw new ApiFailure(
      'not-approved',
      `A final version needs every required section approved, and ${unapproved.length === 1 ? 'one is' : `${unapproved.length} are`} not. Export it as a draft, or ask for these to be approved first.`,
      unapproved,
    );
  }
  const sorted = { ...draft, sections: draft.sections.filter((section) => section.id !== UNSORTED) };
  // The signing line is in English, made from the workshop's record; a Welsh foreword is signed in the council's own Welsh words.
  const content = language === 'en' ? withAttributionLine(sorted, template) : draftInLanguage(sorted, language);
  // "[Name]" printed in a strategy adopted by Full Council cannot be taken back, whatever the user confirmed.
  const placeholders = request.final ? placeholdersLeft(content, template) : [];
  if (placeholders.length > 0) {
    throw new ApiFailure(
      'placeholders-left',
      `A final version cannot hold placeholders, and ${placeholders.length === 1 ? 'one is' : `${placeholders.length} are`} still in the text. Replace ${placeholders.length === 1 ? 'it' : 'them'} with the real text, or export as a draft.`,
      placeholders.map((placeholder) => placeholder.message),
    );
  }
  const problems = exportProblems(draft, template, check(draft));
  const markDraft = problems.length > 0 && !request.final;
  const logo = parseLogo(draft.cover.logo) ?? undefined;
  let bytes: Uint8Array;
  try {
    // Each exporter (with docx, pdf-lib and the fonts) is loaded when first asked for, so a command that exports nothing starts without them.
    if (request.format === 'docx') {
      const { exportDocx } = await import('./docx/exportDocx.js');
      // Comments are placed on the English words they are about, so only the English document carries them.
      const open = language === 'en' ? comments.filter((thread) => thread.resolved === null) : [];
      bytes = await exportDocx({ draft: content, template, markDraft, logo, houseStyle, comments: open, language });
    } else {
      const { exportPdf } = await import('./pdf/exportPdf.js');
      bytes = await exportPdf({ draft: acceptedDraft(content), template, markDraft, logo, houseStyle, language });
    }
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    throw new ApiFailure('export-failed', `The ${EXPORT_FORMATS[request.format].fileKind} could not be made: ${(error as Error)?.message ?? String(error)}`);
  }
  return { fileName: exportFileName(draft.cover, template.export.documentName, request.format, markDraft, language), mimeType: EXPORT_FORMATS[request.format].mimeType, bytes, markedDraft: markDraft, problems };
}
