/** The completeness checker: what a strategy still lacks against the common structure. */
export { checkDraft } from './checkDraft.js';
export { isSectionWritten, readabilityTarget } from './engine.js';
export { createIncrementalChecker, type IncrementalChecker } from './incremental.js';
export { sectionNumbering, appendixLetter, isFrontMatter, isPrinted, type AppendixStyle } from './numbering.js';
export { readabilityOfText, readabilityOfSection, countSyllables, YOUNG_PEOPLE_READING_AGE_CEILING, type TextReadability } from './readability.js';
export { RULES, ruleRegistry, ruleUseProblems, type RuleDefinition, type RuleUseProblem } from './registry.js';
export {
  DOCUMENT_SECTION,
  SEVERITY_ORDER,
  type CheckInput,
  type CheckOptions,
  type CompletenessReport,
  type ConsentRecord,
  type DraftSectionInput,
  type Finding,
  type PrincipleCoverage,
  type ReadabilityReport,
  type SectionReport,
  type SectionStatus,
  type SentenceSpan,
  type Severity,
  type TextLocation,
  type TranslatedSections,
} from './types.js';
