import { generateAnnualReport } from '../../../shared/annualReport/annualReport.js';
import { reportedMeasures } from '../../../shared/annualReport/reportedMeasures.js';
import type { FigureImportPreview } from '../../../shared/api/contract.js';
import type { Handlers } from '../../../shared/api/dispatch.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import { unapprovedSections } from '../../../shared/cowriting/finalExportBlockers.js';
import { checkFigureRow, type CheckedFigureRow, type RawFigureRow } from '../../../shared/progress/figureRows.js';
import { readMeasures, type Measure } from '../../../shared/progress/measures.js';
import { buildProgressReport, type ProgressReport } from '../../../shared/progress/report.js';
import type { Draft } from '../../../shared/model/draft.js';
import type { Template } from '../../../shared/template/template.js';
import { openWithTemplate } from '../draftTemplate.js';
import type { LibraryStores } from '../libraryStores.js';
import { readFigureFile } from '../progress/figureFile.js';
import type { TemplateCatalogue } from '../templateCatalogue.js';

type ProgressMethod = Extract<keyof Handlers, `progress.${string}`>;
type ConsultationMethod = Extract<keyof Handlers, `consultations.${string}`>;

/**
 * What a strategy is reported on with: progress on its measures, the log of
 * its consultation sessions, and the Board's yearly report made from both.
 */
export function reportingHandlers(
  stores: () => LibraryStores,
  catalogue: TemplateCatalogue,
  today: () => Date = () => new Date(),
): Pick<Handlers, ProgressMethod | ConsultationMethod | 'drafts.createAnnualReport'> {
  return { ...progressHandlers(stores, catalogue), ...consultationsHandlers(stores), ...annualReportHandlers(stores, catalogue, today) };
}

/** A strategy's progress as stored: each row of its measures table with every figure recorded against it. */
function strategyProgress(library: LibraryStores, draft: Draft, template: Template): ProgressReport {
  return buildProgressReport({
    draftId: draft.id,
    title: draft.title,
    notAdopted: unapprovedSections(draft, template).map((blocker) => blocker.message),
    thresholds: library.progress.thresholds(),
    measures: readMeasures(draft, template),
    stored: library.progress.measures(draft.id),
    figures: library.progress.figures(draft.id),
  });
}

/**
 * Progress on the measures of an adopted strategy. "Adopted" is the app's
 * existing notion of a strategy ready to print as final: every required
 * section approved (the check a final export makes). Figures are recorded
 * only against an adopted strategy, whose measures table no longer moves
 * under them.
 */
function progressHandlers(stores: () => LibraryStores, catalogue: TemplateCatalogue): Pick<Handlers, ProgressMethod> {
  const strategy = (id: string) => {
    const library = stores();
    const { draft, template } = openWithTemplate(library.drafts, catalogue, id, 'used to record progress');
    return { library, draft, measures: readMeasures(draft, template), notAdopted: unapprovedSections(draft, template).map((blocker) => blocker.message) };
  };
  const report = (id: string): ProgressReport => {
    const library = stores();
    const { draft, template } = openWithTemplate(library.drafts, catalogue, id, 'used to record progress');
    return strategyProgress(library, draft, template);
  };
  const adoptedStrategy = (id: string) => {
    const found = strategy(id);
    if (found.notAdopted.length > 0) {
      throw new ApiFailure('not-approved', 'Figures are recorded against the strategy as adopted: approve every required section first.', found.notAdopted);
    }
    if (found.measures.length === 0) throw new ApiFailure('invalid-request', 'This strategy has no measures in its measures table, so there is nothing to record figures against.');
    return found;
  };
  const checkRows = (measures: readonly Measure[], rows: readonly RawFigureRow[]): CheckedFigureRow[] => {
    const indicators = new Map(measures.map((measure) => [measure.key, measure.indicator]));
    return rows.map((row) => checkFigureRow(row, indicators));
  };
  const preview = (id: string, fileName: string, dataBase64: string): { preview: FigureImportPreview; measures: Measure[] } => {
    const { measures } = adoptedStrategy(id);
    const file = readFigureFile(fileName, Buffer.from(dataBase64, 'base64'));
    const rows = checkRows(measures, file.rows);
    return { preview: { fileName, sheet: file.sheet, rows, refused: rows.filter((row) => row.problems.length > 0).length }, measures };
  };
  return {
    'progress.get': (request) => report(request.id),
    'progress.addFigure': (request) => {
      const { library, measures } = adoptedStrategy(request.id);
      const [checked] = checkRows(measures, [
        { row: 1, measure: request.measure, period: request.period, value: request.value, date: request.date ?? '', source: request.source ?? '', note: request.note ?? '' },
      ]);
      if (!checked?.entry) throw new ApiFailure('invalid-request', 'The figure was not recorded.', checked?.problems ?? []);
      library.progress.record(request.id, [checked.entry], new Map(measures.map((measure) => [measure.key, measure.indicator])));
      return report(request.id);
    },
    'progress.relink': (request) => {
      const { library, measures } = strategy(request.id);
      const row = measures.find((measure) => measure.indicator.trim() === request.indicator.trim());
      if (!row) throw new ApiFailure('invalid-request', `"${request.indicator}" is not a row of this strategy's measures table.`);
      library.progress.relink(request.id, request.measureId, row.indicator);
      return report(request.id);
    },
    'progress.setThresholds': (request) => stores().progress.setThresholds(request),
    'progress.previewImport': (request) => preview(request.id, request.fileName, request.dataBase64).preview,
    'progress.import': (request) => {
      const { preview: checked, measures } = preview(request.id, request.fileName, request.dataBase64);
      if (checked.refused > 0) {
        const details = checked.rows.filter((row) => row.problems.length > 0).map((row) => `Row ${row.row}: ${row.problems.join(' ')}`);
        throw new ApiFailure('import-failed', `Nothing was recorded: ${checked.refused} of ${checked.rows.length} rows ${checked.refused === 1 ? 'was' : 'were'} refused. Correct ${checked.refused === 1 ? 'it' : 'them'} and import the file again.`, details);
      }
      const entries = checked.rows.flatMap((row) => (row.entry ? [row.entry] : []));
      const added = stores().progress.record(request.id, entries, new Map(measures.map((measure) => [measure.key, measure.indicator])));
      return { added, report: report(request.id) };
    },
  };
}

function consultationsHandlers(stores: () => LibraryStores): Pick<Handlers, ConsultationMethod> {
  const log = () => stores().consultations;
  return {
    'consultations.list': (request) => log().list(request.id),
    'consultations.add': (request) => log().add(request.id, request.session),
    'consultations.update': (request) => log().update(request.id, request.sessionId, request.baseRevision, request.session),
    'consultations.remove': (request) => {
      log().remove(request.id, request.sessionId);
      return { removed: true };
    },
  };
}

/**
 * The Board's yearly report, made from a strategy: its measures with the
 * figures recorded against them (statuses and charts included) and its
 * consultation log, through the report pack the strategy's pack names.
 */
function annualReportHandlers(stores: () => LibraryStores, catalogue: TemplateCatalogue, today: () => Date = () => new Date()): Pick<Handlers, 'drafts.createAnnualReport'> {
  return {
    'drafts.createAnnualReport': (request) => {
      const library = stores();
      const { draft, template } = openWithTemplate(library.drafts, catalogue, request.id, 'reported on');
      if (draft.trashedAt !== null) throw new ApiFailure('conflict', `“${draft.title}” is in the bin. Restore it before creating its annual report.`);
      if (template.annualReport === undefined) {
        throw new ApiFailure('invalid-request', `“${draft.title}” is written with the template “${template.name}”, which has no annual report. An annual report is made from a strategy.`);
      }
      const reportTemplate = catalogue.find(template.annualReport);
      if (!reportTemplate) {
        throw new ApiFailure('not-found', `The annual report template “${template.annualReport}” is not in the templates folder, so no report was created. Put it back and try again.`);
      }
      const report = generateAnnualReport({
        template: reportTemplate,
        strategy: draft,
        measures: reportedMeasures(strategyProgress(library, draft, template)),
        sessions: library.consultations.list(draft.id),
        today: today().toISOString().slice(0, 10),
      });
      return library.drafts.createReport(reportTemplate, { ...report, reportOf: draft.id });
    },
  };
}
