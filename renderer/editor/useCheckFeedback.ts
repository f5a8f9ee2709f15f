import { useEffect, useRef } from 'react';
import type { EditorView } from 'prosemirror-view';
import { showLongSentences, type LongSentences } from './plugins/longSentences.js';
import { revealLocation, type RevealRequest } from './revealLocation.js';

/**
 * What the completeness check feeds back into a section's editor: a jump to
 * the text a finding is about (selected and scrolled into view, once per
 * request), and the highlighting of the longest sentences.
 */
export function useCheckFeedback(view: EditorView | null, sectionId: string, reveal: RevealRequest | null | undefined, longSentences: LongSentences | null | undefined): void {
  const revealed = useRef<number | null>(null);

  useEffect(() => {
    if (!view || !reveal || reveal.sectionId !== sectionId || revealed.current === reveal.id) return;
    revealed.current = reveal.id;
    view.dispatch(revealLocation(view.state, reveal.location));
    view.focus();
  }, [view, reveal, sectionId]);

  useEffect(() => {
    if (!view || !longSentences) return;
    const transaction = showLongSentences(view.state, longSentences);
    if (transaction) view.dispatch(transaction);
  }, [view, longSentences]);
}
