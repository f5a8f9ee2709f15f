import type { ImportProgress } from '../../shared/import/types.js';
import { Dialog } from '../app/Dialog.js';
import { progressWords } from './backgroundImport.js';
import './importReview.css';
import { IMPORT } from '../app/accessibleNames.js';

interface ImportProgressDialogProps {
  fileName: string;
  progress: ImportProgress;
  onCancel: () => void;
}

/** How far a long import has got, with the one thing the officer can do meanwhile: cancel it (Cancel or Escape). */
export function ImportProgressDialog({ fileName, progress, onCancel }: ImportProgressDialogProps) {
  const words = progressWords(progress);
  return (
    <Dialog title={`Importing “${fileName}”`} onClose={onCancel}>
      <p className="import-progress__stage" aria-live="polite">
        {words}
      </p>
      <progress className="import-progress__bar" max={1} value={progress.fraction} aria-label={IMPORT.progress} aria-valuetext={words} />
      <p className="import-progress__note">Nothing is added to your strategies until you have checked where each part goes.</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {IMPORT.cancelImport}
        </button>
      </div>
    </Dialog>
  );
}
