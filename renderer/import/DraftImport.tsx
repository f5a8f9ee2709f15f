import { useRef, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import { UNSORTED, type DraftImportOutcome, type ImportChoices, type ImportProposal } from '../../shared/import/types.js';
import { useApi } from '../api/ApiContext.js';
import { ErrorNotice } from '../app/Notice.js';
import type { DraftSession } from '../draft/draftSession.js';
import { ImportReview, type ImportConfirmation } from './ImportReview.js';
import { useLibraryNames } from './libraryNames.js';
import { localNameOffers } from './localNameOffers.js';

interface DraftImportProps {
  session: DraftSession;
  proposal: ImportProposal;
  draftTitle: string;
  /** Whether a section holds the officer's own writing rather than starter text. */
  hasOwnText: (sectionId: string) => boolean;
  onImported: (outcome: DraftImportOutcome) => void;
  onCancel: () => void;
}

/**
 * Bringing a file into the draft on screen, through the same review as a new
 * import, with the names and title-page details the file states offered
 * beside the library's and the draft's. Before anything is written, every
 * edit is saved, and the request names the revision of each section and of
 * the title page the officer saw: if any of them changed meanwhile (another
 * window, the command line), the core refuses the whole import, names and
 * title page included, rather than overwrite it, and this says so.
 */
export function DraftImport({ session, proposal, draftTitle, hasOwnText, onImported, onCancel }: DraftImportProps) {
  const api = useApi();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const libraryNames = useLibraryNames(setError);
  // Two quick clicks arrive before the state change is rendered, and must not import twice.
  const applying = useRef(false);
  const sections = session.sections.filter((section) => section.kind === 'text' && section.id !== UNSORTED).map(({ id, title }) => ({ id, title }));
  const templateId = session.template.id;

  async function confirm(choices: ImportChoices, { merges, localNames, coverFields }: ImportConfirmation) {
    if (applying.current) return;
    applying.current = true;
    setBusy(true);
    setError(null);
    try {
      await session.flushAll();
      if (session.hasUnsavedChanges || session.getConflicts().length > 0) {
        setError({
          code: 'conflict',
          message: 'Some of your latest changes could not be saved yet (see the save status), so nothing was imported. Once they are saved, choose “Import into this draft” again.',
        });
        return;
      }
      const result = await api.call('import.applyToDraft', {
        id: session.draftId,
        proposal,
        choices,
        sections: [...merges].map(([sectionId, merge]) => ({ sectionId, merge, baseRevision: session.sectionRevision(sectionId) })),
        ...(Object.keys(localNames).length > 0 ? { localNames } : {}),
        ...(Object.keys(coverFields).length > 0 ? { cover: { baseRevision: session.coverRevision, fields: coverFields } } : {}),
      });
      if (!result.ok) {
        setError({ ...result.error, message: `${result.error.message} The draft, its title page and the library’s names are as they were.` });
        return;
      }
      session.adoptStored(result.value.draft, [...result.value.replaced, ...result.value.appended]);
      if (result.value.coverFilled !== undefined) session.adoptStoredCover(result.value.draft);
      onImported(result.value);
    } finally {
      applying.current = false;
      setBusy(false);
    }
  }

  const notice = (
    <>
      {error && <ErrorNotice error={error} />}
      {busy && <p role="status">Importing into this draft…</p>}
    </>
  );

  return (
    <main id="main" className="import-screen" tabIndex={-1}>
      {libraryNames === null ? (
        <>
          {notice}
          {!error && <p role="status">Loading the library’s names…</p>}
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </>
      ) : (
        <ImportReview
          proposal={proposal}
          sections={sections}
          words={session.template.words}
          destination={{ kind: 'open-draft', draftTitle, hasOwnText, currentCover: session.coverValues }}
          localNameOffers={localNameOffers(proposal, session.template.localNames, libraryNames[templateId] ?? {})}
          onConfirm={(choices, confirmation) => void confirm(choices, confirmation)}
          onCancel={onCancel}
          actionNotice={notice}
        />
      )}
    </main>
  );
}
