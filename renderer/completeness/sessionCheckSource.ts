import { checkCoverForm } from '../draft/coverForm.js';
import type { DraftSession } from '../draft/draftSession.js';
import type { CheckSource } from './liveCompleteness.js';

/** The open draft as the live check reads it: the cover form as typed, the editors' documents. */
export function sessionCheckSource(session: DraftSession): CheckSource {
  return {
    cover: () => checkCoverForm(session.coverValues).cover,
    sections: () => session.currentSections(),
    consents: () => session.consents,
    subscribeContent: (listener) => session.subscribeContent(listener),
  };
}
