import type { z } from 'zod';
import type { CoverFields } from '../../model/draft.js';
import type { SectionRole, Template } from '../../template/template.js';
import type { SectionContext } from '../sectionContext.js';
import type { Severity, TextLocation } from '../types.js';

/**
 * One element a section must contain ("the terms of reference set a quorum").
 * A failed element becomes a finding; the share of passed elements is the
 * section's score. An `info` element is advice: shown, never scored.
 */
export interface ElementCheck {
  /** The element's id within its section, e.g. `quorum`. */
  element: string;
  passed: boolean;
  /** What is missing and how to fix it, shown only when the check fails. */
  message: string;
  /** Defaults to a warning (info in optional sections). */
  severity?: Severity;
  location?: TextLocation;
  /**
   * For an element a strategy may carry in another section (the vision in
   * the introduction, a figure in the leadership chapter): finds it in
   * another section's text. A failed check found so passes, with a note of
   * where (see `acrossDocument.ts`).
   */
  acrossDocument?: (other: SectionContext) => TextLocation | undefined;
}

export interface SectionRuleEnv {
  template: Template;
  cover: CoverFields;
  /** The council's own names for the pack's local-name slots (slot id → name), e.g. its Children in Care Council's name. */
  localNames: Readonly<Record<string, string>>;
  /** Another section's content, when the draft has it and it is not just starter text. */
  section(id: string): SectionContext | undefined;
}

/**
 * A check a pack can run on a section, registered under its own id (see
 * `registry.ts`) and given its words, columns and thresholds by the pack's
 * `rules.json`. `params` validates those parameters when the pack loads and
 * turns them into what `check` reads (patterns compiled once per template).
 */
export interface SectionRule<Params = unknown> {
  kind: 'section';
  id: string;
  /** What it checks, for pack authors (shown in the JSON Schema of rules.json). */
  summary: string;
  params: z.ZodType<Params>;
  /** The roles of other sections this rule reads (fixed, or chosen by its params), so the incremental checker re-runs it when they change. */
  readsRoles?: readonly SectionRole[] | ((params: Params) => readonly SectionRole[]);
  /** The element ids it reports when they come from its params, so the loader can refuse two checks of one element in a section. */
  elements?(params: Params): readonly string[];
  check(context: SectionContext, env: SectionRuleEnv, params: Params): ElementCheck[];
}

/** Rules with different params in one registry: each rule only ever sees params its own schema produced. */
export function sectionRule<Params>(rule: SectionRule<Params>): SectionRule {
  return rule as unknown as SectionRule;
}
