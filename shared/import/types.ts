import type { ApiError } from '../api/errors.js';
import type { Draft, NodeJSON } from '../model/draft.js';

/**
 * The common shape every reader produces: the document as an ordered list of
 * blocks with its headings picked out. Heading levels are the source's own
 * outline (1 = top), not the schema's, because the classifier needs to know
 * which heading is a parent of which.
 */
export interface SourceHeading {
  text: string;
  level: number;
}

export type SourceBlock = { kind: 'heading'; heading: SourceHeading } | { kind: 'content'; node: NodeJSON };

export type SourceFormat = 'docx' | 'markdown' | 'text';

export interface SourceDocument {
  format: SourceFormat;
  /** The document's own title (Word's Title style, Markdown front matter), when it states one. */
  title: string | null;
  blocks: SourceBlock[];
  /** Title-page lines the file keeps outside its text (Markdown front matter, as "Owner: …" lines), read for the cover. */
  titlePage?: string[];
  /** Things the reader changed or left out that the officer should hear about. */
  notes: string[];
}

export interface ImportCover {
  council: string;
  title: string;
  periodStart: number | null;
  periodEnd: number | null;
  /** Read from the title page when it states them; absent in proposals made before they were read. */
  date?: string;
  version?: string;
  owner?: string;
  approvingBody?: string;
}

/** Where the importer puts content that fits no section of the template. */
export const UNSORTED = 'unsorted';

export interface ImportPart {
  /** Position in document order; choices refer to parts by it. */
  index: number;
  /** null for the text before the first heading (a title page, say). */
  heading: SourceHeading | null;
  /** The part this one sits under in the document's outline, or null at the top. */
  parentIndex: number | null;
  /** The content under this heading up to the next heading of any level. */
  blocks: NodeJSON[];
  /** The first words of the content, for the review screen. */
  preview: string;
  /** A template section id, or `UNSORTED`. */
  section: string;
  /** 0–1: how sure the classifier is of `section`. */
  confidence: number;
  /** True when the part goes where its parent goes rather than on its own evidence. */
  followsParent: boolean;
}

export interface ImportProposal {
  fileName: string;
  format: SourceFormat;
  cover: ImportCover;
  parts: ImportPart[];
  messages: string[];
  /** Names the document gives the pack's local-name slots (slot id → name, e.g. its Children in Care Council's), offered for the library's slots still empty. */
  localNames?: Record<string, string>;
}

/** The officer's decisions on the review screen: one section id (or `UNSORTED`) per part, by part index. */
export interface ImportChoices {
  sections: string[];
  cover?: ImportCover;
}

export interface AppliedImport {
  cover: ImportCover;
  /** Template sections that received content, in template-independent first-appearance order. */
  sections: { id: string; doc: NodeJSON }[];
  /** Everything that fits no section, never dropped; null when nothing is unsorted. */
  unsorted: NodeJSON | null;
}

/** A section the review screen offers as a destination for a part. */
export interface ImportSectionOption {
  id: string;
  title: string;
}

/**
 * What happens to a section of an open draft that parts of an import are
 * placed in: its text replaced, the parts added after it, or the text kept
 * and those parts left out.
 */
export type DraftSectionMerge = 'replace' | 'append' | 'keep';

export const DRAFT_SECTION_MERGES: readonly DraftSectionMerge[] = ['replace', 'append', 'keep'];

/** The officer's decision for one section, with the revision of the text they had on screen: a section changed since is never overwritten. */
export interface DraftSectionDecision {
  sectionId: string;
  merge: DraftSectionMerge;
  baseRevision: number;
}

/** What an import into an open draft did, section by section. */
export interface DraftImportOutcome {
  draft: Draft;
  replaced: string[];
  appended: string[];
  kept: string[];
  /** Sections that were approved and, their text changed, went back to review. */
  reviewReset: string[];
  /** Title-page fields filled from the import, as the officer chose on the review screen; absent when none were. */
  coverFilled?: ImportedCoverField[];
  /** The pack's local-name slots the officer chose to save names for with the import; absent when none were. */
  namesSaved?: string[];
}

/** The title-page fields an import can fill in an open draft (the logo is never in a file's text). */
export type ImportedCoverField = 'council' | 'title' | 'periodStart' | 'periodEnd' | 'date' | 'version' | 'owner' | 'approvingBody';

/** What an import is doing: unpacking the file, reading its text and headings, or proposing sections. */
export type ImportStage = 'opening' | 'reading' | 'sorting';

export interface ImportProgress {
  stage: ImportStage;
  /** 0–1 over the whole import. */
  fraction: number;
}

/**
 * An import running in the background, as the review screen polls it. A
 * finished job is told once (done, failed or cancelled) and then forgotten.
 */
export type ImportJobStatus =
  | { state: 'running'; progress: ImportProgress }
  | { state: 'done'; proposal: ImportProposal }
  | { state: 'failed'; error: ApiError }
  | { state: 'cancelled' };
