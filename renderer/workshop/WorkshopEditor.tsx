import { useEffect, useRef, useState } from 'react';
import type { Command, EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { undoDepth, redoDepth } from 'prosemirror-history';
import type { DraftSession } from '../draft/draftSession.js';
import { isMarkActive, redo, toggleBold, undo, toggleBulletList } from '../editor/commands.js';
import { setSuggestMode } from '../editor/plugins/suggestMode.js';
import { marks } from '../editor/schemaTypes.js';
import { createSessionEditorView } from '../editor/sessionEditorView.js';
import { openWritingPlace } from './writingPlace.js';

interface WorkshopEditorProps {
  session: DraftSession;
  sectionId: string;
  label: string;
  onChange: (state: EditorState) => void;
}

/**
 * The foreword's editor with only the few buttons a young writer needs.
 * It edits the same state as the draft screen's editor, so the text, its
 * undo history and its autosave are shared.
 */
export function WorkshopEditor({ session, sectionId, label, onChange }: WorkshopEditorProps) {
  const mountRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<EditorView | null>(null);
  const [state, setState] = useState<EditorState>(() => session.editorState(sectionId));
  const changeRef = useRef(onChange);
  changeRef.current = onChange;

  useEffect(() => {
    const mount = mountRef.current;
    if (!mount) return;
    const editorView = createSessionEditorView(mount, session, sectionId, {
      attributes: { class: 'workshop-editor__content', role: 'textbox', 'aria-label': label, 'aria-multiline': 'true', spellcheck: 'true', lang: 'en-GB' },
      onState(next, transaction) {
        setState(next);
        if (transaction.docChanged) changeRef.current(next);
      },
    });
    // The workshop is where young people write their own words: nothing here is a suggestion.
    editorView.dispatch(setSuggestMode(editorView.state, { on: false }));
    const writingPlace = openWritingPlace(editorView.state);
    if (writingPlace) editorView.dispatch(writingPlace);
    setView(editorView);
    return () => {
      editorView.destroy();
      setView(null);
    };
  }, [session, sectionId, label]);

  const tools: { label: string; command: Command; pressed?: boolean; enabled: boolean }[] = [
    { label: 'Bold', command: toggleBold, pressed: isMarkActive(state, marks.strong), enabled: toggleBold(state) },
    { label: 'Bullet list', command: toggleBulletList, enabled: toggleBulletList(state) },
    { label: 'Undo', command: undo, enabled: undoDepth(state) > 0 },
    { label: 'Redo', command: redo, enabled: redoDepth(state) > 0 },
  ];

  return (
    <div className="workshop-editor">
      <div className="workshop-editor__tools" role="toolbar" aria-label="Writing tools">
        {tools.map((tool) => (
          <button
            key={tool.label}
            type="button"
            className="button"
            aria-pressed={tool.pressed}
            aria-disabled={!tool.enabled}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (!view || !tool.enabled) return;
              tool.command(view.state, view.dispatch, view);
              view.focus();
            }}
          >
            {tool.label}
          </button>
        ))}
      </div>
      <div ref={mountRef} className="workshop-editor__mount" />
    </div>
  );
}
