import { DOCUMENT_SECTION, type CompletenessReport, type TextLocation } from '../../shared/completeness/index.js';
import { EXPORT } from '../app/accessibleNames.js';

/**
 * What the export dialog tells the user before a final export. Before the
 * first export it is worked out here: the placeholders left in the saved
 * text, everything the completeness check calls an error and the required
 * sections not yet approved. Once the core has exported, its own list
 * replaces the check's: it checked the saved draft, which is what the file
 * was made from. Each item is a sentence the user can act on, with the place
 * it is about where there is one; the same point is never listed twice.
 */

/** Where a problem is, so the dialog can take the user there. */
export interface ProblemTarget {
  sectionId: string;
  location?: TextLocation;
}

export interface ExportProblem {
  text: string;
  target?: ProblemTarget;
}

export interface ExportGaps {
  /** From the completeness check, prefixed with the section it is about (placeholders aside: they have their own list). */
  checkErrors: readonly ExportProblem[];
  /** Required sections that are not approved (sign-off). */
  notApproved: readonly ExportProblem[];
  /** The core's list from the last export in this dialog; null before the first. */
  fromExport: readonly string[] | null;
}

export function missingForFinal(gaps: ExportGaps): ExportProblem[] {
  const known = new Map([...gaps.checkErrors, ...gaps.notApproved].map((problem) => [problem.text.trim(), problem]));
  const items = gaps.fromExport?.map((text) => known.get(text.trim()) ?? { text }) ?? [...gaps.checkErrors, ...gaps.notApproved];
  const seen = new Set<string>();
  const all: ExportProblem[] = [];
  for (const item of items) {
    const text = item.text.trim();
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    all.push({ ...item, text });
  }
  return all;
}

export function checkErrorsOf(report: CompletenessReport, titleOf: (sectionId: string) => string): ExportProblem[] {
  return report.findings
    .filter((finding) => finding.severity === 'error' && finding.rule !== 'placeholder')
    .map((finding) => {
      if (finding.section === DOCUMENT_SECTION) return { text: finding.message };
      const title = titleOf(finding.section);
      // Many messages already name their section ("“Vision” still holds only the starter text").
      const text = finding.message.includes(title) ? finding.message : `${title}: ${finding.message}`;
      return { text, target: { sectionId: finding.section, ...(finding.location ? { location: finding.location } : {}) } };
    });
}

export interface ExportAction {
  label: string;
  final: boolean;
  primary: boolean;
}

/**
 * With nothing missing, one plain export; otherwise a draft export first, and
 * a deliberate final one only when every required section is approved and
 * no placeholder is left: completeness problems can be confirmed away,
 * approval and placeholders cannot (the core refuses them too).
 */
export function exportActions(missing: readonly ExportProblem[], allApproved: boolean, placeholdersLeft = false): ExportAction[] {
  const asDraft: ExportAction = { label: EXPORT.asDraft, final: false, primary: true };
  if (!allApproved || placeholdersLeft) return [asDraft];
  if (missing.length === 0) return [{ label: 'Export', final: true, primary: true }];
  return [asDraft, { label: EXPORT.finalAnyway, final: true, primary: false }];
}

/** The line shown once the file is saved. */
export function exportedMessage(fileName: string, markedDraft: boolean, where: string | null): string {
  const place = where === null ? ' (see your browser’s downloads)' : ` to ${where}`;
  const kind = markedDraft ? 'It is marked DRAFT.' : 'It is a final copy, not marked draft.';
  return `Saved ${fileName}${place}. ${kind}`;
}
