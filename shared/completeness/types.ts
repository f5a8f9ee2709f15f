import type { Node } from 'prosemirror-model';
import type { CoverFields, NodeJSON } from '../model/draft.js';
import type { TranslationLanguage } from '../model/language.js';

export type Severity = 'error' | 'warning' | 'info';

/** Most serious first: the order findings are listed in. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** ProseMirror positions inside one section's document, for jumping to and highlighting the text a finding is about. */
export interface TextLocation {
  from: number;
  to: number;
}

export interface Finding {
  severity: Severity;
  /** A section id of the template, or `DOCUMENT_SECTION` for findings about the strategy as a whole. */
  section: string;
  /** Stable id of the check, `<section or document rule>.<element>` (e.g. `board-tor.quorum`). */
  rule: string;
  /** Plain English: what is missing and how to fix it. */
  message: string;
  location?: TextLocation;
}

/** The pseudo-section id of findings that belong to no single section (a principle addressed nowhere). */
export const DOCUMENT_SECTION = 'document';

export type SectionStatus = 'complete' | 'incomplete' | 'missing';

export interface SectionReport {
  id: string;
  status: SectionStatus;
  score: number;
}

export interface PrincipleCoverage {
  /** The principle's id in the pack's law library (in England the paragraph letter of s1(1) of the Children and Social Work Act 2017). */
  id: string;
  summary: string;
  addressedIn: { section: string; location: TextLocation }[];
}

export interface SentenceSpan extends TextLocation {
  words: number;
  text: string;
}

export interface ReadabilityReport {
  words: number;
  sentences: number;
  /** Flesch-Kincaid grade level (US school grade). */
  grade: number;
  /** UK reading age in years: the grade plus five, never below five. */
  readingAge: number;
  /** The suggested highest reading age, where the section has one. */
  ceiling?: number;
  /** The longest sentences, longest first, for highlighting. */
  longestSentences: SentenceSpan[];
}

export interface CompletenessReport {
  /** 0-100; see `overallScore` for the formula. */
  score: number;
  /** One entry for every section of the template, in template order. */
  sections: SectionReport[];
  findings: Finding[];
  principles: PrincipleCoverage[];
  /** Keyed by section id: the forewords that have text. */
  readability: Record<string, ReadabilityReport>;
}

export interface DraftSectionInput {
  id: string;
  /** Stored JSON or an editor document; an editor document is used as it is, without a JSON round trip. */
  doc: NodeJSON | Node;
  /**
   * Optional: the stored revision. When given, the incremental checker trusts it
   * instead of object identity to know whether the section changed.
   */
  revision?: number;
}

/** By language, the ids of the sections whose text in that language (Welsh beside the English) has something written. */
export type TranslatedSections = Partial<Record<TranslationLanguage, readonly string[]>>;

export interface ConsentRecord {
  name: string;
}

export interface CheckInput {
  cover: CoverFields;
  sections: DraftSectionInput[];
  /** Young people who agreed to be named in the strategy. */
  consents?: ConsentRecord[];
  /**
   * The council's own names for the pack's local-name slots (slot id → name,
   * e.g. `children-in-care-council` → "Our Voice"), so that a check asking
   * for a Children in Care Council also accepts the name the council uses.
   */
  localNames?: Record<string, string>;
  /** A bilingual draft's sections with text in the other language; absent for English-only drafts. */
  translated?: TranslatedSections;
}

export interface CheckOptions {
  /**
   * The plain text of each section's starter as the editor shows it (e.g. the
   * text of `markdownToDoc(starter)`), keyed by section id. Without it the
   * starter Markdown of the template is normalised directly.
   */
  starterText?: Record<string, string>;
  /** Appendix labels: letters (A, B, …) unless the template's numbering uses numbers. */
  appendixStyle?: 'letter' | 'number';
}
