import type { CoverFields, NodeJSON } from '../model/draft.js';
import type { Template, TemplateSection } from '../template/template.js';
import { cachedScan, DOCUMENT_RULES, principleCoverage, principleFindings, scanPrinciples, type DocumentContext, type DocumentSetting } from './documentRules/index.js';
import { readabilityOfSection, YOUNG_PEOPLE_READING_AGE_CEILING } from './readability.js';
import { SECTION_RULES } from './rules/index.js';
import type { ElementCheck, SectionRule, SectionRuleEnv } from './rules/sectionRule.js';
import { overallScore, sectionScore } from './scoring.js';
import { schema } from '../model/schema.js';
import { buildSectionContext, readSection, type ParsedSection, type SectionContext } from './sectionContext.js';
import { hasOwnLine, starterLinesFor, type StarterLines } from './starter.js';
import { DOCUMENT_SECTION, SEVERITY_ORDER, type CompletenessReport, type ConsentRecord, type Finding, type PrincipleCoverage, type ReadabilityReport, type SectionReport, type Severity } from './types.js';

/**
 * The steps of a check, shared by `checkDraft` and the incremental checker so
 * that both produce the same report: read each section, decide whether it
 * has been written, run its rule, then run the whole-document rules over the
 * written sections and put the report together.
 */

/** What a section holds, before its rule runs. */
export type SectionPresence =
  | { state: 'absent' }
  | { state: 'unreadable'; message: string }
  | { state: 'empty' }
  | { state: 'starter' }
  | { state: 'written'; context: SectionContext };

export function presenceOf(parsed: ParsedSection | undefined, starter: StarterLines): SectionPresence {
  if (!parsed) return { state: 'absent' };
  if (!parsed.ok) return { state: 'unreadable', message: parsed.message };
  if (parsed.context.text.trim() === '' && !hasImage(parsed.context)) return { state: 'empty' };
  if (!hasOwnLine(parsed.context, starter)) return starter.size > 0 ? { state: 'starter' } : { state: 'empty' };
  return { state: 'written', context: parsed.context };
}

/**
 * Whether a section holds writing of its own: not empty, not only its
 * template's starter text, and readable. The check reports every other
 * section as "missing"; sign-off asks the same question.
 */
export function isSectionWritten(template: Template, section: { id: string; doc: NodeJSON }): boolean {
  const starter = starterLinesFor(template).get(section.id) ?? new Set<string>();
  return presenceOf(readSection(section.id, section.doc), starter).state === 'written';
}

function hasImage(context: SectionContext): boolean {
  let found = false;
  context.doc.descendants((node) => {
    if (node.type.name === 'image') found = true;
    return !found;
  });
  return found;
}

export interface SectionEvaluation {
  report: SectionReport;
  findings: Finding[];
  readability?: ReadabilityReport;
}

const isCoverBlank = (cover: CoverFields): boolean =>
  Object.values(cover).every((value) => value === null || (typeof value === 'string' && value.trim() === ''));

/** The severity a failed check is shown with: optional sections only ever give advice. */
function severityOf(check: ElementCheck, section: TemplateSection): Severity {
  return section.status === 'optional' ? 'info' : (check.severity ?? 'warning');
}

function missingFinding(section: TemplateSection, presence: SectionPresence | { state: 'blank-cover' }): Finding {
  const severity: Severity = section.status === 'required' ? 'error' : section.status === 'recommended' ? 'warning' : 'info';
  const need = section.status === 'required' ? 'is required' : section.status === 'recommended' ? 'is recommended' : 'is optional, but worth considering';
  const what =
    presence.state === 'starter'
      ? `still holds only the starter text. Replace it with your own`
      : presence.state === 'unreadable'
        ? `could not be read (${presence.message}). Re-enter its text`
        : presence.state === 'blank-cover'
          ? 'is blank. Fill in its fields'
          : 'has not been written yet. Write it';
  return { severity, section: section.id, rule: `${section.id}.missing`, message: `"${section.title}" ${what}: this section ${need}.` };
}

/** A rule that throws must not take the rest of the check with it. */
function runRule(rule: SectionRule, context: SectionContext, env: SectionRuleEnv): ElementCheck[] | Finding {
  try {
    return rule.check(context, env);
  } catch (error) {
    return { severity: 'info', section: rule.sectionId, rule: `${rule.sectionId}.rule-failed`, message: `The check of this section could not finish (${(error as Error).message}); the other checks still ran.` };
  }
}

export function evaluateSection(section: TemplateSection, presence: SectionPresence, env: SectionRuleEnv): SectionEvaluation {
  const rule = SECTION_RULES.get(section.kind === 'cover' ? 'cover' : section.id);
  if (section.kind === 'cover') {
    if (isCoverBlank(env.cover)) return { report: { id: section.id, status: 'missing', score: 0 }, findings: [missingFinding(section, { state: 'blank-cover' })] };
    return fromChecks(section, rule ? runRule(rule, emptyContext(section.id, presence), env) : []);
  }
  if (presence.state !== 'written') return { report: { id: section.id, status: 'missing', score: 0 }, findings: [missingFinding(section, presence)] };
  const evaluation = fromChecks(section, rule ? runRule(rule, presence.context, env) : []);
  const readability = readabilityFor(section.id, presence.context);
  return readability ? { ...evaluation, readability } : evaluation;
}

function fromChecks(section: TemplateSection, result: ElementCheck[] | Finding): SectionEvaluation {
  if (!Array.isArray(result)) return { report: { id: section.id, status: 'incomplete', score: 0 }, findings: [result] };
  const score = sectionScore(result);
  const failedScored = result.some((check) => !check.passed && check.severity !== 'info');
  const findings = result
    .filter((check) => !check.passed)
    .map((check): Finding => ({ severity: severityOf(check, section), section: section.id, rule: `${section.id}.${check.element}`, message: check.message, ...(check.location ? { location: check.location } : {}) }));
  return { report: { id: section.id, status: failedScored ? 'incomplete' : 'complete', score }, findings };
}

/** The cover rule reads fields, not text; it still gets a context so every rule has the same signature. */
function emptyContext(id: string, presence: SectionPresence): SectionContext {
  if (presence.state === 'written') return presence.context;
  return buildSectionContext(id, schema.node('doc', null, [schema.node('paragraph')]));
}

function readabilityFor(id: string, context: SectionContext): ReadabilityReport | undefined {
  if (id === 'foreword-young-people') return readabilityOfSection(context, YOUNG_PEOPLE_READING_AGE_CEILING);
  if (id === 'foreword-leadership') return readabilityOfSection(context);
  return undefined;
}

export interface DocumentCheck {
  findings: Finding[];
  principles: PrincipleCoverage[];
}

/** Runs the whole-document rules; each section's scans are reused while its context is (see `cachedScan`). */
export function checkDocument(setting: DocumentSetting, written: SectionContext[], consents: ConsentRecord[]): DocumentCheck {
  const document: DocumentContext = { ...setting, sections: written, consents };
  const findings: Finding[] = [];
  for (const rule of DOCUMENT_RULES) {
    try {
      const scans = written.map((section) => ({ section, scan: cachedScan(section, rule.id, setting, () => rule.scan(section, setting)) }));
      findings.push(...rule.combine(scans, document));
    } catch (error) {
      findings.push({ severity: 'info', section: DOCUMENT_SECTION, rule: `${rule.id}.rule-failed`, message: `The "${rule.id}" check could not finish (${(error as Error).message}); the other checks still ran.` });
    }
  }
  let principles: PrincipleCoverage[] = [];
  try {
    principles = principleCoverage(written.map((section) => ({ section, scan: cachedScan(section, 'principles', setting, () => scanPrinciples(section)) })));
    findings.push(...principleFindings(principles));
  } catch (error) {
    findings.push({ severity: 'info', section: DOCUMENT_SECTION, rule: 'principles.rule-failed', message: `The corporate parenting principles check could not finish (${(error as Error).message}); the other checks still ran.` });
  }
  return { findings, principles };
}

export function assembleReport(template: Template, evaluations: SectionEvaluation[], document: DocumentCheck): CompletenessReport {
  const order = new Map(template.sections.map((section, index) => [section.id, index]));
  const sectionOrder = (id: string): number => order.get(id) ?? template.sections.length;
  const findings = [...evaluations.flatMap((evaluation) => evaluation.findings), ...document.findings].sort(
    (a, b) => sectionOrder(a.section) - sectionOrder(b.section) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.location?.from ?? -1) - (b.location?.from ?? -1),
  );
  const readability: Record<string, ReadabilityReport> = {};
  for (const evaluation of evaluations) if (evaluation.readability) readability[evaluation.report.id] = evaluation.readability;
  const sections = evaluations.map((evaluation) => evaluation.report);
  const score = overallScore(
    template.sections.map((section, index) => ({ status: section.status, report: sections[index] ?? { id: section.id, status: 'missing', score: 0 } })),
    findings,
  );
  return { score, sections, findings, principles: document.principles, readability };
}
