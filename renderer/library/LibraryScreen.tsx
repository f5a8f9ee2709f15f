import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import type { ImportProposal } from '../../shared/import/types.js';
import type { DraftSummary } from '../../shared/model/draft.js';
import { atSentenceStart } from '../../shared/template/documentWords.js';
import { useApi } from '../api/ApiContext.js';
import { useCommand, type CommandChannel } from '../app/commands.js';
import { ErrorNotice, Notice } from '../app/Notice.js';
import { ImportFileButton } from '../import/ImportFileButton.js';
import { ImportScreen } from '../import/ImportScreen.js';
import { AuthorSetting } from './AuthorSetting.js';
import { FourEyesSetting } from './FourEyesSetting.js';
import { LocalNamesSetting } from './LocalNamesSetting.js';
import { HouseStyleSetting } from './HouseStyleSetting.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { DraftTable } from './DraftTable.js';
import { NewStrategyDialog } from './NewStrategyDialog.js';
import { useFocusAfterRemoval } from './useFocusAfterRemoval.js';
import { LIBRARY } from '../app/accessibleNames.js';

interface LibraryScreenProps {
  onOpenDraft: (id: string) => void;
  /** A draft was just made from an imported file. */
  onImported: (id: string) => void;
  /** The native menu's "New strategy" arrives here. */
  commands: CommandChannel;
}

type Scope = 'active' | 'trash';

export function LibraryScreen({ onOpenDraft, onImported, commands }: LibraryScreenProps) {
  const api = useApi();
  const [scope, setScope] = useState<Scope>('active');
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [creating, setCreating] = useState(false);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [trashed, setTrashed] = useState<DraftSummary | null>(null);
  const [purging, setPurging] = useState<DraftSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [importing, setImporting] = useState<ImportProposal | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterRemoving = useFocusAfterRemoval(drafts, mainRef, headingRef);
  // "Restore" in the notice disappears with the notice, taking the focus with it: once the list is back, the
  // restored draft's row takes it, unless the user has put the focus somewhere in the meantime.
  const focusRestored = useRef<string | null>(null);
  useEffect(() => {
    const id = focusRestored.current;
    if (id === null || drafts === null) return;
    focusRestored.current = null;
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    mainRef.current?.querySelector<HTMLElement>(`[data-draft-id="${CSS.escape(id)}"]`)?.focus();
  }, [drafts]);

  const load = useCallback(async (which: Scope) => {
    const result = await api.call('drafts.list', { scope: which });
    if (!result.ok) return setError(result.error);
    setDrafts(result.value);
  }, [api]);

  useEffect(() => {
    void load(scope);
  }, [load, scope]);

  // Which kind of document each draft is ("Plan, Scotland"): untitled drafts of different nations are otherwise alike in the list.
  // Asked for once there is a row to label, so an empty library's first screen (and New strategy's own list) waits on nothing more.
  const [kinds, setKinds] = useState<ReadonlyMap<string, string>>(new Map());
  const hasRows = drafts !== null && drafts.length > 0;
  useEffect(() => {
    if (!hasRows || kinds.size > 0) return;
    let live = true;
    void api.call('templates.list', {}).then((result) => {
      if (live && result.ok) setKinds(new Map(result.value.templates.map((template) => [template.id, `${atSentenceStart(template.words.documentKind)}, ${template.nation}`])));
    });
    return () => {
      live = false;
    };
  }, [api, hasRows, kinds.size]);

  useCommand(commands, 'new-strategy', () => setCreating(true));

  /** Runs one library action, reports the outcome and refreshes the list; true when it worked. */
  async function act(action: () => Promise<{ ok: true } | { ok: false; error: ApiError }>, success: string | null): Promise<boolean> {
    setError(null);
    setMessage(null);
    setTrashed(null);
    const result = await action();
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    if (success) setMessage(success);
    await load(scope);
    return true;
  }

  function showScope(next: Scope) {
    setScope(next);
    setDrafts(null);
    setTrashed(null);
    setMessage(null);
    setRenamingId(null);
  }

  const rename = (id: string, title: string) => {
    setRenamingId(null);
    void act(() => api.call('drafts.rename', { id, title }), `Renamed to “${title}”.`);
  };
  const duplicate = (id: string) => void act(() => api.call('drafts.duplicate', { id }), 'Copy made. It is at the top of the list.');
  const trash = (draft: DraftSummary) => {
    focusAfterRemoving(draft);
    void act(() => api.call('drafts.trash', { id: draft.id }), null).then((done) => done && setTrashed(draft));
  };
  const restore = (draft: DraftSummary) => {
    if (scope === 'trash') focusAfterRemoving(draft);
    else focusRestored.current = draft.id;
    setTrashed(null);
    void act(() => api.call('drafts.restore', { id: draft.id }), `“${draft.title}” is back in your strategies.`);
  };
  const purge = (draft: DraftSummary) => {
    focusAfterRemoving(draft);
    setPurging(null);
    void act(() => api.call('drafts.purge', { id: draft.id }), `“${draft.title}” was deleted permanently.`);
  };

  if (importing) {
    return (
      <div className="screen">
        <header className="app-header">
          <p className="app-header__product">Corporate Parenting Studio</p>
        </header>
        <ImportScreen
          proposal={importing}
          onImported={onImported}
          onCancel={() => {
            setImporting(null);
            setMessage('Import cancelled. Nothing was added to your strategies.');
          }}
        />
      </div>
    );
  }

  return (
    <div className="screen">
      <header className="app-header">
        <p className="app-header__product">Corporate Parenting Studio</p>
      </header>
      <main ref={mainRef} id="main" className="library" tabIndex={-1}>
        <div className="library__top">
          <h1 ref={headingRef} tabIndex={-1}>{scope === 'active' ? LIBRARY.heading : LIBRARY.trash}</h1>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {LIBRARY.newStrategy}
          </button>
          <ImportFileButton
            onProposed={(proposal) => {
              setMessage(null);
              setImporting(proposal);
            }}
            onProgress={(progress) => {
              setError(null);
              setMessage(progress);
            }}
            onError={(problem) => {
              setMessage(null);
              setError(problem);
            }}
          />
        </div>
        <div className="segmented" role="group" aria-label="Show">
          <button type="button" className="segmented__option" aria-pressed={scope === 'active'} onClick={() => showScope('active')}>
            {LIBRARY.strategiesToggle}
          </button>
          <button type="button" className="segmented__option" aria-pressed={scope === 'trash'} onClick={() => showScope('trash')}>
            {LIBRARY.trash}
          </button>
        </div>
        <p id="rename-help" className="visually-hidden">
          Press Enter to keep the new title, or Escape to cancel.
        </p>
        <div className="library__messages" aria-live="polite">
          {trashed && (
            <Notice tone="info">
              <p>
                “{trashed.title}” moved to the trash.{' '}
                <button type="button" className="button button--small" onClick={() => restore(trashed)}>
                  {LIBRARY.restore}
                </button>
              </p>
            </Notice>
          )}
          {message && (
            <Notice tone="info">
              <p>{message}</p>
            </Notice>
          )}
        </div>
        {error && <ErrorNotice error={error} />}
        {drafts === null && !error && <p role="status">Loading…</p>}
        {drafts !== null && drafts.length === 0 && (
          <p className="empty">
            {scope === 'active'
              ? 'No strategies yet. Choose “New strategy” to start one from a template.'
              : 'The trash is empty. Strategies you delete wait here until you restore them or delete them permanently.'}
          </p>
        )}
        {drafts !== null && drafts.length > 0 && (
          <DraftTable
            drafts={drafts}
            kinds={kinds}
            scope={scope}
            renamingId={renamingId}
            onOpen={onOpenDraft}
            onStartRename={setRenamingId}
            onRename={rename}
            onCancelRename={() => setRenamingId(null)}
            onDuplicate={duplicate}
            onTrash={trash}
            onRestore={restore}
            onPurge={setPurging}
          />
        )}
        <AuthorSetting />
        <FourEyesSetting />
        <LocalNamesSetting />
        <HouseStyleSetting />
      </main>
      {creating && (
        <NewStrategyDialog
          onClose={() => setCreating(false)}
          onCreated={(draft) => {
            setCreating(false);
            onOpenDraft(draft.id);
          }}
        />
      )}
      {purging && (
        <ConfirmDialog
          title={LIBRARY.deletePermanentlyDialog}
          message={`“${purging.title}” and all its sections will be deleted for good. This cannot be undone.`}
          confirmLabel={LIBRARY.deletePermanently}
          onConfirm={() => purge(purging)}
          onCancel={() => setPurging(null)}
        />
      )}
    </div>
  );
}
