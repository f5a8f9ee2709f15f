import type { CoverFields } from '../../model/draft.js';
import type { Template } from '../../template/template.js';
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
}

export interface SectionRuleEnv {
  template: Template;
  cover: CoverFields;
  /** Another section's content, when the draft has it and it is not just starter text. */
  section(id: string): SectionContext | undefined;
}

export interface SectionRule {
  sectionId: string;
  /** Other sections this rule reads, so the incremental checker re-runs it when they change. */
  dependsOn?: readonly string[];
  check(context: SectionContext, env: SectionRuleEnv): ElementCheck[];
}
