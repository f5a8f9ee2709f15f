import fs from 'node:fs';
import path from 'node:path';
import type { FigureImportPreview } from '../../../shared/api/contract.js';
import type { ProgressReport } from '../../../shared/progress/report.js';
import { STATUS_LABELS } from '../../../shared/progress/status.js';
import { MAX_IMPORT_BYTES } from '../../core/import/readers/readSource.js';
import { CliError, type Command } from '../command.js';
import { textTable, toJson } from '../format.js';

/**
 * Progress on an adopted strategy's measures, and figures from a performance
 * team's spreadsheet. An import is all or nothing: any refused row refuses the
 * file, the rows are printed with their reasons, and the command exits 1.
 */
export const figuresCommand: Command = {
  name: 'figures',
  summary: 'Print the progress on each measure of an adopted strategy, or record figures from a CSV or .xlsx file (all rows or none).',
  arguments: ['ID'],
  options: {
    import: { type: 'string', usage: '--import FILE', description: 'a .csv or .xlsx file with Measure, Period and Value columns (Date, Source and Note optional)' },
  },
  async run({ args, options, call, io, json, resolvePath }) {
    const id = String(args[0]);
    const file = options['import'];
    if (typeof file !== 'string') {
      const report = await call('progress.get', { id });
      io.stdout(json ? toJson(report) : progressText(report));
      return;
    }
    const request = { id, fileName: path.basename(file), dataBase64: readFile(resolvePath(file)).toString('base64') };
    const preview = await call('progress.previewImport', { id, fileName: request.fileName, dataBase64: request.dataBase64 });
    if (preview.refused > 0) {
      io.stdout(json ? toJson(preview) : previewText(preview));
      throw new CliError(`Nothing was recorded: ${preview.refused} of ${preview.rows.length} rows of ${preview.fileName} ${preview.refused === 1 ? 'was' : 'were'} refused (reasons above).`);
    }
    const { added, report } = await call('progress.import', request);
    if (json) {
      io.stdout(toJson({ added, preview, report }));
      return;
    }
    io.stdout([previewText(preview), '', `Recorded ${added} figure${added === 1 ? '' : 's'} from ${preview.fileName}.`, '', progressText(report)].join('\n'));
  },
};

function readFile(file: string): Buffer {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_IMPORT_BYTES) throw new CliError(`${file} is ${(size / 1_000_000).toFixed(1)} MB; a file of figures must be at most ${MAX_IMPORT_BYTES / 1_000_000} MB.`);
    return fs.readFileSync(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Could not read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
}

function previewText(preview: FigureImportPreview): string {
  const rows = preview.rows.map((row) => [
    String(row.row),
    row.entry ? 'ok' : 'refused',
    row.matchedIndicator ?? row.measure.trim(),
    row.entry ? `${row.entry.period}: ${row.entry.value}` : row.problems.join(' '),
  ]);
  const from = preview.sheet === null ? preview.fileName : `${preview.fileName}, sheet "${preview.sheet}"`;
  return [`${from}: ${preview.rows.length - preview.refused} of ${preview.rows.length} rows match a measure.`, textTable(['Row', 'Result', 'Measure', 'Figure or reason'], rows)].join('\n');
}

function progressText(report: ProgressReport): string {
  const head = report.adopted
    ? `"${report.title}": ${report.measures.length} measure${report.measures.length === 1 ? '' : 's'}.`
    : `"${report.title}" is not adopted yet, so no figures can be recorded: ${report.notAdopted.length} required section${report.notAdopted.length === 1 ? '' : 's'} still to approve.`;
  const rows = report.measures.map((entry) => [
    entry.measure.indicator,
    entry.printed.baseline || '–',
    entry.printed.target || '–',
    entry.latest ? `${entry.printed.latest} (${entry.latest.period.label})` : '–',
    STATUS_LABELS[entry.status.status],
  ]);
  const lines = [head, '', textTable(['Measure', 'Baseline', 'Target', 'Latest', 'Status'], rows)];
  if (report.unlinked.length > 0) {
    lines.push('', 'Figures kept for measures no longer in the table (re-link them in the app):', ...report.unlinked.map((entry) => `  ${entry.measure.indicator} (${entry.history.length} entries)`));
  }
  return lines.join('\n');
}
