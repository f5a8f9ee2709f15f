/**
 * A change someone made to a copy of the strategy elsewhere, brought back
 * from a portable file as a proposal: replace [from, to) of the section's
 * current text with `inserted`. Nothing is applied until someone accepts it.
 */
export interface ImportedSuggestion {
  id: string;
  draftId: string;
  sectionId: string;
  from: number;
  to: number;
  deleted: string;
  inserted: string;
  /** Set when the text around it changed so much that it can no longer be placed. */
  orphaned: boolean;
  /** Who exported the file, as typed in their settings. */
  author: string;
  suggestedAt: string;
  importedAt: string;
  status: 'pending' | 'accepted' | 'rejected';
  decided: { by: string; at: string } | null;
}

export type PortableImportOutcome =
  | { kind: 'created'; draftId: string }
  | {
      kind: 'suggestions';
      draftId: string;
      sections: {
        sectionId: string;
        suggestions: number;
        /** The section was also changed in this library since the file's copy was taken: both versions are kept. */
        alsoChangedHere: boolean;
      }[];
      /** What was in the file but not brought in as suggestions (title page, formatting), in words for the user. */
      notes: string[];
    };
