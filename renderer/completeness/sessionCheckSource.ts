import type { DraftSectionInput } from '../../shared/completeness/index.js';
import type { Attribution } from '../../shared/cowriting/attribution.js';
import { forewordAsPrinted } from '../../shared/cowriting/attributionLine.js';
import { isEditorNode } from '../../shared/completeness/sectionContext.js';
import type { NodeJSON } from '../../shared/model/draft.js';
import { sectionWithRole } from '../../shared/template/template.js';
import { checkCoverForm } from '../draft/coverForm.js';
import type { DraftSession } from '../draft/draftSession.js';
import type { CheckSource } from './liveCompleteness.js';

/**
 * The open draft as the live check reads it: the cover form as typed, the
 * editors' documents, and the young people's foreword signed from the
 * workshop record as the exports print it (kept while neither changes, so
 * the check does not read it again on every keystroke elsewhere).
 */
export function sessionCheckSource(session: DraftSession, localNames: Record<string, string> = {}): CheckSource {
  let signed: { doc: unknown; attribution: Attribution | undefined; section: DraftSectionInput } | null = null;
  const foreword = sectionWithRole(session.template, 'young-people-foreword')?.id;
  const asPrinted = (section: DraftSectionInput): DraftSectionInput => {
    if (section.id !== foreword || session.attribution === undefined) return section;
    if (signed?.doc === section.doc && signed.attribution === session.attribution) return signed.section;
    const json = isEditorNode(section.doc) ? (section.doc.toJSON() as NodeJSON) : section.doc;
    const printed = forewordAsPrinted(json, session.attribution, session.template);
    signed = { doc: section.doc, attribution: session.attribution, section: printed === json ? section : { id: section.id, doc: printed } };
    return signed.section;
  };
  return {
    cover: () => checkCoverForm(session.coverValues, session.template.words.documentKind).cover,
    sections: () => session.currentSections().map(asPrinted),
    consents: () => session.consents,
    localNames: () => localNames,
    translated: () => session.translatedSections(),
    subscribeContent: (listener) => session.subscribeContent(listener),
  };
}
