import { useId } from 'react';
import type { Command } from 'prosemirror-state';
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { pendingSuggestions, type PendingSuggestion } from '../../shared/cowriting/suggestMode.js';
import {
  acceptAllCommand,
  acceptSuggestionCommand,
  rejectAllCommand,
  rejectSuggestionCommand,
} from '../editor/plugins/suggestMode.js';
import { formatLastEdited } from '../library/formatting.js';
import { DecisionButtons } from './DecisionButtons.js';
import { SuggestedChange } from './SuggestedChange.js';
import { SECTION_TOOLS } from '../app/accessibleNames.js';

interface TrackedChangesPanelProps {
  view: EditorView | null;
  /** The section's pending suggestions, read from its current text. */
  suggestions: readonly PendingSuggestion[];
}

/**
 * The edits suggested in this section's text (suggest mode), each with who
 * made it and when. Deciding goes through the editor like any edit, so it
 * is saved and logged, and Undo takes it back.
 */
export function TrackedChangesPanel({ view, suggestions }: TrackedChangesPanelProps) {
  const headingId = useId();
  const run = (command: Command) => {
    if (!view) return;
    command(view.state, view.dispatch, view);
  };
  const show = (suggestion: PendingSuggestion) => {
    if (!view) return;
    // Where it is now: the list is not redrawn as typing elsewhere moves the suggestion along.
    const from = pendingSuggestions(view.state.doc).find((each) => each.id === suggestion.id)?.from ?? suggestion.from;
    const at = Math.min(from, view.state.doc.content.size);
    view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(at))).scrollIntoView());
    view.focus();
  };

  return (
    <aside className="side-panel suggestions-panel" aria-labelledby={headingId}>
      <div className="side-panel__header">
        <h3 id={headingId}>{SECTION_TOOLS.suggestedEdits}</h3>
      </div>
      <p className="side-panel__meta">Edits made with &ldquo;Suggest changes&rdquo; on. They show in the text, underlined or struck through, until someone accepts or rejects them.</p>
      {suggestions.length === 0 ? (
        <p>No suggested edits in this section.</p>
      ) : (
        <>
          <DecisionButtons all acceptDisabled={!view} rejectDisabled={!view} onAccept={() => run(acceptAllCommand)} onReject={() => run(rejectAllCommand)} />
          <ul className="side-panel__list">
            {suggestions.map((suggestion) => {
              const describedBy = `tracked-${suggestion.id}`;
              return (
                <li key={suggestion.id} className="side-panel__item">
                  <article id={describedBy} aria-label={`Suggested edit by ${suggestion.author}`}>
                    <p className="side-panel__meta">
                      {suggestion.author} · {formatLastEdited(suggestion.at)}
                    </p>
                    <SuggestedChange deleted={suggestion.deleted} inserted={suggestion.inserted} />
                    <DecisionButtons
                      describedBy={describedBy}
                      acceptDisabled={!view}
                      rejectDisabled={!view}
                      onAccept={() => run(acceptSuggestionCommand(suggestion.id))}
                      onReject={() => run(rejectSuggestionCommand(suggestion.id))}
                    >
                      <button type="button" className="button button--small button--quiet" aria-describedby={describedBy} disabled={!view} onClick={() => show(suggestion)}>
                        Show in text
                      </button>
                    </DecisionButtons>
                  </article>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </aside>
  );
}
