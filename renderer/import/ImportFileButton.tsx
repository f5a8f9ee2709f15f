import { useRef, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import type { ImportProposal } from '../../shared/import/types.js';
import { bytesToBase64 } from '../api/base64.js';
import { api } from '../api/transport.js';
import { IMPORT_ACCEPT, importFileProblem } from './importFile.js';

interface ImportFileButtonProps {
  /** The importer's proposal for the chosen file, ready for review. */
  onProposed: (proposal: ImportProposal) => void;
  /** Progress in words while a file is read, or null when done. */
  onProgress: (message: string | null) => void;
  onError: (error: ApiError) => void;
}

/**
 * "Import a strategy…": picks a file, checks it, and asks the core what is in
 * it. Nothing is written here; the review screen decides that.
 */
export function ImportFileButton({ onProposed, onProgress, onError }: ImportFileButtonProps) {
  const inputRef = useRef<HTMLInputElement>(null);
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
    <>
      <button type="button" className="button" disabled={busy} onClick={() => inputRef.current?.click()}>
        Import a strategy…
      </button>
      <input
        ref={inputRef}
        type="file"
        accept={IMPORT_ACCEPT}
        hidden
        aria-label="Strategy file to import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) fires another change.
          event.target.value = '';
          if (file) void read(file);
        }}
      />
    </>
  );
}
