import type { Handlers } from '../../../shared/api/dispatch.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import { isSectionWritten } from '../../../shared/completeness/index.js';
import type { SignOffState } from '../../../shared/cowriting/signOff.js';
import { openWithTemplate } from '../draftTemplate.js';
import type { LibraryStores } from '../libraryStores.js';
import type { SignOffMove } from '../storage/signOffStore.js';
import type { TemplateCatalogue } from '../templateCatalogue.js';

/**
 * Sign-off for every transport (app, browser, CLI): the review rules are
 * read here, from the stored text, so no client can approve what the rules
 * refuse. The text they were read from is the revision each move names, so
 * a save in between makes the move fail rather than approve unread words.
 */
export function signOffHandlers(stores: () => LibraryStores, catalogue: TemplateCatalogue): Pick<Handlers, 'drafts.setSectionState' | 'drafts.approveSections'> {
  function movesFor(id: string, asked: readonly { sectionId: string; state: SignOffState; baseRevision?: number; note?: string }[]): SignOffMove[] {
    const library = stores();
    const { draft, template } = openWithTemplate(library.drafts, catalogue, id, 'signed off');
    const fourEyes = library.settings.fourEyes();
    return asked.map((move) => {
      const section = draft.sections.find((each) => each.id === move.sectionId);
      if (!section) throw new ApiFailure('not-found', `This strategy has no section "${move.sectionId}".`);
      return {
        sectionId: move.sectionId,
        state: move.state,
        note: move.note,
        baseRevision: move.baseRevision ?? section.revision,
        conditions: { written: isSectionWritten(template, section), fourEyes },
      };
    });
  }
  return {
    'drafts.setSectionState': (request) => {
      const [move] = movesFor(request.id, [request]);
      return { sectionId: request.sectionId, signOff: stores().signOff.setState(request.id, move as SignOffMove) };
    },
    'drafts.approveSections': (request) => ({
      approved: stores().signOff.setStates(
        request.id,
        movesFor(
          request.id,
          request.sections.map((section) => ({ ...section, state: 'approved' as const, note: request.note })),
        ),
      ),
    }),
  };
}
