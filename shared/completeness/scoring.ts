import type { SectionStatus as TemplateSectionStatus } from '../template/template.js';
import type { ElementCheck } from './rules/sectionRule.js';
import type { Finding, SectionReport } from './types.js';

/**
 * Scores.
 *
 * A section's score is the share of its scored element checks that pass
 * (info checks are advice and do not count), as a whole number 0-100; a
 * missing section scores 0 and a written section with no rule scores 100.
 *
 * The overall score is the mean of the section scores weighted by how much
 * each section matters: required 3, recommended 2, optional 1. An optional
 * section only counts once it has been written, so leaving one out never
 * lowers the score. A draft with any error finding (a placeholder, a child's
 * name without consent, a missing required section) scores at most 99, so
 * 100 always means "nothing that must be fixed".
 */

const WEIGHTS: Record<TemplateSectionStatus, number> = { required: 3, recommended: 2, optional: 1 };

export function sectionScore(checks: ElementCheck[]): number {
  const scored = checks.filter((check) => check.severity !== 'info');
  if (scored.length === 0) return 100;
  return Math.round((100 * scored.filter((check) => check.passed).length) / scored.length);
}

export function overallScore(sections: { report: SectionReport; status: TemplateSectionStatus }[], findings: Finding[]): number {
  let weighted = 0;
  let weights = 0;
  for (const { report, status } of sections) {
    if (status === 'optional' && report.status === 'missing') continue;
    weighted += WEIGHTS[status] * report.score;
    weights += WEIGHTS[status];
  }
  const score = weights === 0 ? 100 : Math.round(weighted / weights);
  return findings.some((finding) => finding.severity === 'error') ? Math.min(score, 99) : score;
}
