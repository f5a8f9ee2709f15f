import { useMemo, type Ref } from 'react';
import { DOCUMENT_SECTION, type CompletenessReport, type Finding, type SectionReport, type Severity, type TextLocation } from '../../shared/completeness/index.js';
import { COMPLETENESS } from '../app/accessibleNames.js';

interface CompletenessPanelProps {
  report: CompletenessReport;
  /** Section id → title, as the template names it. */
  sectionTitles: Readonly<Record<string, string>>;
  /** What findings about the document as a whole are listed under, in its pack's words ("Whole plan"). */
  wholeDocument: string;
  /** Move the editor to a section, and to a place in it when the finding has one; `rule` names the finding's check. */
  onJump: (sectionId: string, location?: TextLocation, rule?: string) => void;
  /** The panel's heading, which takes the focus when the user opens the panel. */
  headingRef?: Ref<HTMLHeadingElement>;
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Must fix', warning: 'Should fix', info: 'Advice' };
const STATUS_LABEL: Record<SectionReport['status'], string> = { complete: 'Complete', incomplete: 'Incomplete', missing: 'Missing' };

/**
 * What the strategy still lacks: the overall score, then the findings grouped
 * by section in reading order (whole-document findings last), each a button
 * that jumps to its place, and where each corporate parenting principle is
 * addressed. It only renders a report; checking is the caller's business.
 */
export function CompletenessPanel({ report, sectionTitles, wholeDocument, onJump, headingRef }: CompletenessPanelProps) {
  const groups = useMemo(() => groupBySection(report), [report]);
  const titleOf = (id: string): string => (id === DOCUMENT_SECTION ? wholeDocument : (sectionTitles[id] ?? id));
  const counts = countBySeverity(report.findings);

  return (
    <aside className="completeness" aria-label={COMPLETENESS.panel}>
      <h2 ref={headingRef} className="completeness__heading" tabIndex={-1}>
        {COMPLETENESS.panel}
      </h2>
      <p className="completeness__score">
        <span className="completeness__score-value">{report.score}</span>
        <span className="completeness__score-unit"> out of 100</span>
      </p>
      <progress className="completeness__meter" max={100} value={report.score} aria-label={`Completeness score ${report.score} out of 100`} />
      <p className="completeness__summary">
        {counts.error} must fix · {counts.warning} should fix · {counts.info} advice
      </p>

      {groups.map(({ id, section, findings }) => (
        <section key={id} className="completeness__group" aria-label={titleOf(id)}>
          <h3 className="completeness__group-heading">
            <button type="button" className="link-button" onClick={() => onJump(id)} disabled={id === DOCUMENT_SECTION}>
              {titleOf(id)}
            </button>
            {section && (
              <span className={`completeness__status completeness__status--${section.status}`}>
                {STATUS_LABEL[section.status]} · {section.score}%
              </span>
            )}
          </h3>
          <ul className="completeness__findings">
            {findings.map((finding, index) => (
              <li key={`${finding.rule}-${finding.location?.from ?? index}`} className={`completeness__finding completeness__finding--${finding.severity}`}>
                <span className="completeness__severity">{SEVERITY_LABEL[finding.severity]}</span>{' '}
                {finding.section === DOCUMENT_SECTION ? (
                  <span className="completeness__message">{finding.message}</span>
                ) : (
                  <button type="button" className="link-button completeness__message" onClick={() => onJump(finding.section, finding.location, finding.rule)}>
                    {finding.message}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <details className="completeness__principles">
        <summary>Corporate parenting principles</summary>
        <ul>
          {report.principles.map((principle) => (
            <li key={principle.id}>
              <span className="completeness__principle">
                ({principle.id}) {principle.summary}
              </span>
              {principle.addressedIn.length === 0 ? (
                <span className="completeness__principle-missing"> — addressed nowhere</span>
              ) : (
                <span>
                  {' — '}
                  {principle.addressedIn.map((place, index) => (
                    <span key={place.section}>
                      {index > 0 && ', '}
                      <button type="button" className="link-button" onClick={() => onJump(place.section, place.location)}>
                        {titleOf(place.section)}
                      </button>
                    </span>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
      </details>
    </aside>
  );
}

interface FindingGroup {
  id: string;
  section: SectionReport | undefined;
  findings: Finding[];
}

/** Sections in template order, then the whole-document findings; sections with nothing to say are left out. */
function groupBySection(report: CompletenessReport): FindingGroup[] {
  const byId = new Map<string, Finding[]>();
  for (const finding of report.findings) byId.set(finding.section, [...(byId.get(finding.section) ?? []), finding]);
  const groups: FindingGroup[] = report.sections.flatMap((section) => {
    const findings = byId.get(section.id);
    return findings ? [{ id: section.id, section, findings }] : [];
  });
  const whole = byId.get(DOCUMENT_SECTION);
  return whole ? [...groups, { id: DOCUMENT_SECTION, section: undefined, findings: whole }] : groups;
}

function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
