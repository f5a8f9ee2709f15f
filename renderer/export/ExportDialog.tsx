import { useEffect, useId, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import type { CompletenessReport } from '../../shared/completeness/index.js';
import { withAttributionLine } from '../../shared/cowriting/attributionLine.js';
import { placeholdersLeft, unapprovedSections } from '../../shared/cowriting/finalExportBlockers.js';
import { UNSORTED } from '../../shared/import/types.js';
import { saveExport } from '../api/saveFile.js';
import { useApi } from '../api/ApiContext.js';
import { Dialog } from '../app/Dialog.js';
import { ErrorNotice, Notice } from '../app/Notice.js';
import type { DraftSession } from '../draft/draftSession.js';
import { EXPORT_FORMATS, EXPORT_FORMAT_IDS, type ExportFormat } from '../../shared/export/formats.js';
import { LANGUAGE_ENGLISH_NAMES, LANGUAGE_NAMES, type ContentLanguage } from '../../shared/model/language.js';
import { checkErrorsOf, exportActions, exportedMessage, missingForFinal, type ExportProblem, type ProblemTarget } from './exportReadiness.js';
import { EXPORT } from '../app/accessibleNames.js';

interface ExportDialogProps {
  session: DraftSession;
  /** The completeness report of the text as it is now; null before the first check. */
  currentReport: () => CompletenessReport | null;
  onClose: () => void;
  /** Takes the user to the place a listed problem is about (the dialog closes). */
  onJump: (target: ProblemTarget) => void;
}

type Phase =
  | { kind: 'preparing' }
  | { kind: 'ready'; unsaved: boolean; signOffError: ApiError | null }
  | { kind: 'exporting'; unsaved: boolean; signOffError: ApiError | null };

type Outcome = { kind: 'saved'; message: string } | { kind: 'cancelled' } | { kind: 'failed'; error: ApiError };


/**
 * Exporting a draft: save everything first (the core exports what is
 * stored), say what stands in the way of a final version, then hand the file
 * to the platform — a Save dialog on the desktop, a download in the browser.
 */
export function ExportDialog({ session, currentReport, onClose, onJump }: ExportDialogProps) {
  const api = useApi();
  const [phase, setPhase] = useState<Phase>({ kind: 'preparing' });
  const [format, setFormat] = useState<ExportFormat>('docx');
  /** A bilingual draft is exported as one document per language (see electron/core/export/exportLanguage.ts). */
  const [language, setLanguage] = useState<ContentLanguage>('en');
  const languages: readonly ContentLanguage[] = ['en', ...session.translationLanguages];
  const [checkErrors] = useState(() => {
    const report = currentReport();
    return report === null ? [] : checkErrorsOf(report, (id) => session.section(id)?.title ?? id);
  });
  const [notApproved, setNotApproved] = useState<ExportProblem[]>([]);
  const [placeholders, setPlaceholders] = useState<ExportProblem[]>([]);
  const [fromExport, setFromExport] = useState<string[] | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const formatName = useId();
  const languageName = useId();

  useEffect(() => {
    let live = true;
    void (async () => {
      await session.flushAll();
      // Sign-off may have changed since the draft was opened (another reviewer, or this user), so it is read afresh.
      const draft = await api.call('drafts.open', { id: session.draftId });
      if (!live) return;
      if (draft.ok) {
        setNotApproved(unapprovedSections(draft.value, session.template).map((blocker) => ({ text: blocker.message, target: { sectionId: blocker.sectionId } })));
        // The saved text as the exporter prints it: Unsorted left out, the foreword signed from the workshop record.
        const printed = withAttributionLine({ ...draft.value, sections: draft.value.sections.filter((section) => section.id !== UNSORTED) }, session.template);
        setPlaceholders(
          placeholdersLeft(printed, session.template).map((placeholder) => ({
            text: placeholder.message,
            target: { sectionId: placeholder.sectionId, ...(placeholder.location ? { location: placeholder.location } : {}) },
          })),
        );
      }
      setPhase({ kind: 'ready', unsaved: session.hasUnsavedChanges, signOffError: draft.ok ? null : draft.error });
    })();
    return () => {
      live = false;
    };
  }, [api, session]);

  const missing = missingForFinal({ checkErrors, notApproved, fromExport });

  async function run(final: boolean) {
    if (phase.kind !== 'ready') return;
    setPhase({ ...phase, kind: 'exporting' });
    setOutcome(null);
    await session.flushAll();
    const result = await api.call('drafts.export', { id: session.draftId, format, final, ...(language === 'en' ? {} : { language }) });
    if (!result.ok) {
      setOutcome({ kind: 'failed', error: result.error });
      setPhase({ ...phase, kind: 'ready', unsaved: session.hasUnsavedChanges });
      return;
    }
    setFromExport(result.value.problems);
    const saved = await saveExport({ ...result.value, format });
    setOutcome(
      saved.kind === 'saved' ? { kind: 'saved', message: exportedMessage(saved.fileName, result.value.markedDraft, saved.where) }
      : saved.kind === 'cancelled' ? { kind: 'cancelled' }
      : { kind: 'failed', error: { code: 'export-failed', message: saved.message } },
    );
    setPhase({ ...phase, kind: 'ready', unsaved: session.hasUnsavedChanges });
  }

  const busy = phase.kind !== 'ready';
  // Unread sign-off is not approval: until it is known, only a draft is offered (the core would refuse a final one anyway).
  const allApproved = notApproved.length === 0 && !(phase.kind !== 'preparing' && phase.signOffError);
  const actions = exportActions([...placeholders, ...missing], allApproved, placeholders.length > 0);
  const problemList = (items: readonly ExportProblem[]) => (
    <ul className="export-dialog__list">
      {items.map((item, index) => (
        // Two "[Name]" placeholders read the same but are two places.
        <li key={`${index}:${item.text}`}>
          {item.target ? (
            <button type="button" className="link-button" onClick={() => onJump(item.target as ProblemTarget)}>
              {item.text}
            </button>
          ) : (
            item.text
          )}
        </li>
      ))}
    </ul>
  );

  return (
    <Dialog title={EXPORT.dialog} onClose={onClose}>
      {phase.kind === 'preparing' ? (
        <p role="status">Saving your changes before exporting…</p>
      ) : (
        <>
          {phase.unsaved && (
            <Notice tone="warning">
              <p>Some of your latest changes could not be saved (see the save status at the top). The export is made from what is saved, so it will not include them.</p>
            </Notice>
          )}
          {phase.signOffError && (
            <Notice tone="warning">
              <p>The sign-off of each section could not be read ({phase.signOffError.message}). The export will still say what it finds.</p>
            </Notice>
          )}
          <fieldset className="export-dialog__formats" disabled={busy}>
            <legend>{EXPORT.formatGroup}</legend>
            {EXPORT_FORMAT_IDS.map((id) => (
              <label key={id} className="template-choice__option">
                <input type="radio" name={formatName} value={id} checked={format === id} onChange={() => setFormat(id)} />
                <span>
                  <span className="template-choice__name">{EXPORT_FORMATS[id].label}</span>
                  <span className="template-choice__description">For {EXPORT_FORMATS[id].purpose(session.template.export.approvingBody, session.template.words.organisation)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {languages.length > 1 && (
            <fieldset className="export-dialog__formats" disabled={busy}>
              <legend>{EXPORT.languageGroup}</legend>
              {languages.map((id) => (
                <label key={id} className="template-choice__option">
                  <input type="radio" name={languageName} value={id} checked={language === id} onChange={() => setLanguage(id)} />
                  <span>
                    <span className="template-choice__name" lang={id}>
                      {LANGUAGE_NAMES[id]}
                    </span>
                    <span className="template-choice__description">
                      {id === 'en' ? 'The English document.' : `The ${LANGUAGE_ENGLISH_NAMES[id]} document, from each section’s ${LANGUAGE_ENGLISH_NAMES[id]} text. Publish it with the English one.`}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          {placeholders.length > 0 && (
            <section className="export-dialog__missing" aria-label={EXPORT.placeholders}>
              <h3>{EXPORT.placeholders}</h3>
              <p>
                A final version cannot be made while {placeholders.length === 1 ? 'this placeholder is' : `these ${placeholders.length} placeholders are`} in the text,
                whatever else is confirmed. Choose one to go to it.
              </p>
              {problemList(placeholders)}
            </section>
          )}
          {missing.length > 0 ? (
            <section className="export-dialog__missing" aria-label={EXPORT.notReady}>
              <h3>{EXPORT.notReady}</h3>
              <p>
                {missing.length === 1 ? 'One thing needs' : `${missing.length} things need`} attention before this can go to the approving body. An export
                as draft is marked DRAFT on every page.
                {!allApproved && ' A final version can be made once every required section is approved.'}
              </p>
              {problemList(missing)}
            </section>
          ) : placeholders.length > 0 ? null : allApproved ? (
            <p>The check finds nothing missing and every required section is approved: the export will be a final version.</p>
          ) : (
            <p>A final version can be made once the sign-off of each section can be read. An export as draft is marked DRAFT on every page.</p>
          )}
        </>
      )}
      <div aria-live="polite">
        {phase.kind === 'exporting' && <p role="status">Exporting…</p>}
        {outcome?.kind === 'saved' && (
          <Notice tone="info">
            <p>{outcome.message}</p>
          </Notice>
        )}
        {outcome?.kind === 'cancelled' && (
          <Notice tone="info">
            <p>Not saved: the Save dialog was closed without choosing a place.</p>
          </Notice>
        )}
      </div>
      {outcome?.kind === 'failed' && <ErrorNotice error={outcome.error} />}
      <div className="dialog__actions">
        {actions.map((action) => (
          <button key={action.label} type="button" className={`button ${action.primary ? 'button--primary' : ''}`} disabled={busy} onClick={() => void run(action.final)}>
            {action.label}
          </button>
        ))}
        <button type="button" className="button" onClick={onClose}>
          {outcome?.kind === 'saved' ? 'Close' : 'Cancel'}
        </button>
      </div>
    </Dialog>
  );
}
