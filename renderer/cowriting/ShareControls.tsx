import { useId, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import type { PortableImportOutcome } from '../../shared/cowriting/importedSuggestion.js';
import { PORTABLE_FILE_EXTENSION } from '../../shared/cowriting/portableFile.js';
import { useApi } from '../api/ApiContext.js';
import { Dialog, DialogFormActions } from '../app/Dialog.js';
import { FileChooserButton } from '../app/FileChooserButton.js';
import { ErrorNotice } from '../app/Notice.js';
import type { DraftSession } from '../draft/draftSession.js';
import { saveSharedFile } from '../api/saveFile.js';
import type { SuggestionTray } from './suggestionTray.js';

interface ShareControlsProps {
  session: DraftSession;
  tray: SuggestionTray;
  currentSection: { id: string; title: string; kind: 'cover' | 'text' };
  onOpenSection: (sectionId: string) => void;
}

type Outcome = Extract<PortableImportOutcome, { kind: 'suggestions' }>;

/**
 * Sending the strategy, or one section of it, to someone as a file, and
 * bringing their copy back: what they changed arrives as suggestions to
 * accept or reject, never as an overwrite.
 */
export function ShareControls({ session, tray, currentSection, onOpenSection }: ShareControlsProps) {
  const api = useApi();
  const [sharing, setSharing] = useState(false);
  const [message, setMessage] = useState<{ title: string; text?: string; error?: ApiError } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function share(scope: 'draft' | 'section') {
    setSharing(false);
    await session.flushAll();
    const result = await api.call('drafts.exportPortable', { id: session.draftId, ...(scope === 'section' ? { sectionId: currentSection.id } : {}) });
    if (!result.ok) return setMessage({ title: 'The file was not made', error: result.error });
    const saved = await saveSharedFile(result.value.fileName, result.value.content);
    if (saved.kind === 'failed') setMessage({ title: 'The file was not saved', text: saved.message });
    else if (saved.kind === 'saved') {
      setMessage({
        title: 'Shared file saved',
        text: `Saved “${saved.fileName}”${saved.where ? ` to ${saved.where}` : ' to your downloads'}. Send it to the person who is helping; when they send it back, choose “Bring back a shared file…”.`,
      });
    }
  }

  async function bringBack(file: File) {
    await session.flushAll();
    const content = await file.text();
    if (content.trim() === '') return setMessage({ title: 'Nothing was brought back', text: `“${file.name}” is empty.` });
    const result = await api.call('drafts.importPortable', { id: session.draftId, content });
    if (!result.ok) return setMessage({ title: 'Nothing was brought back', error: result.error });
    await tray.load();
    if (result.value.kind === 'suggestions') setOutcome(result.value);
  }

  return (
    <>
      <button type="button" className="button button--small" onClick={() => setSharing(true)}>
        Share…
      </button>
      <FileChooserButton className="button button--small" accept={PORTABLE_FILE_EXTENSION} inputLabel="Shared file to bring back" onFile={(file) => void bringBack(file)}>
        Bring back a shared file…
      </FileChooserButton>
      {sharing && <ShareDialog section={currentSection} documentKind={session.template.words.documentKind} onShare={(scope) => void share(scope)} onCancel={() => setSharing(false)} />}
      {message && (
        <Dialog title={message.title} onClose={() => setMessage(null)}>
          {message.text && <p>{message.text}</p>}
          {message.error && <ErrorNotice error={message.error} />}
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={() => setMessage(null)} autoFocus>
              Close
            </button>
          </div>
        </Dialog>
      )}
      {outcome && (
        <BroughtBackDialog
          documentKind={session.template.words.documentKind}
          outcome={outcome}
          titleOf={(id) => session.section(id)?.title ?? id}
          onReview={(sectionId) => {
            setOutcome(null);
            tray.requestReview(sectionId);
            onOpenSection(sectionId);
          }}
          onClose={() => setOutcome(null)}
        />
      )}
    </>
  );
}

function ShareDialog({ section, documentKind, onShare, onCancel }: { section: ShareControlsProps['currentSection']; documentKind: string; onShare: (scope: 'draft' | 'section') => void; onCancel: () => void }) {
  const [scope, setScope] = useState<'draft' | 'section'>('draft');
  const name = useId();
  return (
    <Dialog title="Share" onClose={onCancel}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          onShare(scope);
        }}
      >
        <p>
          This saves a file ({PORTABLE_FILE_EXTENSION}) to send to someone who has Corporate Parenting Studio. What they change comes back as suggestions for you to
          accept or reject.
        </p>
        <fieldset>
          <legend>What to share</legend>
          <label className="choice">
            <input type="radio" name={name} checked={scope === 'draft'} onChange={() => setScope('draft')} /> The whole {documentKind}
          </label>
          {section.kind === 'text' && (
            <label className="choice">
              <input type="radio" name={name} checked={scope === 'section'} onChange={() => setScope('section')} /> Only this section: {section.title}
            </label>
          )}
        </fieldset>
        <DialogFormActions submitLabel="Save shared file" onCancel={onCancel} />
      </form>
    </Dialog>
  );
}

function BroughtBackDialog({ outcome, documentKind, titleOf, onReview, onClose }: { outcome: Outcome; documentKind: string; titleOf: (id: string) => string; onReview: (sectionId: string) => void; onClose: () => void }) {
  const withSuggestions = outcome.sections.filter((section) => section.suggestions > 0);
  return (
    <Dialog title="Shared file brought back" onClose={onClose}>
      {withSuggestions.length === 0 ? (
        <p>The file has no changes to the text of this {documentKind}, so there is nothing to review.</p>
      ) : (
        <>
          <p>The changes in the file are waiting as suggestions. Nothing in your text has changed yet.</p>
          <ul className="brought-back__list">
            {withSuggestions.map((section) => (
              <li key={section.sectionId}>
                <strong>{titleOf(section.sectionId)}</strong>: {section.suggestions} {section.suggestions === 1 ? 'suggestion' : 'suggestions'}
                {section.alsoChangedHere && ' (this section was also changed here since the file was made; both versions are kept)'}{' '}
                <button type="button" className="button button--small" aria-label={`Review suggestions in ${titleOf(section.sectionId)}`} onClick={() => onReview(section.sectionId)}>
                  Review
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {outcome.notes.length > 0 && (
        <ul>
          {outcome.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
