import { useRef, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import { UNSORTED, type DraftImportOutcome, type DraftSectionMerge, type ImportChoices, type ImportProposal } from '../../shared/import/types.js';
import { useApi } from '../api/ApiContext.js';
import { ErrorNotice } from '../app/Notice.js';
import type { DraftSession } from '../draft/draftSession.js';
import { ImportReview } from './ImportReview.js';

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
 * import. Before anything is written, every edit is saved, and the request
 * names the revision of each section the officer saw: if any of them changed
 * meanwhile (another window, the command line), the core refuses the whole
 * import rather than overwrite it, and this says so.
 */
export function DraftImport({ session, proposal, draftTitle, hasOwnText, onImported, onCancel }: DraftImportProps) {
  const api = useApi();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // Two quick clicks arrive before the state change is rendered, and must not import twice.
  const applying = useRef(false);
  const sections = session.sections.filter((section) => section.kind === 'text' && section.id !== UNSORTED).map(({ id, title }) => ({ id, title }));

  async function confirm(choices: ImportChoices, merges: ReadonlyMap<string, DraftSectionMerge>) {
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
      });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      session.adoptStored(result.value.draft, [...result.value.replaced, ...result.value.appended]);
      onImported(result.value);
    } finally {
      applying.current = false;
      setBusy(false);
    }
  }

  return (
    <main id="main" className="import-screen" tabIndex={-1}>
      <ImportReview
        proposal={proposal}
        sections={sections}
        destination={{ kind: 'open-draft', draftTitle, hasOwnText }}
        onConfirm={(choices, merges) => void confirm(choices, merges)}
        onCancel={onCancel}
        actionNotice={
          <>
            {error && <ErrorNotice error={error} />}
            {busy && <p role="status">Importing into this draft…</p>}
          </>
        }
      />
    </main>
  );
}
