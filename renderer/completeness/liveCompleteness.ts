import { createIncrementalChecker, type CompletenessReport, type ConsentRecord, type DraftSectionInput, type IncrementalChecker, type TranslatedSections } from '../../shared/completeness/index.js';
import { emptyCover, type CoverFields } from '../../shared/model/draft.js';
import type { Template } from '../../shared/template/template.js';
import { Listeners } from '../app/listeners.js';
import { CheckScheduler } from './checkScheduler.js';

/**
 * The completeness report of the draft as it is on screen, not as it was last
 * saved: it reads the editors' documents directly and re-checks after each
 * pause in typing. The UI subscribes to it like any external store.
 */

/** What the live check reads; the draft session provides it. */
export interface CheckSource {
  /** The title page as typed, or null while a field is half-typed (the last complete one is then kept). */
  cover(): CoverFields | null;
  /** Every section with content: open ones as editor documents, the rest as stored. */
  sections(): DraftSectionInput[];
  /** Young people who agreed to be named in the strategy. */
  consents(): ConsentRecord[];
  /** The council's own names for the template's local-name slots (slot id → name), from the library's settings. */
  localNames(): Record<string, string>;
  /** A bilingual draft's sections with text in the other language (as typed), for the rule that asks for it; empty otherwise. */
  translated(): TranslatedSections;
  /** Called on every change of text or cover; returns the unsubscribe function. */
  subscribeContent(listener: () => void): () => void;
}

export interface LiveCompletenessOptions {
  delayMs?: number;
  maxWaitMs?: number;
}

export class LiveCompleteness {
  private readonly checker: IncrementalChecker;
  private readonly source: CheckSource;
  private readonly scheduler: CheckScheduler;
  private readonly listeners = new Listeners();
  private readonly unsubscribe: () => void;
  private lastCover: CoverFields = emptyCover();
  private checkedDocs = new Map<string, DraftSectionInput['doc']>();
  private report: CompletenessReport;

  constructor(template: Template, source: CheckSource, options: LiveCompletenessOptions = {}) {
    this.checker = createIncrementalChecker(template);
    this.source = source;
    this.scheduler = new CheckScheduler({ run: () => this.check(), delayMs: options.delayMs, maxWaitMs: options.maxWaitMs });
    this.report = this.compute();
    this.unsubscribe = source.subscribeContent(() => this.scheduler.request());
  }

  subscribe = this.listeners.add;

  getReport = (): CompletenessReport => this.report;

  /** The document a section was checked at: positions in the report (sentences, findings) refer to it. */
  checkedDoc(sectionId: string): DraftSectionInput['doc'] | undefined {
    return this.checkedDocs.get(sectionId);
  }

  /** Checks now if anything changed since the last check; returns the up-to-date report. */
  checkNow(): CompletenessReport {
    if (this.scheduler.pending) this.scheduler.runNow();
    return this.report;
  }

  dispose(): void {
    this.unsubscribe();
    this.scheduler.dispose();
    this.listeners.clear();
  }

  private check(): void {
    this.report = this.compute();
    this.listeners.notify();
  }

  private compute(): CompletenessReport {
    this.lastCover = this.source.cover() ?? this.lastCover;
    const sections = this.source.sections();
    this.checkedDocs = new Map(sections.map((section) => [section.id, section.doc]));
    return this.checker.update({ cover: this.lastCover, sections, consents: this.source.consents(), localNames: this.source.localNames(), translated: this.source.translated() });
  }
}
