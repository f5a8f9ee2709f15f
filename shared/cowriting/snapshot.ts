import type { CoverFields, NodeJSON } from '../model/draft.js';

export interface SnapshotSummary {
  id: number;
  draftId: string;
  name: string;
  author: string;
  at: string;
}

/** The whole draft's content as it was when the snapshot was taken. */
export interface Snapshot extends SnapshotSummary {
  cover: CoverFields;
  sections: { id: string; doc: NodeJSON; revision: number }[];
}

export interface SnapshotRestore {
  /** Sections whose content was replaced, each as a new revision. */
  restoredSections: string[];
  /** Of those, the ones that were approved and so went back to review. */
  signOffReset: string[];
  coverRestored: boolean;
}
