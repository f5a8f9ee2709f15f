import { z } from 'zod';
import { packRulesSchema, ruleUseSchema, sectionWithRole, type RuleUse, type Template } from '../template/template.js';
import { DOCUMENT_RULES, type DocumentRule, type DocumentRuleDefinition } from './documentRules/index.js';
import { SECTION_RULES } from './rules/index.js';
import type { SectionRule } from './rules/sectionRule.js';

/**
 * The one registry of completeness rules, by rule id: the checks a pack's
 * `rules.json` may run on a section or across the whole document. A pack
 * refers to a rule by its id and gives its params; the params are checked
 * against the rule's schema when the pack loads, so a typo is a template
 * problem pointing at the file and field, not a check that silently never
 * runs.
 */

export type RuleDefinition = SectionRule | DocumentRuleDefinition;

/** Rule id → rule, refusing a second rule with the same id: the later one would otherwise silently replace the first. */
export function ruleRegistry(definitions: readonly RuleDefinition[]): ReadonlyMap<string, RuleDefinition> {
  const registry = new Map<string, RuleDefinition>();
  for (const definition of definitions) {
    if (registry.has(definition.id)) throw new Error(`Two completeness rules are registered as "${definition.id}"; give each its own id.`);
    registry.set(definition.id, definition);
  }
  return registry;
}

export const RULES: ReadonlyMap<string, RuleDefinition> = ruleRegistry([...SECTION_RULES, ...DOCUMENT_RULES]);

/** What is wrong with one rule use, by its field in `rules.json` (e.g. `sections.measures[1].params.columns`). */
export interface RuleUseProblem {
  field: string;
  message: string;
}

export interface SectionRuleRun {
  rule: SectionRule;
  params: unknown;
  /** The ids of the other sections it reads. */
  reads: readonly string[];
}

export interface DocumentRuleRun {
  /** Unique within the template, so that two uses of one rule keep their scans apart. */
  key: string;
  rule: DocumentRule;
}

export interface CompiledRules {
  sections: ReadonlyMap<string, { runs: SectionRuleRun[]; problems: RuleUseProblem[] }>;
  document: DocumentRuleRun[];
  documentProblems: RuleUseProblem[];
}

const compiled = new WeakMap<Template, CompiledRules>();

/** The template's rules with their params parsed (patterns compiled), once per template object. */
export function compileRules(template: Template): CompiledRules {
  const cached = compiled.get(template);
  if (cached) return cached;
  const sections = new Map<string, { runs: SectionRuleRun[]; problems: RuleUseProblem[] }>();
  for (const [sectionId, uses] of Object.entries(template.rules.sections)) {
    const runs: SectionRuleRun[] = [];
    const problems: RuleUseProblem[] = [];
    const elements = new Map<string, string>();
    uses.forEach((use, index) => {
      const field = `sections.${sectionId}[${index}]`;
      const parsed = parseUse(use, field, 'section');
      if (!parsed.ok) {
        problems.push(...parsed.problems);
        return;
      }
      const rule = parsed.definition as SectionRule;
      for (const element of rule.elements?.(parsed.params) ?? []) {
        const earlier = elements.get(element);
        if (earlier !== undefined) problems.push({ field: `${field}.params`, message: `the element "${element}" is already checked in this section by ${earlier}; give one of them another element id` });
        else elements.set(element, field);
      }
      const roles = typeof rule.readsRoles === 'function' ? rule.readsRoles(parsed.params) : (rule.readsRoles ?? []);
      const reads = roles.flatMap((role) => {
        const other = sectionWithRole(template, role);
        return other && other.id !== sectionId ? [other.id] : [];
      });
      runs.push({ rule, params: parsed.params, reads });
    });
    sections.set(sectionId, { runs, problems });
  }
  const document: DocumentRuleRun[] = [];
  const documentProblems: RuleUseProblem[] = [];
  template.rules.document.forEach((use, index) => {
    const field = `document[${index}]`;
    const parsed = parseUse(use, field, 'document');
    if (!parsed.ok) {
      documentProblems.push(...parsed.problems);
      return;
    }
    try {
      document.push({ key: `${index}:${use.rule}`, rule: (parsed.definition as DocumentRuleDefinition).create(parsed.params, template) });
    } catch (error) {
      documentProblems.push({ field, message: `the rule could not be set up: ${(error as Error).message}` });
    }
  });
  const result = { sections, document, documentProblems };
  compiled.set(template, result);
  return result;
}

/** Every problem with the template's rule uses, in `rules.json` order; empty when all of them can run. */
export function ruleUseProblems(template: Template): RuleUseProblem[] {
  const rules = compileRules(template);
  return [...[...rules.sections.values()].flatMap((entry) => entry.problems), ...rules.documentProblems];
}

type ParsedUse = { ok: true; definition: RuleDefinition; params: unknown } | { ok: false; problems: RuleUseProblem[] };

function parseUse(use: RuleUse, field: string, kind: RuleDefinition['kind']): ParsedUse {
  const definition = RULES.get(use.rule);
  const known = (wanted: RuleDefinition['kind']): string =>
    [...RULES.values()]
      .filter((candidate) => candidate.kind === wanted)
      .map((candidate) => candidate.id)
      .join(', ');
  if (!definition) return { ok: false, problems: [{ field: `${field}.rule`, message: `there is no rule "${use.rule}"; the ${kind === 'section' ? 'section' : 'document'} rules are: ${known(kind)}` }] };
  if (definition.kind !== kind) {
    const where = definition.kind === 'section' ? 'a section: list it under "sections"' : 'the whole document: list it under "document"';
    return { ok: false, problems: [{ field: `${field}.rule`, message: `the rule "${use.rule}" checks ${where}` }] };
  }
  const parsed = (definition.params as z.ZodType).safeParse(use.params ?? {});
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ field: `${field}.params${formatPath(issue.path)}`, message: issue.message })) };
  }
  return { ok: true, definition, params: parsed.data };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
}

/**
 * `rules.json` as a pack author's editor sees it: each use names a
 * registered rule and takes that rule's params, so an editor offers the rule
 * ids, describes each and checks its params while they are typed. The loader
 * validates with the same param schemas.
 */
export function packRulesFileSchema(): z.ZodType {
  const usesOf = (kind: RuleDefinition['kind']): z.ZodType => {
    const uses = [...RULES.values()]
      .filter((definition) => definition.kind === kind)
      .map((definition) => {
        const params = definition.params as z.ZodType;
        return z.strictObject({ rule: z.literal(definition.id), why: ruleUseSchema.shape.why, params: params.safeParse({}).success ? params.optional() : params }).describe(definition.summary);
      });
    return z.array(z.union(uses));
  };
  return z.strictObject({ sections: z.record(z.string(), usesOf('section')).default({}), document: usesOf('document').default([]), acrossDocument: packRulesSchema.shape.acrossDocument });
}
