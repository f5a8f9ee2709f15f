import { useEffect, useMemo, useRef, useState } from 'react';
import type { Settings } from '../../shared/api/contract.js';
import type { ApiError } from '../../shared/api/errors.js';
import type { TextLocation } from '../../shared/completeness/index.js';
import { useApi } from '../api/ApiContext.js';
import { useCommand, type CommandChannel } from '../app/commands.js';
import { ErrorNotice, Notice } from '../app/Notice.js';
import { ApproveReady } from '../cowriting/ApproveReady.js';
import { SectionWorkspace } from '../cowriting/SectionWorkspace.js';
import { ShareControls } from '../cowriting/ShareControls.js';
import { SignOffBoard } from '../cowriting/signOffBoard.js';
import { SignOffControl } from '../cowriting/SignOffControl.js';
import { SignOffNoticeBanner } from '../cowriting/SignOffNoticeBanner.js';
import { SuggestionTray } from '../cowriting/suggestionTray.js';
import { ForewordWorkshop } from '../workshop/ForewordWorkshop.js';
import { ConsultationLog } from '../consultation/ConsultationLog.js';
import { useBoardVersion } from '../cowriting/useBoardVersion.js';
import { CompletenessPanel } from '../completeness/CompletenessPanel.js';
import { CompletenessToggle } from '../completeness/CompletenessToggle.js';
import { isReadabilityMeasured, longSentencesFor } from '../completeness/forewordFeedback.js';
import { ReadabilityMeter } from '../completeness/ReadabilityMeter.js';
import { useCompletenessReport, useLiveCompleteness } from '../completeness/useLiveCompleteness.js';
import type { RevealRequest } from '../editor/revealLocation.js';
import { SectionEditor } from '../editor/SectionEditor.js';
import { ExportDialog } from '../export/ExportDialog.js';
import { DraftImport } from '../import/DraftImport.js';
import { describeImportOutcome } from '../import/importOutcome.js';
import { coverFieldLabels } from '../import/coverOffers.js';
import { ImportFileButton } from '../import/ImportFileButton.js';
import type { DraftImportOutcome, ImportProposal } from '../../shared/import/types.js';
import { hasRole } from '../../shared/template/template.js';
import { TRANSLATION_LANGUAGES, type ContentLanguage, type TranslationLanguage } from '../../shared/model/language.js';
import { AuthorPrompt } from './AuthorPrompt.js';
import { ConflictNotice } from './ConflictNotice.js';
import { CoverForm, type CoverFocusRequest } from './CoverForm.js';
import { coverFieldOfRule } from './coverForm.js';
import { useFocusIfLostOnMount, useFocusOnArrival } from './focusOnArrival.js';
import { COVER_KEY, DraftSession, textKey } from './draftSession.js';
import { EnglishReference } from './EnglishReference.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { GuidancePanel } from './GuidancePanel.js';
import { SaveStatus } from './SaveStatus.js';
import { SectionNavigator } from './SectionNavigator.js';
import { useTypingGuard } from './typingGuard.js';
import { useSaveTriggers } from './useSaveTriggers.js';
import { COMPLETENESS, CONSULTATION, DRAFT, EXPORT, IMPORT, PROGRESS, WORKSHOP } from '../app/accessibleNames.js';
import { wholeDocumentHeading } from '../../shared/template/documentWords.js';

interface DraftScreenProps {
  draftId: string;
  sectionId: string | null;
  onSectionChange: (sectionId: string) => void;
  onBack: () => void;
  /** Opens the progress screen: figures against the strategy's measures. */
  onOpenProgress: () => void;
  /** The native menu's "Save now" and "Export…" arrive here. */
  commands: CommandChannel;
  /** Open with the completeness panel showing (after an import, to show what the old strategy lacks). */
  openCompleteness?: boolean;
  /** Opens another draft made from this one (its annual report), showing what it still needs. */
  onOpenDraft?: (draftId: string) => void;
}

/** Where the side panels stop sitting beside the text and lie over it instead; matches app.css. */
const NARROW_WINDOW = '(max-width: 1100px)';

const STATUS_TEXT = { required: 'Required section', recommended: 'Recommended section', optional: 'Optional section' } as const;

type Loaded = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'ready'; session: DraftSession; board: SignOffBoard; tray: SuggestionTray; settings: Settings };

export function DraftScreen({ draftId, sectionId, onSectionChange, onBack, onOpenProgress, commands, openCompleteness, onOpenDraft }: DraftScreenProps) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    let opened: DraftSession | null = null;
    let board: SignOffBoard | null = null;
    void (async () => {
      const draft = await api.call('drafts.open', { id: draftId });
      if (!draft.ok) return live && setLoaded({ state: 'failed', error: draft.error });
      const [template, settings] = await Promise.all([api.call('templates.get', { id: draft.value.templateId }), api.call('settings.get', {})]);
      if (!template.ok) return live && setLoaded({ state: 'failed', error: template.error });
      if (!settings.ok) return live && setLoaded({ state: 'failed', error: settings.error });
      if (!live) return;
      opened = new DraftSession(draft.value, template.value, api);
      board = new SignOffBoard(draft.value, opened, api);
      void board.loadReviewer();
      const tray = new SuggestionTray(draft.value.id, api);
      void tray.load();
      setLoaded({ state: 'ready', session: opened, board, tray, settings: settings.value });
    })();
    return () => {
      live = false;
      // Leaving the draft saves what is left, then stops the timers.
      const session = opened;
      const leftBoard = board;
      if (session) void session.flushAll().finally(() => {
        leftBoard?.dispose();
        session.dispose();
      });
    };
  }, [api, draftId]);

  if (loaded.state === 'ready') {
    return (
      <OpenDraft
        session={loaded.session}
        board={loaded.board}
        tray={loaded.tray}
        initialSettings={loaded.settings}
        sectionId={sectionId}
        onSectionChange={onSectionChange}
        onBack={onBack}
        onOpenProgress={onOpenProgress}
        commands={commands}
        openCompleteness={openCompleteness}
        {...(onOpenDraft ? { onOpenDraft } : {})}
      />
    );
  }
  return (
    <div className="screen">
      <header className="app-header">
        <button type="button" className="button button--quiet" onClick={onBack}>
          {DRAFT.back}
        </button>
      </header>
      <main id="main" className="draft-loading">
        {loaded.state === 'loading' ? <p role="status">Opening the strategy…</p> : <ErrorNotice error={loaded.error} />}
      </main>
    </div>
  );
}

interface OpenDraftProps extends Omit<DraftScreenProps, 'draftId'> {
  session: DraftSession;
  board: SignOffBoard;
  tray: SuggestionTray;
  /** Read before the first editor opens, so an edit made in the first second carries the user's name too. */
  initialSettings: Settings;
}

function OpenDraft({ session, board, tray, initialSettings, sectionId, onSectionChange, onBack, onOpenProgress, commands, openCompleteness = false, onOpenDraft }: OpenDraftProps) {
  // On a small laptop the open guidance lies over the text (app.css), so there it starts folded away.
  const [guidanceOpen, setGuidanceOpen] = useState(() => !window.matchMedia(NARROW_WINDOW).matches);
  const [checkOpen, setCheckOpen] = useState(openCompleteness);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [coverFocus, setCoverFocus] = useState<CoverFocusRequest | null>(null);
  const [exportOpen, setExportOpen] = useState(false);
  const api = useApi();
  const [settings, setSettings] = useState(initialSettings);
  // The names are read when the draft opens (they are changed on the library screen, which the draft is closed to reach) and again after an import saved some.
  const live = useLiveCompleteness(session, settings.localNames[session.template.id]);
  const report = useCompletenessReport(live);
  const [reloads, setReloads] = useState(0);
  /** The section the foreword workshop is open on, if it is. */
  const [workshopFor, setWorkshopFor] = useState<string | null>(null);
  const [logOpen, setLogOpen] = useState(false);
  const [importProposal, setImportProposal] = useState<ImportProposal | null>(null);
  const [importReading, setImportReading] = useState<string | null>(null);
  const [importError, setImportError] = useState<ApiError | null>(null);
  const [importOutcome, setImportOutcome] = useState<DraftImportOutcome | null>(null);
  /** Where the focus goes on coming back from the import review, once the draft is on screen again. */
  const [focusAfterImport, setFocusAfterImport] = useState<'outcome' | 'section' | null>(null);
  const importOutcomeRef = useRef<HTMLDivElement>(null);
  /** In a bilingual draft, which text of each section the editor shows; kept from section to section, as a translator works through them in turn. */
  const [chosenLanguage, setChosenLanguage] = useState<ContentLanguage>('en');
  const section = session.sectionOrFirst(sectionId);
  const bilingual = section.kind === 'text' && session.translationLanguages.length > 0;
  const language = bilingual ? chosenLanguage : 'en';
  const saveKey = section.kind === 'cover' ? COVER_KEY : textKey(section.id, language);
  /** The young people's own words: written in the workshop, and changed by others only as suggestions. */
  const forYoungPeople = hasRole(section, 'young-people-foreword');

  const [heldBack, setHeldBack] = useState<string | null>(null);
  const pressWasDeliberate = useTypingGuard();

  useSaveTriggers(session, commands);
  useBoardVersion(board);

  useCommand(commands, 'export', () => setExportOpen(true));

  // Opening a draft removes the library's button or dialog that had the focus: the draft's title takes it.
  const titleRef = useFocusIfLostOnMount<HTMLHeadingElement>();
  // A section chosen in the navigator takes the focus to its heading, so a screen reader announces where the
  // user arrived and Tab carries on into the section; the heading rather than the editor, so that the title
  // page (a form) and the text sections behave alike.
  const sectionHeading = useFocusOnArrival<HTMLHeadingElement>(section.id);
  // The panel opens at the far end of the page, dozens of Tab presses from "Check", so opening it takes the
  // focus to its heading; hiding it from inside gives the focus back to "Check" instead of dropping it.
  const completenessHeading = useFocusOnArrival<HTMLHeadingElement>(checkOpen && report ? 'completeness' : null);
  const checkButtonRef = useRef<HTMLButtonElement>(null);
  // Leaving the foreword workshop rebuilds this screen, so the focus goes to the button that opened it.
  const workshopButton = useFocusOnArrival<HTMLButtonElement>(workshopFor !== null ? null : 'draft');
  // So does leaving the consultation log: the focus goes back to the button that opened it.
  const logButton = useFocusOnArrival<HTMLButtonElement>(logOpen ? null : 'draft');

  useEffect(() => {
    if (focusAfterImport === null) return;
    (focusAfterImport === 'outcome' ? importOutcomeRef.current : sectionHeading.ref.current)?.focus();
    setFocusAfterImport(null);
  }, [focusAfterImport, sectionHeading.ref]);

  function importProposed(proposal: ImportProposal) {
    setImportError(null);
    setImportOutcome(null);
    setImportProposal(proposal);
  }

  function imported(outcome: DraftImportOutcome) {
    setImportProposal(null);
    setImportOutcome(outcome);
    if (outcome.namesSaved !== undefined) {
      void api.call('settings.get', {}).then((result) => {
        if (result.ok) setSettings(result.value);
      });
    }
    // The imported sections' editors start again from the stored text, and their review states may have changed.
    setReloads((count) => count + 1);
    void board.refresh();
    setFocusAfterImport('outcome');
  }

  function cancelImport() {
    setImportProposal(null);
    setFocusAfterImport('section');
  }

  function closeWorkshop() {
    workshopButton.request('draft');
    setWorkshopFor(null);
  }

  function toggleCompleteness() {
    if (!checkOpen) completenessHeading.request('completeness');
    setCheckOpen(!checkOpen);
  }

  function hideCompleteness() {
    setCheckOpen(false);
    checkButtonRef.current?.focus();
  }

  function select(nextId: string) {
    if (nextId === section.id) return;
    void session.flush(saveKey);
    onSectionChange(nextId);
  }

  /**
   * A navigator entry or a finding pressed by a key that was meant as text (see typingGuard.ts) does not
   * move the writer: the focus goes back to the text they were writing, and they are told why.
   */
  function heldBackAsTyping(nextId: string): boolean {
    if (pressWasDeliberate()) {
      setHeldBack(null);
      return false;
    }
    const target = session.section(nextId)?.title ?? nextId;
    setHeldBack(`You stayed in ${section.title}: the key that pressed “${target}” came while you were typing. Press it again to go there.`);
    const editor = document.getElementById('section-editor');
    if (editor) editor.focus();
    else sectionHeading.ref.current?.focus();
    return true;
  }

  function chooseInNavigator(nextId: string) {
    if (heldBackAsTyping(nextId)) return;
    setCoverFocus(null);
    sectionHeading.request(nextId);
    select(nextId);
  }

  function chooseLanguage(next: ContentLanguage) {
    if (next === language) return;
    void session.flush(saveKey);
    setChosenLanguage(next);
  }

  function jump(sectionId: string, location?: TextLocation, rule?: string) {
    if (heldBackAsTyping(sectionId)) return;
    // A finding about a missing Welsh text opens that text; every other finding is about the English one.
    setChosenLanguage(missingTextLanguage(rule) ?? 'en');
    // A title-page finding is about one field of the form: the focus goes there, not to the page's heading.
    const field = session.section(sectionId)?.kind === 'cover' && rule !== undefined ? coverFieldOfRule(rule) : null;
    setCoverFocus((previous) => (field === null ? null : { id: (previous?.id ?? 0) + 1, field }));
    if (field === null) setReveal((previous) => ({ id: (previous?.id ?? 0) + 1, sectionId, location }));
    select(sectionId);
  }

  const sectionTitles = useMemo(() => Object.fromEntries(session.sections.map((each) => [each.id, each.title])), [session]);
  const progress = useMemo(() => new Map(report?.sections.map((each) => [each.id, each.status])), [report]);
  const writtenOf = (id: string): boolean | null => {
    const status = progress.get(id);
    return status === undefined ? null : status !== 'missing';
  };
  const sectionFindings = useMemo(() => report?.findings.filter((finding) => finding.section === section.id) ?? [], [report, section.id]);
  const textSections = useMemo(() => session.sections.filter((each) => each.kind === 'text'), [session]);
  const longSentences = useMemo(() => longSentencesFor(section, report?.readability[section.id], live?.checkedDoc(section.id)), [live, report, section]);

  const unreadable = section.kind === 'text' ? session.unreadableReason(textKey(section.id, language)) : null;
  const missingLanguages = sectionFindings.flatMap((finding) => {
    const missing = missingTextLanguage(finding.rule);
    return missing ? [missing] : [];
  });

  // A yearly report is made from its strategy's log; it keeps none of its own.
  const isReport = session.template.sections.some((each) => hasRole(each, 'you-said-we-did'));

  if (workshopFor !== null) return <ForewordWorkshop session={session} sectionId={workshopFor} onClose={closeWorkshop} />;
  if (logOpen) {
    return (
      <ConsultationLog
        draftId={session.draftId}
        strategyTitle={session.title}
        {...(session.template.annualReport !== undefined && onOpenDraft ? { onReportCreated: onOpenDraft } : {})}
        onClose={() => {
          logButton.request('draft');
          setLogOpen(false);
        }}
      />
    );
  }
  if (importProposal) {
    return (
      <DraftImport
        session={session}
        proposal={importProposal}
        draftTitle={session.title || `Untitled ${session.template.words.documentKind}`}
        hasOwnText={(id) => progress.get(id) !== 'missing'}
        onImported={imported}
        onCancel={cancelImport}
      />
    );
  }

  return (
    <div className="screen draft-screen">
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to the section
      </a>
      <header className="app-header draft-header">
        <button type="button" className="button button--quiet" onClick={onBack}>
          {DRAFT.back}
        </button>
        <h1 ref={titleRef} className="draft-header__title" tabIndex={-1}>{session.title || `Untitled ${session.template.words.documentKind}`}</h1>
        <SaveStatus session={session} />
        <button type="button" className="button button--small" aria-keyshortcuts="Control+S Meta+S" onClick={() => void session.flushAll()}>
          {DRAFT.saveNow}
        </button>
        <CompletenessToggle report={report} open={checkOpen} onToggle={toggleCompleteness} buttonRef={checkButtonRef} />
        <ApproveReady
          board={board}
          sections={textSections}
          writtenOf={writtenOf}
          mustFixIn={(id) => report?.findings.filter((finding) => finding.section === id && finding.severity === 'error').length ?? 0}
        />
        <button type="button" className="button button--small" onClick={() => setExportOpen(true)}>
          {EXPORT.open}
        </button>
        {/* Saved first, so the progress screen reads the measures table as just typed. */}
        <button type="button" className="button button--small" onClick={() => void session.flushAll().finally(onOpenProgress)}>
          {PROGRESS.open}
        </button>
        {!isReport && (
          <button
            ref={logButton.ref}
            type="button"
            className="button button--small"
            onClick={() => {
              void session.flushAll();
              setLogOpen(true);
            }}
          >
            {CONSULTATION.open}
          </button>
        )}
        <ShareControls session={session} tray={tray} currentSection={section} onOpenSection={select} />
        <ImportFileButton
          className="button button--small"
          label={IMPORT.openIntoDraft}
          inputLabel={IMPORT.fileIntoDraft}
          templateId={session.template.id}
          onProposed={importProposed}
          onProgress={setImportReading}
          onError={setImportError}
        />
      </header>
      {!settings.named && <AuthorPrompt loginName={settings.author} onNamed={setSettings} />}
      {importReading && <p role="status" className="draft-import-status">{importReading}</p>}
      {importError && (
        <div className="draft-import-status">
          <ErrorNotice error={importError} />
        </div>
      )}
      {importOutcome && (
        <div ref={importOutcomeRef} tabIndex={-1} className="draft-import-status">
          <Notice tone="info">
            <p>{describeImportOutcome(importOutcome, (id) => session.section(id)?.title ?? id, (field) => coverFieldLabels(session.template.words)[field])}</p>
            <button type="button" className="button button--small" onClick={() => setImportOutcome(null)}>
              Dismiss
            </button>
          </Notice>
        </div>
      )}
      {/* Outside the scrolling panes, so a conflict is seen wherever the user is in a long section. */}
      <ConflictNotice session={session} onReloaded={() => setReloads((count) => count + 1)} />
      <SignOffNoticeBanner board={board} titleOf={(id) => session.section(id)?.title ?? id} />
      <div className={`draft-body ${checkOpen ? 'draft-body--check' : guidanceOpen ? '' : 'draft-body--guidance-closed'}`}>
        <SectionNavigator
          sections={session.sections}
          currentId={section.id}
          onSelect={chooseInNavigator}
          signOffOf={(id) => (session.section(id)?.kind === 'text' ? board.signOff(id).state : null)}
          progressOf={report ? (id) => progress.get(id) : undefined}
        />
        <main id="main" className="section-pane" tabIndex={-1} aria-labelledby="section-heading">
          <div className="section-pane__heading">
            <h2 ref={sectionHeading.ref} id="section-heading" tabIndex={-1}>
              {section.title}
            </h2>
            <p className={`badge badge--${section.status}`}>
              {section.appendix ? 'Appendix · ' : ''}
              {STATUS_TEXT[section.status]}
            </p>
          </div>
          {/* Always in the page, so screen readers announce the message when it appears. */}
          <p className="typing-guard-notice" role="status">
            {heldBack}
          </p>
          {section.kind === 'text' && (
            <SignOffControl board={board} sectionId={section.id} sectionTitle={section.title} written={writtenOf(section.id)} findings={sectionFindings} />
          )}
          {bilingual && <LanguageSwitch languages={session.translationLanguages} current={language} onChange={chooseLanguage} missing={missingLanguages} />}
          {forYoungPeople && language === 'en' && unreadable === null && (
            <p>
              <button ref={workshopButton.ref} type="button" className="button button--primary" onClick={() => setWorkshopFor(section.id)}>
                {WORKSHOP.open}
              </button>{' '}
              A simpler page for writing this with young people.
            </p>
          )}
          {section.kind === 'cover' ? (
            <CoverForm key={`cover:${reloads}`} session={session} focus={coverFocus} />
          ) : unreadable !== null ? (
            <Notice tone="error">
              <p>
                The stored text of this section could not be read, so it is not shown and will not be changed. {unreadable}
              </p>
            </Notice>
          ) : language !== 'en' ? (
            <>
              <EnglishReference doc={session.editorState(section.id).doc} open={!window.matchMedia(NARROW_WINDOW).matches} />
              <SectionEditor key={`${section.id}:${language}:${reloads}`} session={session} sectionId={section.id} title={section.title} author={settings.author} language={language} />
            </>
          ) : (
            <>
              {isReadabilityMeasured(section) && report && <ReadabilityMeter report={report.readability[section.id]} />}
              <SectionWorkspace
                session={session}
                board={board}
                tray={tray}
                sectionId={section.id}
                sectionTitle={section.title}
                onReloaded={() => setReloads((count) => count + 1)}
                renderEditor={(onView) => (
                  <SectionEditor
                    key={`${section.id}:${reloads}`}
                    session={session}
                    sectionId={section.id}
                    title={section.title}
                    reveal={reveal}
                    longSentences={longSentences}
                    onView={onView}
                    author={settings.author}
                    suggestAlways={forYoungPeople}
                  />
                )}
              />
            </>
          )}
        </main>
        {checkOpen && report ? (
          <div id="completeness-panel" className="completeness-column">
            <button type="button" className="button button--small completeness-column__close" onClick={hideCompleteness}>
              {COMPLETENESS.hide}
            </button>
            <CompletenessPanel report={report} sectionTitles={sectionTitles} wholeDocument={wholeDocumentHeading(session.template.words)} onJump={jump} headingRef={completenessHeading.ref} />
          </div>
        ) : (
          <GuidancePanel section={section} open={guidanceOpen} onToggle={() => setGuidanceOpen((open) => !open)} />
        )}
      </div>
      {exportOpen && (
        <ExportDialog
          session={session}
          currentReport={() => live?.checkNow() ?? null}
          onClose={() => setExportOpen(false)}
          onJump={(target) => {
            setExportOpen(false);
            jump(target.sectionId, target.location);
          }}
        />
      )}
    </div>
  );
}

/** The language a "no text in this language yet" finding (rule `translation-missing.cy`) is about. */
function missingTextLanguage(rule: string | undefined): TranslationLanguage | null {
  return TRANSLATION_LANGUAGES.find((language) => rule === `translation-missing.${language}`) ?? null;
}
