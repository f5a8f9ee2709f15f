import { DOCUMENT_SECTION, type CompletenessReport } from '../../../shared/completeness/index.js';
import { finalExportBlockers } from '../../../shared/cowriting/finalExportBlockers.js';
import { openSuggestionCounts } from '../../../shared/cowriting/suggestMode.js';
import type { Draft } from '../../../shared/model/draft.js';
import { wholeDocumentHeading } from '../../../shared/template/documentWords.js';
import type { Template } from '../../../shared/template/template.js';

/**
 * What stands between a draft and a final export, one line each, for the
 * confirmation dialog and the CLI: every completeness error, prefixed by the
 * title of its section (unless it opens with it) so the line makes sense on
 * its own, then every required section not yet approved, then every section
 * with suggested edits nobody has accepted or rejected yet.
 */
export function exportProblems(draft: Draft, template: Template, report: CompletenessReport): string[] {
  const titles = new Map(template.sections.map((section) => [section.id, section.title]));
  const errors = report.findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => {
      const title = finding.section === DOCUMENT_SECTION ? wholeDocumentHeading(template.words) : (titles.get(finding.section) ?? finding.section);
      // "“Measures of success” has not been written yet…" names its section already; a prefix would say it twice.
      return finding.message.startsWith(`"${title}"`) ? finding.message : `${title}: ${finding.message}`;
    });
  const suggestions = [...openSuggestionCounts(draft.sections)].map(
    ([id, count]) => `"${titles.get(id) ?? id}" has ${count === 1 ? '1 open suggestion' : `${count} open suggestions`} to accept or reject.`,
  );
  return [...errors, ...finalExportBlockers(draft, template), ...suggestions];
}
