import { DOCUMENT_SECTION, type CompletenessReport } from '../../../shared/completeness/index.js';
import { finalExportBlockers } from '../../../shared/cowriting/finalExportBlockers.js';
import type { Draft } from '../../../shared/model/draft.js';
import type { Template } from '../../../shared/template/template.js';

/**
 * What stands between a draft and a final export, one line each, for the
 * confirmation dialog and the CLI: every completeness error, prefixed by the
 * title of its section (unless it opens with it) so the line makes sense on
 * its own, then every
 * required section not yet approved.
 */
export function exportProblems(draft: Draft, template: Template, report: CompletenessReport): string[] {
  const titles = new Map(template.sections.map((section) => [section.id, section.title]));
  const errors = report.findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => {
      const title = finding.section === DOCUMENT_SECTION ? 'Whole strategy' : (titles.get(finding.section) ?? finding.section);
      // "“Measures of success” has not been written yet…" names its section already; a prefix would say it twice.
      return finding.message.startsWith(`"${title}"`) ? finding.message : `${title}: ${finding.message}`;
    });
  return [...errors, ...finalExportBlockers(draft, template)];
}
