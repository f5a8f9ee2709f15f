import { useEffect, useRef, useState } from 'react';
import type { FigureImportPreview } from '../../shared/api/contract.js';
import type { ApiError } from '../../shared/api/errors.js';
import type { ProgressReport } from '../../shared/progress/report.js';
import { bytesToBase64 } from '../api/base64.js';
import { useApi } from '../api/ApiContext.js';
import { FileChooserButton } from '../app/FileChooserButton.js';
import { ErrorNotice, Notice } from '../app/Notice.js';
import { PROGRESS } from '../app/accessibleNames.js';

/** Checked in the page first, so a wrong or oversized file is told at once rather than after uploading it. */
const MAX_FIGURE_FILE_BYTES = 50_000_000;
const ACCEPT = '.csv,.xlsx';

function fileProblem(file: File): string | null {
  if (!/\.(csv|xlsx)$/i.test(file.name)) return `“${file.name}” is not a spreadsheet the app reads. Choose a CSV file (.csv) or an Excel workbook (.xlsx).`;
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (file.size > MAX_FIGURE_FILE_BYTES) return `“${file.name}” is larger than 50 MB, which no sheet of figures needs. Save only the sheet of figures and import that.`;
  return null;
}

interface Checked {
  preview: FigureImportPreview;
  dataBase64: string;
}

/**
 * Figures from a performance team's spreadsheet: every row is shown with the
 * measure it matched, or why it cannot be recorded, before anything is
 * written; then all rows are recorded together, or none.
 */
export function FigureImport({ report, onRecorded }: { report: ProgressReport; onRecorded: (report: ProgressReport) => void }) {
  const api = useApi();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reviewRef = useRef<HTMLHeadingElement>(null);

  // The review takes the focus once it is on screen, so a keyboard user lands on what to check.
  useEffect(() => {
    if (checked) reviewRef.current?.focus();
  }, [checked]);

  async function choose(file: File) {
    setMessage(null);
    setChecked(null);
    const problem = fileProblem(file);
    if (problem) return setError({ code: 'import-failed', message: problem });
    setBusy(true);
    const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    const result = await api.call('progress.previewImport', { id: report.draftId, fileName: file.name, dataBase64 });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setChecked({ preview: result.value, dataBase64 });
  }

  async function record() {
    if (!checked) return;
    setBusy(true);
    const result = await api.call('progress.import', { id: report.draftId, fileName: checked.preview.fileName, dataBase64: checked.dataBase64 });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setChecked(null);
    setError(null);
    setMessage(`Recorded ${result.value.added} figure${result.value.added === 1 ? '' : 's'} from “${checked.preview.fileName}”.`);
    onRecorded(result.value.report);
  }

  function cancel() {
    const name = checked?.preview.fileName ?? 'the file';
    setChecked(null);
    setMessage(`Nothing was recorded from “${name}”.`);
  }

  const preview = checked?.preview;
  return (
    <section className="figure-import" aria-labelledby="figure-import-heading">
      <h2 id="figure-import-heading">{PROGRESS.importHeading}</h2>
      <p className="field__hint">
        A CSV file or Excel workbook (.xlsx, its first sheet) with columns headed Measure, Period and Value; Date, Source and Note may follow. Every row is shown before
        anything is recorded.
      </p>
      <FileChooserButton className="button" disabled={busy} accept={ACCEPT} inputLabel={PROGRESS.importFile} onFile={(file) => void choose(file)}>
        {PROGRESS.importButton}
      </FileChooserButton>
      {busy && <p role="status">Working…</p>}
      {error && <ErrorNotice error={error} />}
      {message && (
        <Notice tone="info">
          <p>{message}</p>
        </Notice>
      )}
      {preview && (
        <div className="figure-review">
          <h3 ref={reviewRef} tabIndex={-1}>
            {PROGRESS.reviewHeading(preview.fileName)}
          </h3>
          <p>
            {preview.sheet === null ? '' : `Sheet “${preview.sheet}”. `}
            {preview.refused === 0
              ? `All ${preview.rows.length} rows match a measure.`
              : `${preview.refused} of ${preview.rows.length} rows cannot be recorded, so nothing will be until the file is corrected and chosen again.`}
          </p>
          <table className="draft-table figure-review__table">
            <caption className="visually-hidden">Rows of {preview.fileName}</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Measure in the file</th>
                <th scope="col">Matched measure</th>
                <th scope="col">Period</th>
                <th scope="col">Value</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.row} className={row.problems.length > 0 ? 'figure-review__refused' : undefined}>
                  <th scope="row">{row.row}</th>
                  <td>{row.measure}</td>
                  <td>{row.matchedIndicator ?? '—'}</td>
                  <td>{row.entry?.period ?? '—'}</td>
                  <td>{row.entry ? String(row.entry.value) : '—'}</td>
                  <td>{row.problems.length === 0 ? 'Ready' : row.problems.join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" disabled={busy || preview.refused > 0} onClick={() => void record()}>
              {PROGRESS.recordAll(preview.rows.length)}
            </button>
            <button type="button" className="button" onClick={cancel}>
              {PROGRESS.cancelImport}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
