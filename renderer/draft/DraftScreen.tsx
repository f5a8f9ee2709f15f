import { useEffect, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import { api } from '../api/transport.js';
import { ErrorNotice, Notice } from '../app/Notice.js';
import { SectionEditor } from '../editor/SectionEditor.js';
import { ConflictNotice } from './ConflictNotice.js';
import { CoverForm } from './CoverForm.js';
import { COVER_KEY, DraftSession } from './draftSession.js';
import { GuidancePanel } from './GuidancePanel.js';
import { SaveStatus } from './SaveStatus.js';
import { SectionNavigator } from './SectionNavigator.js';
import { useSaveTriggers } from './useSaveTriggers.js';

interface DraftScreenProps {
  draftId: string;
  sectionId: string | null;
  onSectionChange: (sectionId: string) => void;
  onBack: () => void;
  /** Increases each time the native menu's "Save now" is chosen. */
  saveNowRequests: number;
}

const STATUS_TEXT = { required: 'Required section', recommended: 'Recommended section', optional: 'Optional section' } as const;

type Loaded = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'ready'; session: DraftSession };

export function DraftScreen({ draftId, sectionId, onSectionChange, onBack, saveNowRequests }: DraftScreenProps) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    let opened: DraftSession | null = null;
    void (async () => {
      const draft = await api.call('drafts.open', { id: draftId });
      if (!draft.ok) return live && setLoaded({ state: 'failed', error: draft.error });
      const template = await api.call('templates.get', { id: draft.value.templateId });
      if (!template.ok) return live && setLoaded({ state: 'failed', error: template.error });
      if (!live) return;
      opened = new DraftSession(draft.value, template.value, api);
      setLoaded({ state: 'ready', session: opened });
    })();
    return () => {
      live = false;
      // Leaving the draft saves what is left, then stops the timers.
      const session = opened;
      if (session) void session.flushAll().finally(() => session.dispose());
    };
  }, [draftId]);

  if (loaded.state === 'ready') {
    return <OpenDraft session={loaded.session} sectionId={sectionId} onSectionChange={onSectionChange} onBack={onBack} saveNowRequests={saveNowRequests} />;
  }
  return (
    <div className="screen">
      <header className="app-header">
        <button type="button" className="button button--quiet" onClick={onBack}>
          ← Library
        </button>
      </header>
      <main id="main" className="draft-loading">
        {loaded.state === 'loading' ? <p role="status">Opening the strategy…</p> : <ErrorNotice error={loaded.error} />}
      </main>
    </div>
  );
}

interface OpenDraftProps extends Omit<DraftScreenProps, 'draftId'> {
  session: DraftSession;
}

function OpenDraft({ session, sectionId, onSectionChange, onBack, saveNowRequests }: OpenDraftProps) {
  const [guidanceOpen, setGuidanceOpen] = useState(true);
  const [reloads, setReloads] = useState(0);
  const section = session.sectionOrFirst(sectionId);
  const saveKey = section.kind === 'cover' ? COVER_KEY : section.id;

  useSaveTriggers(session, saveNowRequests);

  function select(nextId: string) {
    if (nextId === section.id) return;
    void session.flush(saveKey);
    onSectionChange(nextId);
  }

  const unreadable = section.kind === 'text' ? session.unreadableReason(section.id) : null;

  return (
    <div className="screen draft-screen">
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to the section
      </a>
      <header className="app-header draft-header">
        <button type="button" className="button button--quiet" onClick={onBack}>
          ← Library
        </button>
        <h1 className="draft-header__title">{session.title || 'Untitled strategy'}</h1>
        <SaveStatus session={session} />
        <button type="button" className="button button--small" aria-keyshortcuts="Control+S Meta+S" onClick={() => void session.flushAll()}>
          Save now
        </button>
      </header>
      {/* Outside the scrolling panes, so a conflict is seen wherever the user is in a long section. */}
      <ConflictNotice session={session} onReloaded={() => setReloads((count) => count + 1)} />
      <div className={`draft-body ${guidanceOpen ? '' : 'draft-body--guidance-closed'}`}>
        <SectionNavigator sections={session.sections} currentId={section.id} onSelect={select} />
        <main id="main" className="section-pane" tabIndex={-1} aria-labelledby="section-heading">
          <div className="section-pane__heading">
            <h2 id="section-heading">{section.title}</h2>
            <p className={`badge badge--${section.status}`}>
              {section.appendix ? 'Appendix · ' : ''}
              {STATUS_TEXT[section.status]}
            </p>
          </div>
          {section.kind === 'cover' ? (
            <CoverForm key={`cover:${reloads}`} session={session} />
          ) : unreadable !== null ? (
            <Notice tone="error">
              <p>
                The stored text of this section could not be read, so it is not shown and will not be changed. {unreadable}
              </p>
            </Notice>
          ) : (
            <SectionEditor key={`${section.id}:${reloads}`} session={session} sectionId={section.id} title={section.title} />
          )}
        </main>
        <GuidancePanel section={section} open={guidanceOpen} onToggle={() => setGuidanceOpen((open) => !open)} />
      </div>
    </div>
  );
}
