import { generateAnnualReport } from '../../../shared/annualReport/annualReport.js';
import { reportedMeasures } from '../../../shared/annualReport/reportedMeasures.js';
import type { Handlers } from '../../../shared/api/dispatch.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import { openWithTemplate } from '../draftTemplate.js';
import type { LibraryStores } from '../libraryStores.js';
import type { TemplateCatalogue } from '../templateCatalogue.js';
import { strategyProgress } from './progress.js';

/**
 * The Board's yearly report, made from a strategy: its measures with the
 * figures recorded against them (statuses and charts included) and its
 * consultation log, through the report pack the strategy's pack names.
 */
export function annualReportHandlers(stores: () => LibraryStores, catalogue: TemplateCatalogue, today: () => Date = () => new Date()): Pick<Handlers, 'drafts.createAnnualReport'> {
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
