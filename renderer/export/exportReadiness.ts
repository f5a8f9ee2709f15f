import { DOCUMENT_SECTION, type CompletenessReport } from '../../shared/completeness/index.js';

/**
 * What the export dialog tells the user before a final export. Before the
 * first export it is worked out here: everything the completeness check
 * calls an error and the required sections not yet approved. Once the core
 * has exported, its own list replaces that: it checked the saved draft, which
 * is what the file was made from. Each item is a sentence the user can act
 * on; the same point is never listed twice.
 */

export interface ExportGaps {
  /** From the completeness check, prefixed with the section it is about. */
  checkErrors: readonly string[];
  /** Required sections that are not approved (sign-off). */
  notApproved: readonly string[];
  /** The core's list from the last export in this dialog; null before the first. */
  fromExport: readonly string[] | null;
}

export function missingForFinal(gaps: ExportGaps): string[] {
  const items = gaps.fromExport ?? [...gaps.checkErrors, ...gaps.notApproved];
  const seen = new Set<string>();
  const all: string[] = [];
  for (const item of items) {
    const text = item.trim();
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    all.push(text);
  }
  return all;
}

export function checkErrorsOf(report: CompletenessReport, titleOf: (sectionId: string) => string): string[] {
  return report.findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => {
      if (finding.section === DOCUMENT_SECTION) return finding.message;
      const title = titleOf(finding.section);
      // Many messages already name their section ("“Vision” still holds only the starter text").
      return finding.message.includes(title) ? finding.message : `${title}: ${finding.message}`;
    });
}

export interface ExportAction {
  label: string;
  final: boolean;
  primary: boolean;
}

/**
 * With nothing missing, one plain export; otherwise a draft export first, and
 * a deliberate final one only when every required section is approved:
 * completeness problems can be confirmed away, approval cannot (the core
 * refuses it too).
 */
export function exportActions(missing: readonly string[], allApproved: boolean): ExportAction[] {
  const asDraft: ExportAction = { label: 'Export as draft', final: false, primary: true };
  if (!allApproved) return [asDraft];
  if (missing.length === 0) return [{ label: 'Export', final: true, primary: true }];
  return [asDraft, { label: 'Export as final anyway', final: true, primary: false }];
}

/** The line shown once the file is saved. */
export function exportedMessage(fileName: string, markedDraft: boolean, where: string | null): string {
  const place = where === null ? ' (see your browser’s downloads)' : ` to ${where}`;
  const kind = markedDraft ? 'It is marked DRAFT.' : 'It is a final copy, not marked draft.';
  return `Saved ${fileName}${place}. ${kind}`;
}
