import type { Handlers } from '../../../shared/api/dispatch.js';
import type { ImportJobs } from '../import/importJobs.js';
import { openWithTemplate } from '../draftTemplate.js';
import { fillCoverFromImport, importDraft, importIntoDraft } from '../import/importDraft.js';
import { fillEmptyLocalNames } from '../import/classify/localNames.js';
import type { LibraryStores } from '../libraryStores.js';
import { checkSlots } from './library.js';
import type { TemplateCatalogue } from '../templateCatalogue.js';

type ImportMethods = 'import.propose' | 'import.apply' | 'import.applyToDraft' | 'import.start' | 'import.progress' | 'import.cancel';

/**
 * Importing last year's strategy: read the file into a proposal (nothing
 * written), either in one call or as a job the screen can follow and
 * cancel, then create a draft from the reviewed choices or bring them into
 * an open draft.
 */
export function importHandlers(stores: () => LibraryStores, catalogue: TemplateCatalogue, jobs: ImportJobs): Pick<Handlers, ImportMethods> {
  // A new draft's officer picks the template after reading the proposal, so that file is read for the preferred pack, whose sections the others share;
  // a file brought into an open draft is read for the draft's own pack (a Scottish plan by Scottish cues), unless that pack has no cues of its own.
  const templateFor = (templateId: string | undefined) => {
    const named = templateId === undefined ? undefined : catalogue.get(templateId);
    return named && Object.keys(named.importCues.sections).length > 0 ? named : catalogue.preferred();
  };
  const fileOf = (request: { fileName: string; dataBase64: string; templateId?: string | undefined }) => ({
    name: request.fileName,
    bytes: new Uint8Array(Buffer.from(request.dataBase64, 'base64')),
    template: templateFor(request.templateId),
  });
  return {
    'import.propose': (request) => jobs.run(fileOf(request)),
    'import.start': (request) => ({ jobId: jobs.start(fileOf(request)) }),
    'import.progress': (request) => jobs.progress(request.jobId),
    'import.cancel': (request) => ({ cancelled: jobs.cancel(request.jobId) }),
    'import.apply': (request) => {
      const { drafts, settings, inOneTransaction } = stores();
      const template = catalogue.get(request.templateId);
      const chosenNames = request.localNames;
      if (chosenNames !== undefined) checkSlots(catalogue, { [template.id]: chosenNames });
      // The draft and the names the officer chose are saved together: a draft refused leaves the library's names as they were, and the reverse.
      return inOneTransaction(() => {
        const draft = importDraft(drafts, template, request.proposal, request.choices);
        if (chosenNames === undefined) fillEmptyLocalNames(settings, template, request.proposal.localNames);
        else if (Object.keys(chosenNames).length > 0) settings.update({ localNames: { [template.id]: chosenNames } });
        return draft;
      });
    },
    'import.applyToDraft': (request) => {
      const { drafts, settings, inOneTransaction } = stores();
      const template = openWithTemplate(drafts, catalogue, request.id, 'imported into').template;
      const chosenNames = request.localNames ?? {};
      checkSlots(catalogue, { [template.id]: chosenNames });
      // The sections, the title-page fields and the names the officer chose are saved together, or none of them: nothing lands twice or half.
      return inOneTransaction(() => {
        const outcome = importIntoDraft(drafts, template, request.id, request);
        const coverFilled = request.cover === undefined ? [] : fillCoverFromImport(drafts, request.id, request.cover);
        const namesSaved = Object.keys(chosenNames);
        if (namesSaved.length > 0) settings.update({ localNames: { [template.id]: chosenNames } });
        if (coverFilled.length === 0 && namesSaved.length === 0) return outcome;
        return { ...outcome, draft: drafts.open(request.id), ...(coverFilled.length > 0 ? { coverFilled } : {}), ...(namesSaved.length > 0 ? { namesSaved } : {}) };
      });
    },
  };
}
