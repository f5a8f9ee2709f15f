import { useEffect, useRef, useState } from 'react';
import type { Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { LANGUAGE_ENGLISH_NAMES, LANGUAGE_TAGS, type ContentLanguage } from '../../shared/model/language.js';
import { DRAFT } from '../app/accessibleNames.js';
import { afterNextPaint } from '../app/afterNextPaint.js';
import { textKey, type DraftSession } from '../draft/draftSession.js';
import { currentLinkHref } from './commands.js';
import { LinkDialog } from './LinkDialog.js';
import { LINK_REQUEST_EVENT } from './plugins/keymap.js';
import { sameToolbarStatus, Toolbar, toolbarStatus, type ToolbarStatus } from './Toolbar.js';
import type { LongSentences } from './plugins/longSentences.js';
import { setSuggestMode, suggestModeState } from './plugins/suggestMode.js';
import type { RevealRequest } from './revealLocation.js';
import { createSessionEditorView } from './sessionEditorView.js';
import { useCheckFeedback } from './useCheckFeedback.js';

interface SectionEditorProps {
  session: DraftSession;
  sectionId: string;
  title: string;
  /** A place to select and scroll to (a completeness finding the user clicked). */
  reveal?: RevealRequest | null;
  /** The longest sentences to highlight (forewords). */
  longSentences?: LongSentences | null;
  /** Told when the view is created and destroyed, for panels that work on the text (comments, suggestions). */
  onView?: (view: EditorView | null) => void;
  /** Every edit here is a suggestion and the toggle is locked on (the young people's foreword). */
  suggestAlways?: boolean;
  /** The name suggestions are made under; known before the view opens, so no edit goes unnamed. */
  author: string;
  /**
   * Which of the section's texts this edits: English (the default), or its other-language text in a bilingual
   * draft, marked with its language so the browser spell-checks it in that language. Suggestions and the
   * check's feedback are about the English text, so the other text has neither.
   */
  language?: ContentLanguage;
}

/**
 * The rich-text editor for one section. The EditorView lives outside
 * React's rendering: React only mounts it and redraws the toolbar when
 * what the toolbar shows has changed.
 * The state itself belongs to the session, which keeps it (and its undo
 * history) when the user moves to another section.
 */
export function SectionEditor({ session, sectionId, title, onView, reveal, longSentences, author, suggestAlways = false, language = 'en' }: SectionEditorProps) {
  const mountRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<EditorView | null>(null);
  const key = textKey(sectionId, language);
  const english = language === 'en';
  const suggestLocked = suggestAlways && english;
  const [status, setStatus] = useState<ToolbarStatus>(() => toolbarStatus(session.editorState(key)));
  const [linkHref, setLinkHref] = useState<string | null>(null);
  const linkDialogOpen = linkHref !== null;
  // Read when the view opens; a name given later (the "Who is writing?" prompt) reaches the open view below.
  const authorRef = useRef(author);
  authorRef.current = author;
  useEffect(() => {
    if (view && suggestModeState(view.state).author !== author) view.dispatch(setSuggestMode(view.state, { author }));
  }, [view, author]);
  useCheckFeedback(english ? view : null, sectionId, reveal, longSentences);

  useEffect(() => {
    const mount = mountRef.current;
    if (!mount) return;
    // The toolbar catches up once the key's effect is painted, and is redrawn only when what it shows changed
    // (typing a word changes nothing on it), so a keystroke costs ProseMirror's update and no React render.
    let cancelFollow: (() => void) | null = null;
    const follow = () => {
      cancelFollow = null;
      const next = toolbarStatus(editorView.state);
      setStatus((current) => (sameToolbarStatus(current, next) ? current : next));
    };
    const followLater = () => {
      cancelFollow ??= afterNextPaint(follow);
    };
    const editorView = createSessionEditorView(mount, session, key, {
      attributes: {
        id: 'section-editor',
        class: 'section-editor__content',
        role: 'textbox',
        'aria-label': english ? DRAFT.sectionText(title) : DRAFT.sectionTextIn(title, LANGUAGE_ENGLISH_NAMES[language]),
        'aria-multiline': 'true',
        spellcheck: 'true',
        lang: LANGUAGE_TAGS[language],
      },
      onState: () => followLater(),
    });
    editorView.dispatch(setSuggestMode(editorView.state, suggestLocked ? { on: true, author: authorRef.current } : { author: authorRef.current }));
    const requestLink = () => setLinkHref(currentLinkHref(editorView.state) ?? '');
    mount.addEventListener(LINK_REQUEST_EVENT, requestLink);
    setView(editorView);
    follow();
    onView?.(editorView);
    return () => {
      mount.removeEventListener(LINK_REQUEST_EVENT, requestLink);
      cancelFollow?.();
      onView?.(null);
      editorView.destroy();
      setView(null);
    };
  }, [session, key, english, language, title, onView, suggestLocked]);

  // The editor takes the focus back only once the link dialog has gone: while the modal is open the rest of
  // the page is inert and view.focus() does nothing, and the dialog itself would hand the focus to whatever
  // opened it (the toolbar's Link button), not to the text. Effects run after the dialog's own clean-up.
  const linkDialogWasOpen = useRef(false);
  useEffect(() => {
    if (linkDialogOpen) linkDialogWasOpen.current = true;
    else if (linkDialogWasOpen.current) {
      linkDialogWasOpen.current = false;
      view?.focus();
    }
  }, [linkDialogOpen, view]);

  function applyLink(command: Command) {
    setLinkHref(null);
    if (view) command(view.state, view.dispatch, view);
  }

  return (
    <div className="section-editor">
      <Toolbar
        status={status}
        view={view}
        onLink={() => view && setLinkHref(currentLinkHref(view.state) ?? '')}
        suggestLocked={suggestLocked}
        canSuggest={english}
        onToggleSuggest={() => view?.dispatch(setSuggestMode(view.state, { on: !suggestModeState(view.state).on }))}
      />
      {suggestLocked && (
        <p className="section-editor__suggest-note" role="note">
          Your edits to the young people&rsquo;s words are shown as suggestions, so they can see and agree every change.
        </p>
      )}
      <div ref={mountRef} className="section-editor__mount" />
      {linkHref !== null && (
        <LinkDialog
          initialHref={linkHref}
          onApply={applyLink}
          onClose={() => setLinkHref(null)}
        />
      )}
    </div>
  );
}
