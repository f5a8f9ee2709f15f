import type { CoverFields, NodeJSON } from '../model/draft.js';
import { hasRole, type Template, type TemplateSection } from '../template/template.js';
import { cachedScan, type DocumentContext, type DocumentSetting } from './documentRules/index.js';
import { readabilityOfSection, YOUNG_PEOPLE_READING_AGE_CEILING } from './readability.js';
import { compileRules, type RuleUseProblem, type SectionRuleRun } from './registry.js';
import type { ElementCheck, SectionRuleEnv } from './rules/sectionRule.js';
import { overallScore, sectionScore } from './scoring.js';
import { schema } from '../model/schema.js';
import { buildSectionContext, readSection, type ParsedSection, type SectionContext } from './sectionContext.js';
import { hasOwnLine, starterLinesFor, type StarterLines } from './starter.js';
import { DOCUMENT_SECTION, SEVERITY_ORDER, type CompletenessReport, type ConsentRecord, type Finding, type PrincipleCoverage, type ReadabilityReport, type SectionReport, type Severity, type TranslatedSections } from './types.js';

/**
 * The steps of a check, shared by `checkDraft` and the incremental checker so
 * that both produce the same report: read each section, decide whether it
 * has been written, run the rules the pack lists for it, then run the pack's
 * whole-document rules over the written sections and put the report together.
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
  /** The element checks behind the report, so an element found in another section can be passed (see `judgeAcrossDocument`). */
  checks?: ElementCheck[];
  /** The section has no writing of its own (empty or only starter text), as opposed to unreadable. */
  unwritten?: boolean;
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
function runRule(run: SectionRuleRun, section: TemplateSection, context: SectionContext, env: SectionRuleEnv): ElementCheck[] | Finding {
  try {
    return run.rule.check(context, env, run.params);
  } catch (error) {
    return { severity: 'info', section: section.id, rule: `${section.id}.rule-failed`, message: `The "${run.rule.id}" check of this section could not finish (${(error as Error).message}); the other checks still ran.` };
  }
}

/** A rule use the template got wrong (a template built in code is not checked by the loader): said once, and the other checks still run. */
function invalidUse(section: TemplateSection, problem: RuleUseProblem): Finding {
  return { severity: 'info', section: section.id, rule: `${section.id}.rule-invalid`, message: `A check of this section cannot run because the template's rules.json is wrong at ${problem.field}: ${problem.message}.` };
}

function runRules(section: TemplateSection, context: SectionContext, env: SectionRuleEnv): { checks: ElementCheck[]; failures: Finding[] } {
  const rules = compileRules(env.template).sections.get(section.id);
  const checks: ElementCheck[] = [];
  const failures: Finding[] = (rules?.problems ?? []).map((problem) => invalidUse(section, problem));
  for (const run of rules?.runs ?? []) {
    const result = runRule(run, section, context, env);
    if (Array.isArray(result)) checks.push(...result);
    else failures.push(result);
  }
  return { checks, failures };
}

export function evaluateSection(section: TemplateSection, presence: SectionPresence, env: SectionRuleEnv): SectionEvaluation {
  if (section.kind === 'cover') {
    if (isCoverBlank(env.cover)) return { report: { id: section.id, status: 'missing', score: 0 }, findings: [missingFinding(section, { state: 'blank-cover' })] };
    return fromChecks(section, runRules(section, emptyContext(section.id, presence), env));
  }
  if (presence.state !== 'written') return { report: { id: section.id, status: 'missing', score: 0 }, findings: [missingFinding(section, presence)], unwritten: presence.state !== 'unreadable' };
  const evaluation = fromChecks(section, runRules(section, presence.context, env));
  const readability = readabilityFor(section, presence.context);
  return readability ? { ...evaluation, readability } : evaluation;
}

function fromChecks(section: TemplateSection, { checks, failures }: { checks: ElementCheck[]; failures: Finding[] }): SectionEvaluation {
  const score = sectionScore(checks);
  const failedScored = checks.some((check) => !check.passed && check.severity !== 'info');
  const findings = checks
    .filter((check) => !check.passed)
    .map((check): Finding => ({ severity: severityOf(check, section), section: section.id, rule: `${section.id}.${check.element}`, message: check.message, ...(check.location ? { location: check.location } : {}) }));
  // A check that could not run cannot vouch for the section.
  return { report: { id: section.id, status: failedScored || failures.length > 0 ? 'incomplete' : 'complete', score }, findings: [...findings, ...failures], checks };
}

/** The cover rule reads fields, not text; it still gets a context so every rule has the same signature. */
function emptyContext(id: string, presence: SectionPresence): SectionContext {
  if (presence.state === 'written') return presence.context;
  return buildSectionContext(id, schema.node('doc', null, [schema.node('paragraph')]));
}

/** Sections written for young readers are read against a reading-age ceiling; the leadership foreword is measured, as young people read it too. */
/**
 * Whether the checker measures a section's readability, and against which
 * reading age: what children and young people read is held to their
 * ceiling, the leadership's foreword is measured without one. The editor's
 * highlights follow the same answer.
 */
export function readabilityTarget(section: Pick<TemplateSection, 'roles'>): { ceiling?: number } | undefined {
  if (hasRole(section, 'young-people-foreword') || hasRole(section, 'child-friendly')) return { ceiling: YOUNG_PEOPLE_READING_AGE_CEILING };
  if (hasRole(section, 'leadership-foreword')) return {};
  return undefined;
}

function readabilityFor(section: TemplateSection, context: SectionContext): ReadabilityReport | undefined {
  const target = readabilityTarget(section);
  return target ? readabilityOfSection(context, target.ceiling) : undefined;
}

export interface DocumentCheck {
  findings: Finding[];
  principles: PrincipleCoverage[];
}

/** Runs the pack's whole-document rules; each section's scans are reused while its context is (see `cachedScan`). */
export function checkDocument(
  setting: DocumentSetting,
  written: SectionContext[],
  consents: ConsentRecord[],
  cover: CoverFields,
  translated: TranslatedSections = {},
  localNames: Readonly<Record<string, string>> = {},
): DocumentCheck {
  const document: DocumentContext = { ...setting, sections: written, consents, cover, translated, localNames };
  const rules = compileRules(setting.template);
  const findings: Finding[] = rules.documentProblems.map((problem) => ({
    severity: 'info',
    section: DOCUMENT_SECTION,
    rule: 'document.rule-invalid',
    message: `A whole-document check cannot run because the template's rules.json is wrong at ${problem.field}: ${problem.message}.`,
  }));
  let principles: PrincipleCoverage[] = [];
  for (const { key, rule } of rules.document) {
    try {
      const scans = written.map((section) => ({ section, scan: cachedScan(section, key, setting, () => rule.scan(section, setting)) }));
      findings.push(...rule.combine(scans, document));
      if (rule.coverage) principles = rule.coverage(scans);
    } catch (error) {
      findings.push({ severity: 'info', section: DOCUMENT_SECTION, rule: `${rule.id}.rule-failed`, message: `The "${rule.id}" check could not finish (${(error as Error).message}); the other checks still ran.` });
    }
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
