import { useCallback, useEffect, useId, useState } from 'react';
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { ApiError } from '../../shared/api/errors.js';
import type { CommentThread } from '../../shared/cowriting/commentThread.js';
import { ErrorNotice, Notice } from '../app/Notice.js';
import type { DraftSession } from '../draft/draftSession.js';
import { formatLastEdited } from '../library/formatting.js';
import { currentCommentRange, quoteOfRange, setCommentRanges } from './commentHighlights.js';
import { highlightedRanges, MAX_QUOTE_LENGTH, shortQuote, threadsInTextOrder } from './commentText.js';
import { useApi } from '../api/ApiContext.js';
import { SECTION_TOOLS } from '../app/accessibleNames.js';

interface CommentsPanelProps {
  session: DraftSession;
  sectionId: string;
  view: EditorView | null;
  /** Increases when the user asks to comment from the editor (Mod-Alt-m). */
  composeRequests: number;
}

type Draft = { from: number; to: number; quote: string };

/** The comment threads on the current section, and adding one to the selected text. */
export function CommentsPanel({ session, sectionId, view, composeRequests }: CommentsPanelProps) {
  const client = useApi();
  const headingId = useId();
  const [threads, setThreads] = useState<CommentThread[] | null>(null);
  const [showResolved, setShowResolved] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [composing, setComposing] = useState<Draft | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);

  const load = useCallback(async () => {
    // Stored anchors are positions in the stored text, so the editor's text must be stored first.
    await session.flush(sectionId);
    const result = await client.call('comments.list', { id: session.draftId, sectionId, includeResolved: showResolved });
    if (!result.ok) return setError(result.error);
    setError(null);
    setThreads(threadsInTextOrder(result.value));
  }, [client, session, sectionId, showResolved]);

  useEffect(() => {
    setThreads(null);
    setComposing(null);
    void load();
  }, [load]);

  useEffect(() => {
    if (!view || threads === null) return;
    view.dispatch(setCommentRanges(view.state.tr, highlightedRanges(threads), activeId));
  }, [view, threads, activeId]);

  useEffect(() => {
    // Leaving the panel takes the highlights away with it.
    if (!view) return;
    return () => {
      if (!view.isDestroyed) view.dispatch(setCommentRanges(view.state.tr, []));
    };
  }, [view]);

  const startComment = useCallback(async () => {
    setHint(null);
    if (!view) return;
    const { from, to, empty } = view.state.selection;
    if (empty) return setHint('Select some text in the section first, then choose Comment.');
    const quote = quoteOfRange(view.state.doc, from, to).slice(0, MAX_QUOTE_LENGTH);
    if (quote.trim() === '') return setHint('The selection has no words in it. Select some text, then choose Comment.');
    await session.flush(sectionId);
    setComposing({ from, to, quote });
  }, [view, session, sectionId]);

  useEffect(() => {
    if (composeRequests > 0) void startComment();
    // Only a new request starts a comment, not a change of selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [composeRequests]);

  async function add(body: string) {
    if (!composing) return;
    const result = await client.call('comments.add', { id: session.draftId, sectionId, ...composing, body });
    if (!result.ok) return setError(result.error);
    setComposing(null);
    setActiveId(result.value.id);
    await load();
  }

  async function act(call: Promise<{ ok: boolean; error?: ApiError }>) {
    const result = await call;
    if (!result.ok && result.error) return setError(result.error);
    await load();
  }

  function showInText(thread: CommentThread) {
    if (!view) return;
    setActiveId(thread.id);
    const range = currentCommentRange(view.state, thread.id) ?? thread.anchor;
    const size = view.state.doc.content.size;
    const from = Math.min(range.from, size);
    const to = Math.min(range.to, size);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)).scrollIntoView());
    view.focus();
  }

  const id = session.draftId;
  return (
    <aside className="side-panel comments-panel" aria-labelledby={headingId}>
      <div className="side-panel__header">
        <h3 id={headingId}>{SECTION_TOOLS.comments}</h3>
        <button
          type="button"
          className="button button--small button--primary"
          aria-keyshortcuts="Control+Alt+M Meta+Alt+M"
          title="Comment on the selected text (Ctrl+Alt+M)"
          // Keeps the editor's selection: the comment is about what is selected there.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => void startComment()}
        >
          Comment
        </button>
      </div>
      {hint && (
        <Notice tone="info">
          <p>{hint}</p>
        </Notice>
      )}
      {error && <ErrorNotice error={error} />}
      {composing && <CommentForm quote={composing.quote} label="Comment" submitLabel="Add comment" onSubmit={(body) => void add(body)} onCancel={() => setComposing(null)} />}
      <label className="comments-panel__toggle">
        <input type="checkbox" checked={showResolved} onChange={(event) => setShowResolved(event.target.checked)} /> Show resolved comments
      </label>
      {threads === null ? (
        !error && <p role="status">Loading comments…</p>
      ) : threads.length === 0 ? (
        <p className="side-panel__meta">{showResolved ? 'No comments on this section.' : 'No open comments on this section.'}</p>
      ) : (
        <ul className="side-panel__list">
          {threads.map((thread) => (
            <li key={thread.id} className={`side-panel__item ${thread.id === activeId ? 'side-panel__item--selected' : ''}`}>
              <ThreadView
                thread={thread}
                onShow={() => showInText(thread)}
                onReply={(body) => act(client.call('comments.reply', { id, commentId: thread.id, body }))}
                onResolve={() => void act(client.call('comments.resolve', { id, commentId: thread.id }))}
                onReopen={() => void act(client.call('comments.reopen', { id, commentId: thread.id }))}
              />
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

interface ThreadViewProps {
  thread: CommentThread;
  onShow: () => void;
  onReply: (body: string) => Promise<void>;
  onResolve: () => void;
  onReopen: () => void;
}

function ThreadView({ thread, onShow, onReply, onResolve, onReopen }: ThreadViewProps) {
  const [replying, setReplying] = useState(false);
  return (
    <article aria-label={`Comment by ${thread.author || 'someone'}`}>
      <blockquote className="comment-quote">{shortQuote(thread.anchor.quote)}</blockquote>
      {thread.orphaned && <p className="side-panel__meta">The text this comment was about has been changed or removed.</p>}
      <p className="side-panel__meta">
        {thread.author || 'Someone'} · {formatLastEdited(thread.at)}
        {thread.resolved && ` · Resolved by ${thread.resolved.by || 'someone'}`}
      </p>
      <p className="comment-body">{thread.body}</p>
      {thread.replies.length > 0 && (
        <ul className="comment-replies" aria-label="Replies">
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <p className="side-panel__meta">
                {reply.author || 'Someone'} · {formatLastEdited(reply.at)}
              </p>
              <p className="comment-body">{reply.body}</p>
            </li>
          ))}
        </ul>
      )}
      {replying ? (
        <CommentForm
          label="Reply"
          submitLabel="Send reply"
          onSubmit={(body) => void onReply(body).then(() => setReplying(false))}
          onCancel={() => setReplying(false)}
        />
      ) : (
        <div className="side-panel__actions">
          {!thread.orphaned && (
            <button type="button" className="button button--small" onClick={onShow}>
              Show in text
            </button>
          )}
          <button type="button" className="button button--small" onClick={() => setReplying(true)}>
            Reply
          </button>
          {thread.resolved === null ? (
            <button type="button" className="button button--small" onClick={onResolve}>
              Resolve
            </button>
          ) : (
            <button type="button" className="button button--small" onClick={onReopen}>
              Reopen
            </button>
          )}
        </div>
      )}
    </article>
  );
}

interface CommentFormProps {
  quote?: string;
  label: string;
  submitLabel: string;
  onSubmit: (body: string) => void;
  onCancel: () => void;
}

function CommentForm({ quote, label, submitLabel, onSubmit, onCancel }: CommentFormProps) {
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();
  return (
    <form
      className="form comment-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim() === '') return setProblem(`Write your ${label.toLowerCase()} first.`);
        onSubmit(body.trim());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      {quote !== undefined && <blockquote className="comment-quote">{shortQuote(quote)}</blockquote>}
      <div className={`field ${problem ? 'field--error' : ''}`}>
        <label htmlFor={fieldId}>{label}</label>
        {problem && <p className="field__error">{problem}</p>}
        <textarea id={fieldId} rows={3} maxLength={5000} value={body} onChange={(event) => setBody(event.target.value)} autoFocus />
      </div>
      <div className="side-panel__actions">
        <button type="submit" className="button button--small button--primary">
          {submitLabel}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
