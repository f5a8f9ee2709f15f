import { useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import type { ImportProposal } from '../../shared/import/types.js';
import { bytesToBase64 } from '../api/base64.js';
import { api } from '../api/transport.js';
import { FileChooserButton } from '../app/FileChooserButton.js';
import { IMPORT_ACCEPT, importFileProblem } from './importFile.js';

interface ImportFileButtonProps {
  /** The importer's proposal for the chosen file, ready for review. */
  onProposed: (proposal: ImportProposal) => void;
  /** Progress in words while a file is read, or null when done. */
  onProgress: (message: string | null) => void;
  onError: (error: ApiError) => void;
  /** The button's text, and the file input's name, where the file goes somewhere other than a new draft. */
  label?: string;
  inputLabel?: string;
  className?: string;
}

/**
 * "Import a strategy…": picks a file, checks it, and asks the core what is in
 * it. Nothing is written here; the review screen decides that.
 */
export function ImportFileButton({ onProposed, onProgress, onError, label = 'Import a strategy…', inputLabel = 'Strategy file to import', className = 'button' }: ImportFileButtonProps) {
  const [busy, setBusy] = useState(false);

  async function read(file: File) {
    const problem = importFileProblem(file.name, file.size);
    if (problem !== null) return onError({ code: 'import-failed', message: problem });
    setBusy(true);
    onProgress(`Reading “${file.name}”…`);
    try {
      const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const result = await api.call('import.propose', { fileName: file.name, dataBase64 });
      onProgress(null);
      if (result.ok) onProposed(result.value);
      else onError(result.error);
    } catch (error) {
      onProgress(null);
      onError({ code: 'import-failed', message: `“${file.name}” could not be read: ${(error as Error)?.message ?? String(error)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <FileChooserButton className={className} disabled={busy} accept={IMPORT_ACCEPT} inputLabel={inputLabel} onFile={(file) => void read(file)}>
      {label}
    </FileChooserButton>
  );
}
