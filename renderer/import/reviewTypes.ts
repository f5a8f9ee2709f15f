/**
 * The shape of an import proposal as the review screen reads it. It mirrors
 * `ImportProposal` in electron/core/import/types.ts, which the renderer may
 * not import; once the proposal crosses the API contract it should come from
 * shared/ instead and this file go.
 */

export interface ReviewHeading {
  text: string;
  level: number;
}

export interface ReviewPart {
  index: number;
  heading: ReviewHeading | null;
  parentIndex: number | null;
  preview: string;
  section: string;
  confidence: number;
  followsParent: boolean;
}

export interface ReviewCover {
  council: string;
  title: string;
  periodStart: number | null;
  periodEnd: number | null;
}

export interface ReviewProposal {
  fileName: string;
  cover: ReviewCover;
  parts: ReviewPart[];
  messages: string[];
}

export interface ReviewChoices {
  sections: string[];
  cover: ReviewCover;
}

export interface ReviewSection {
  id: string;
  title: string;
}

export const UNSORTED_SECTION = 'unsorted';
