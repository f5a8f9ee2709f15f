import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import type { ImportProgress, ImportProposal } from '../../shared/import/types.js';
import { bytesToBase64 } from '../api/base64.js';
import { useApi } from '../api/ApiContext.js';
import { FileChooserButton } from '../app/FileChooserButton.js';
import { importInBackground, type BackgroundImport } from './backgroundImport.js';
import { IMPORT_ACCEPT, importFileProblem } from './importFile.js';
import { ImportProgressDialog } from './ImportProgressDialog.js';
import { IMPORT } from '../app/accessibleNames.js';

interface ImportFileButtonProps {
  /** The importer's proposal for the chosen file, ready for review. */
  onProposed: (proposal: ImportProposal) => void;
  /** Progress or the end of a read in words (it was cancelled), or null when there is nothing to say. */
  onProgress: (message: string | null) => void;
  onError: (error: ApiError) => void;
  /** The button's text, and the file input's name, where the file goes somewhere other than a new draft. */
  label?: string;
  inputLabel?: string;
  className?: string;
  /** The pack the file is read for: an open draft's own, so its sections are proposed by its own words. */
  templateId?: string;
}

/** A quick import shows no dialog; one that takes longer than this shows its progress and a Cancel button. */
const SHOW_PROGRESS_AFTER_MS = 1000;

interface Reading {
  fileName: string;
  progress: ImportProgress;
  showProgress: boolean;
  cancel: () => void;
}

/**
 * "Import a strategy…": picks a file, checks it, and has the core read it in
 * the background. Nothing is written here; the review screen decides that.
 */
export function ImportFileButton({ onProposed, onProgress, onError, label = IMPORT.open, inputLabel = 'Strategy file to import', className = 'button', templateId }: ImportFileButtonProps) {
  const api = useApi();
  const [reading, setReading] = useState<Reading | null>(null);
  const cancelCurrent = useRef<(() => void) | null>(null);

  // Leaving the screen mid-import cancels it: nobody would see the result.
  useEffect(() => () => cancelCurrent.current?.(), []);

  async function read(file: File) {
    const problem = importFileProblem(file.name, file.size);
    if (problem !== null) return onError({ code: 'import-failed', message: problem });
    onProgress(`Reading “${file.name}”…`);
    // Cancelling may come while the file is still being loaded here, before the core has a job to stop.
    let cancelled = false;
    let job: BackgroundImport | null = null;
    const cancel = () => {
      cancelled = true;
      job?.cancel();
    };
    cancelCurrent.current = cancel;
    const update = (change: Partial<Reading>) => setReading((state) => (state && state.cancel === cancel ? { ...state, ...change } : state));
    setReading({ fileName: file.name, progress: { stage: 'opening', fraction: 0 }, showProgress: false, cancel });
    const timer = setTimeout(() => update({ showProgress: true }), SHOW_PROGRESS_AFTER_MS);
    try {
      const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      if (!cancelled) job = importInBackground(api, { fileName: file.name, dataBase64, ...(templateId === undefined ? {} : { templateId }) }, (progress) => update({ progress }));
      const outcome = job ? await job.outcome : { kind: 'cancelled' as const };
      if (outcome.kind === 'proposed') {
        onProgress(null);
        onProposed(outcome.proposal);
      } else if (outcome.kind === 'failed') {
        onProgress(null);
        onError(outcome.error);
      } else {
        onProgress(`The import of “${file.name}” was cancelled. Nothing was added to your strategies.`);
      }
    } catch (error) {
      onProgress(null);
      onError({ code: 'import-failed', message: `“${file.name}” could not be read: ${(error as Error)?.message ?? String(error)}` });
    } finally {
      clearTimeout(timer);
      cancelCurrent.current = null;
      setReading(null);
    }
  }

  return (
    <>
      <FileChooserButton className={className} disabled={reading !== null} accept={IMPORT_ACCEPT} inputLabel={inputLabel} onFile={(file) => void read(file)}>
        {label}
      </FileChooserButton>
      {reading?.showProgress && <ImportProgressDialog fileName={reading.fileName} progress={reading.progress} onCancel={reading.cancel} />}
    </>
  );
}
