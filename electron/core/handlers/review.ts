import type { Handlers } from '../../../shared/api/dispatch.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import { isSectionWritten } from '../../../shared/completeness/index.js';
import type { SignOffState } from '../../../shared/cowriting/signOff.js';
import type { StoredDraftChecker } from '../completeness/storedDraftChecker.js';
import { openWithTemplate } from '../draftTemplate.js';
import type { LibraryStores } from '../libraryStores.js';
import type { SignOffMove } from '../storage/signOffStore.js';
import type { TemplateCatalogue } from '../templateCatalogue.js';

type ReviewMethod =
  | Extract<keyof Handlers, `comments.${string}`>
  | 'drafts.check'
  | 'drafts.setSectionState'
  | 'drafts.approveSections'
  | 'drafts.updateAttribution'
  | 'drafts.exportPortable'
  | 'drafts.importPortable'
  | 'drafts.suggestions'
  | 'drafts.decideSuggestion';

/**
 * Reading a draft with others: comments, the completeness check, sign-off,
 * the foreword's attribution, and portable files sent to co-writers with the
 * suggestions they bring back.
 *
 * Sign-off is for every transport (app, browser, CLI): the review rules are
 * read here, from the stored text, so no client can approve what the rules
 * refuse. The text they were read from is the revision each move names, so
 * a save in between makes the move fail rather than approve unread words.
 */
export function reviewHandlers(stores: () => LibraryStores, catalogue: TemplateCatalogue, check: StoredDraftChecker): Pick<Handlers, ReviewMethod> {
  const comments = () => stores().comments;
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
    'comments.list': (request) => comments().list(request.id, { sectionId: request.sectionId, includeResolved: request.includeResolved }),
    'comments.add': (request) => comments().add(request.id, request.sectionId, { from: request.from, to: request.to, quote: request.quote }, request.body),
    'comments.reply': (request) => comments().reply(request.id, request.commentId, request.body),
    'comments.resolve': (request) => comments().resolve(request.id, request.commentId),
    'comments.reopen': (request) => comments().reopen(request.id, request.commentId),
    'drafts.check': (request) => {
      const library = stores();
      const { draft, template } = openWithTemplate(library.drafts, catalogue, request.id, 'checked');
      return check(draft, template, library.settings.localNamesFor(template.id));
    },
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
    'drafts.updateAttribution': (request) => stores().attribution.update(request.id, request.baseRevision, request.attribution),
    'drafts.exportPortable': (request) => stores().portable.exportFile(request.id, request.sectionId),
    'drafts.importPortable': (request) => stores().portable.importFile(request.content, request.id, (templateId) => catalogue.get(templateId)),
    'drafts.suggestions': (request) => stores().suggestions.pending(request.id, request.sectionId),
    'drafts.decideSuggestion': (request) => stores().suggestions.decide(request.id, request.suggestionId, request.decision),
  };
}
