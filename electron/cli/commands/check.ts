import type { CompletenessReport, Finding } from '../../../shared/completeness/index.js';
// From the types alone: the checker itself runs in the core, and help need not load it.
import { DOCUMENT_SECTION, SEVERITY_ORDER } from '../../../shared/completeness/types.js';
import { UNSORTED } from '../../../shared/import/types.js';
import { wholeDocumentHeading } from '../../../shared/template/documentWords.js';
import type { Template } from '../../../shared/template/template.js';
import type { Command } from '../command.js';
import { toJson } from '../format.js';

/**
 * Findings are the result of a successful check, not a failure of the
 * command, so it exits 0 whatever it finds; scripts read the score and the
 * findings from `--json`.
 */
export const checkCommand: Command = {
  name: 'check',
  summary: 'Check a strategy for completeness against its template and print the findings (exits 0 even when there are findings).',
  arguments: ['ID'],
  options: {},
  async run({ args, call, io, json }) {
    const id = String(args[0]);
    const report = await call('drafts.check', { id });
    if (json) {
      io.stdout(toJson(checkJson(report)));
      return;
    }
    const draft = await call('drafts.open', { id });
    const template = await call('templates.get', { id: draft.templateId });
    io.stdout(checkText(draft.title, report, template));
  },
};

/** Exactly the documented shape: other fields of the report (locations, readability, principles) are for the app. */
function checkJson(report: CompletenessReport) {
  return {
    score: report.score,
    sections: report.sections.map((section) => ({ id: section.id, status: section.status, score: section.score })),
    findings: report.findings.map((finding) => ({ severity: finding.severity, section: finding.section, rule: finding.rule, message: finding.message })),
  };
}

function checkText(title: string, report: CompletenessReport, template: Template): string {
  const count = (severity: Finding['severity']) => report.findings.filter((finding) => finding.severity === severity).length;
  const lines = [`"${title}" is ${report.score}% complete: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')}.`];
  const titles = new Map(template.sections.map((section) => [section.id, section.title]));
  const grouped = new Map<string, Finding[]>();
  for (const finding of report.findings) grouped.set(finding.section, [...(grouped.get(finding.section) ?? []), finding]);

  for (const section of report.sections) {
    lines.push('', `${titles.get(section.id) ?? section.id}: ${section.status} (${section.score}%)`);
    lines.push(...findingLines(grouped.get(section.id)));
    grouped.delete(section.id);
  }
  // Findings about the document as a whole, and the Unsorted pile, after the sections.
  for (const [section, findings] of grouped) {
    lines.push('', section === DOCUMENT_SECTION ? wholeDocumentHeading(template.words) : section === UNSORTED ? 'Unsorted' : section);
    lines.push(...findingLines(findings));
  }
  return lines.join('\n');
}

function findingLines(findings: Finding[] | undefined): string[] {
  return [...(findings ?? [])]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .map((finding) => `  ${finding.severity.padEnd(8)}${finding.message}`);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
