import { acceptedView, hasSuggestions, storedMayHoldSuggestions } from '../../../shared/cowriting/suggestMode.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { Draft, NodeJSON } from '../../../shared/model/draft.js';

/**
 * The draft as it would read with every pending suggestion accepted, for
 * exports that cannot show tracked changes (PDF): suggested words print as
 * ordinary text and words suggested for removal are left out. A section
 * that cannot be read is passed on as it is, for the exporter to report;
 * one whose stored JSON names no suggestion mark is passed on unread.
 */
export function acceptedDraft(draft: Draft): Draft {
  return {
    ...draft,
    sections: draft.sections.map((section) => {
      if (!storedMayHoldSuggestions(section.doc)) return section;
      const parsed = docFromJSON(section.doc);
      if (!parsed.ok || !hasSuggestions(parsed.doc)) return section;
      return { ...section, doc: acceptedView(parsed.doc).toJSON() as NodeJSON };
    }),
  };
}
