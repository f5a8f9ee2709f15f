import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import type { ApiClient } from '../../shared/api/client.js';
import type { SaveReceipt } from '../../shared/api/contract.js';
import type { ApiError } from '../../shared/api/errors.js';
import type { ConsentRecord, DraftSectionInput, TranslatedSections } from '../../shared/completeness/index.js';
import { attributionConsents, type Attribution } from '../../shared/cowriting/attribution.js';
import type { CoverFields, Draft, DraftSection, NodeJSON, SectionTranslation } from '../../shared/model/draft.js';
import { docFromJSON, emptyDoc } from '../../shared/model/docJson.js';
import { hasVisibleContent } from '../../shared/import/unsorted.js';
import { LANGUAGE_NAMES, type ContentLanguage, type TranslationLanguage } from '../../shared/model/language.js';
import { plainText } from '../../shared/model/plainText.js';
import { schema } from '../../shared/model/schema.js';
import { translationLanguages, type Template, type TemplateSection } from '../../shared/template/template.js';
import { titleFieldLabel, untitledTitle } from '../../shared/template/documentWords.js';
import { Listeners } from '../app/listeners.js';
import { createEditorState } from '../editor/createEditorState.js';
import { nodes } from '../editor/schemaTypes.js';
import { coverToFormValues, type CoverFormValues } from './coverForm.js';
import { SaveChannel, type SaveState } from './saveChannel.js';
import { summariseSaveStates } from './saveStatusText.js';
import { sectionsWithUnsorted } from './unsortedSection.js';

/**
 * Everything about one open draft that must outlive the React components on
 * screen: an editor state per section (so undo history survives moving
 * between sections), the cover form as typed, and an autosave channel for
 * each. The UI subscribes to the combined save status.
 */

export const COVER_KEY = 'cover';

/**
 * What the session keys a section's text by: the section id for its English
 * text, and the id with the language after it (`intro@cy`) for its text in
 * another language, which has its own editor state, undo history and autosave.
 */
export function textKey(sectionId: string, language: ContentLanguage): string {
  return language === 'en' ? sectionId : `${sectionId}@${language}`;
}

interface TextOfKey {
  sectionId: string;
  language: TranslationLanguage | null;
}

function readTextKey(key: string, languages: readonly TranslationLanguage[]): TextOfKey {
  const at = key.lastIndexOf('@');
  const language = languages.find((each) => each === key.slice(at + 1));
  return at > 0 && language ? { sectionId: key.slice(0, at), language } : { sectionId: key, language: null };
}

export interface Conflict {
  key: string;
  label: string;
  message: string;
}

export type ReloadResult = { ok: true } | { ok: false; error: ApiError };

export class DraftSession {
  readonly draftId: string;
  readonly template: Template;
  title: string;
  coverValues: CoverFormValues;
  /** Young people who agreed to be named, as recorded when the draft was opened (read by the completeness check). */
  consents: ConsentRecord[];
  /** Who wrote the young people's foreword, as last typed in the workshop: it signs the foreword the check reads. */
  attribution: Attribution | undefined;

  private readonly client: ApiClient;
  private readonly storedSections = new Map<string, DraftSection>();
  /** The other-language texts as stored, by text key (see `textKey`). */
  private readonly storedTranslations = new Map<string, SectionTranslation>();
  private readonly editorStates = new Map<string, EditorState>();
  private readonly unreadable = new Map<string, string>();
  private readonly channels = new Map<string, SaveChannel<Node> | SaveChannel<CoverFields>>();
  private readonly states = new Map<string, SaveState>();
  private readonly listeners = new Listeners();
  private readonly contentListeners = new Listeners();
  private readonly savedListeners = new Listeners<[sectionId: string, receipt: SaveReceipt]>();
  private summary: SaveState = { kind: 'clean', savedAt: null };
  private conflictList: Conflict[] = [];
  private readonly coverChannel: SaveChannel<CoverFields>;

  constructor(draft: Draft, template: Template, client: ApiClient) {
    this.draftId = draft.id;
    this.template = template;
    // Named from the pack this screen opened with, as the core names it from the draft's pack ("Untitled plan").
    this.title = draft.cover.title.trim() === '' ? untitledTitle(template.words.documentKind) : draft.title;
    this.client = client;
    this.coverValues = coverToFormValues(draft.cover);
    this.consents = attributionConsents(draft.attribution);
    this.attribution = draft.attribution;
    for (const section of draft.sections) this.storedSections.set(section.id, section);
    this.takeTranslations(draft);
    this.coverChannel = new SaveChannel<CoverFields>({
      revision: draft.coverRevision,
      send: (cover, baseRevision) => this.client.call('drafts.updateCover', { id: this.draftId, baseRevision, cover }),
      onStateChange: (state) => this.recordState(COVER_KEY, state),
    });
    this.channels.set(COVER_KEY, this.coverChannel);
  }

  /** The template's sections, plus the unsorted area an import may have left. */
  get sections(): readonly TemplateSection[] {
    return sectionsWithUnsorted(this.template.sections, this.storedSections.keys());
  }

  section(sectionId: string): TemplateSection | undefined {
    return this.sections.find((section) => section.id === sectionId);
  }

  /** The section asked for, or the first one when the id is unknown (e.g. an old link). */
  sectionOrFirst(sectionId: string | null): TemplateSection {
    const found = this.section(sectionId ?? '') ?? this.template.sections[0];
    // Templates are validated to have at least one section before the core hands them out.
    if (!found) throw new Error(`Template "${this.template.id}" has no sections.`);
    return found;
  }

  /** The languages each section is written in besides English (Welsh in a bilingual Welsh draft); none for most packs. */
  get translationLanguages(): readonly TranslationLanguage[] {
    return translationLanguages(this.template);
  }

  /** Why a stored section cannot be edited (it does not fit the schema), or null when it can. */
  unreadableReason(sectionId: string): string | null {
    this.editorState(sectionId);
    return this.unreadable.get(sectionId) ?? null;
  }

  editorState(sectionId: string): EditorState {
    const existing = this.editorStates.get(sectionId);
    if (existing) return existing;
    const parsed = docFromJSON(this.storedDoc(sectionId) ?? emptyDoc());
    if (!parsed.ok) this.unreadable.set(sectionId, parsed.message);
    // An unreadable section is shown as an explanation, not edited; its editor state is never saved.
    const state = createEditorState(parsed.ok ? parsed.doc : schema.topNodeType.create(null, nodes.paragraph.create()));
    this.editorStates.set(sectionId, state);
    return state;
  }

  /** Called for every transaction in the section's editor; only document changes are saved. */
  updateEditorState(sectionId: string, state: EditorState, docChanged: boolean): void {
    this.editorStates.set(sectionId, state);
    if (docChanged && !this.unreadable.has(sectionId)) {
      this.sectionChannel(sectionId).change(state.doc);
      this.notifyContent();
    }
  }

  updateCover(values: CoverFormValues, cover: CoverFields | null, heldBecause: string): void {
    this.coverValues = values;
    if (cover === null) this.coverChannel.hold(heldBecause);
    else this.coverChannel.change(cover);
    this.notifyContent();
  }

  /** Told of every change to the text or the cover as it is typed (before it is saved). */
  /** The workshop's record changed: the names it allows and the line it prints count from now on. */
  setAttribution(attribution: Attribution): void {
    this.attribution = attribution;
    this.consents = attributionConsents(attribution);
    this.notifyContent();
  }

  subscribeContent(listener: () => void): () => void {
    return this.contentListeners.add(listener);
  }

  /**
   * Every section as it is now: the editor's document where the section has
   * been opened, else the stored JSON with its revision, so a checker can tell
   * cheaply which sections changed.
   */
  currentSections(): DraftSectionInput[] {
    const ids = new Set([...this.storedSections.keys(), ...[...this.editorStates.keys()].filter((key) => this.textOf(key).language === null)]);
    return [...ids].map((id) => {
      const state = this.editorStates.get(id);
      if (state && !this.unreadable.has(id)) return { id, doc: state.doc };
      const stored = this.storedSections.get(id);
      return stored ? { id, doc: stored.doc, revision: stored.revision } : { id, doc: emptyDoc() };
    });
  }

  /** By language, the sections whose other-language text (as typed, or as stored) has something a reader would see. */
  translatedSections(): TranslatedSections {
    const translated: TranslatedSections = {};
    for (const language of this.translationLanguages) {
      translated[language] = this.sections.flatMap((section) => {
        const key = textKey(section.id, language);
        const state = this.editorStates.get(key);
        const doc = state && !this.unreadable.has(key) ? (state.doc.toJSON() as NodeJSON) : this.storedTranslations.get(key)?.doc;
        return doc && hasVisibleContent(doc) ? [section.id] : [];
      });
    }
    return translated;
  }

  flush(key: string): Promise<void> {
    return this.channels.get(key)?.flush() ?? Promise.resolve();
  }

  flushAll(): Promise<void> {
    return Promise.all([...this.channels.values()].map((channel) => channel.flush())).then(() => undefined);
  }

  get hasUnsavedChanges(): boolean {
    return [...this.channels.values()].some((channel) => channel.hasUnsavedChanges);
  }

  subscribe = this.listeners.add;

  getSaveSummary = (): SaveState => this.summary;

  /** The revision storage holds for a section as far as this session knows: the base of its next save. */
  sectionRevision(sectionId: string): number {
    return this.sectionChannel(sectionId).baseRevision;
  }

  /** Told of every confirmed section save, so co-writing can react to what storage did (e.g. a reset approval). */
  onSectionSaved(listener: (sectionId: string, receipt: SaveReceipt) => void): () => void {
    return this.savedListeners.add(listener);
  }

  getConflicts = (): Conflict[] => this.conflictList;

  /** The user's own text for a section or the cover that could not be saved, so it is never lost. */
  unsavedText(key: string): string {
    if (key === COVER_KEY) {
      const v = this.coverValues;
      return [
        `${this.template.words.organisation}: ${v.council}`,
        `${titleFieldLabel(this.template.words)}: ${v.title}`,
        `Period: ${v.periodStart}–${v.periodEnd}`,
        `Date: ${v.date}`,
        `Version: ${v.version}`,
        `Owner: ${v.owner}`,
        `Approving body: ${v.approvingBody}`,
      ].join('\n');
    }
    return plainText(this.editorState(key).doc);
  }

  /**
   * Replaces the user's unsaved version with what storage holds now. The
   * section's undo history starts again, because it described edits to a
   * document that is no longer there.
   */
  async reloadFromStorage(key: string): Promise<ReloadResult> {
    const result = await this.client.call('drafts.open', { id: this.draftId });
    if (!result.ok) return result;
    const draft = result.value;
    if (key === COVER_KEY) {
      this.adoptStoredCover(draft);
      return { ok: true };
    }
    if (this.textOf(key).language !== null) {
      this.takeTranslations(draft);
      this.restartText(key, this.storedTranslations.get(key)?.revision ?? 0);
      this.notifyContent();
      return { ok: true };
    }
    this.adoptStored(draft, [key]);
    return { ok: true };
  }

  /**
   * Takes what storage now holds for the given sections, after a change made
   * outside their editors (an import): their editors start again from it and
   * their next saves are based on its revisions. A section new to the draft
   * (the Unsorted pile) joins it.
   */
  adoptStored(draft: Draft, sectionIds: readonly string[]): void {
    for (const key of sectionIds) {
      const stored = draft.sections.find((section) => section.id === key);
      const fresh = stored ?? { id: key, doc: emptyDoc(), revision: 0, updatedAt: draft.updatedAt };
      this.storedSections.set(key, fresh);
      this.restartText(key, fresh.revision);
    }
    this.notifyContent();
  }

  /** The revision of the title page storage holds as far as this session knows: the base of its next save. */
  get coverRevision(): number {
    return this.coverChannel.baseRevision;
  }

  /** Takes the title page storage now holds, after a change made outside the form (an import filled some of it). */
  adoptStoredCover(draft: Draft): void {
    this.coverValues = coverToFormValues(draft.cover);
    this.coverChannel.reset(draft.coverRevision);
    if (draft.cover.title.trim() !== '') this.title = draft.title;
    this.notifyContent();
  }

  dispose(): void {
    for (const channel of this.channels.values()) channel.dispose();
    this.listeners.clear();
    this.savedListeners.clear();
    this.contentListeners.clear();
  }

  private textOf(key: string): TextOfKey {
    return readTextKey(key, this.translationLanguages);
  }

  private storedDoc(key: string): NodeJSON | undefined {
    return this.textOf(key).language === null ? this.storedSections.get(key)?.doc : this.storedTranslations.get(key)?.doc;
  }

  private takeTranslations(draft: Draft): void {
    for (const language of this.translationLanguages) {
      for (const [sectionId, text] of Object.entries(draft.translations?.[language] ?? {})) this.storedTranslations.set(textKey(sectionId, language), text);
    }
  }

  /** The text's editor starts again from what is stored, and its next save is based on that revision. */
  private restartText(key: string, revision: number): void {
    this.editorStates.delete(key);
    this.unreadable.delete(key);
    this.sectionChannel(key).reset(revision);
  }

  /** The autosave of one text of a section: its English text, or (by text key) its text in another language. */
  private sectionChannel(key: string): SaveChannel<Node> {
    const existing = this.channels.get(key);
    if (existing) return existing as SaveChannel<Node>;
    const { sectionId, language } = this.textOf(key);
    const channel = new SaveChannel<Node>({
      revision: (language === null ? this.storedSections.get(key)?.revision : this.storedTranslations.get(key)?.revision) ?? 0,
      // The document is turned into JSON only when it is sent, not on every keystroke.
      send: async (doc, baseRevision) => {
        const request = { id: this.draftId, sectionId, baseRevision, doc: doc.toJSON() as NodeJSON };
        const result = await this.client.call('drafts.updateSection', language === null ? request : { ...request, language });
        // Either text's save can send an approved section back to review, so both are told by section id.
        if (result.ok) this.savedListeners.notify(sectionId, result.value);
        return result;
      },
      onStateChange: (state) => this.recordState(key, state),
    });
    this.channels.set(key, channel);
    return channel;
  }

  /** How a text is named where a save of it went wrong. */
  private labelOf(key: string): string {
    const { sectionId, language } = this.textOf(key);
    if (language === null) return this.section(key)?.title ?? (key === COVER_KEY ? 'Title page' : key);
    return `${this.section(sectionId)?.title ?? sectionId} (${LANGUAGE_NAMES[language]})`;
  }

  private notifyContent(): void {
    this.contentListeners.notify();
  }

  private recordState(key: string, state: SaveState): void {
    this.states.set(key, state);
    this.summary = summariseSaveStates([...this.states.values()]);
    this.conflictList = [...this.states.entries()].flatMap(([conflictKey, conflictState]) =>
      conflictState.kind === 'conflict'
        ? [{ key: conflictKey, label: this.labelOf(conflictKey), message: conflictState.message }]
        : [],
    );
    this.listeners.notify();
  }
}
