import type { ApiClient } from '../../shared/api/client.js';
import type { ApiError } from '../../shared/api/errors.js';
import type { ImportedSuggestion } from '../../shared/cowriting/importedSuggestion.js';
import { Listeners } from '../app/listeners.js';

/**
 * The suggestions brought back from shared files that nobody has decided
 * on yet, for the whole open draft: the section tabs show how many wait in
 * each section, and the suggestions panel works through them.
 */
export class SuggestionTray {
  private suggestions: ImportedSuggestion[] = [];
  private readonly listeners = new Listeners();
  private version = 0;
  private lastError: ApiError | null = null;
  private reviewRequest: string | null = null;

  constructor(
    private readonly draftId: string,
    private readonly client: ApiClient,
  ) {}

  get error(): ApiError | null {
    return this.lastError;
  }

  pendingIn(sectionId: string): number {
    return this.suggestions.filter((suggestion) => suggestion.sectionId === sectionId).length;
  }

  inSection(sectionId: string): ImportedSuggestion[] {
    return this.suggestions.filter((suggestion) => suggestion.sectionId === sectionId);
  }

  /** Asks the draft screen to open the suggestions of a section once it is shown (after a file was brought back). */
  requestReview(sectionId: string): void {
    this.reviewRequest = sectionId;
    this.changed();
  }

  /** True once for the section named by the last review request. */
  takeReviewRequest(sectionId: string): boolean {
    if (this.reviewRequest !== sectionId) return false;
    this.reviewRequest = null;
    return true;
  }

  /** Reads the pending suggestions again; their positions move whenever their section is saved. */
  async load(): Promise<void> {
    const result = await this.client.call('drafts.suggestions', { id: this.draftId });
    if (result.ok) {
      this.suggestions = result.value;
      this.lastError = null;
    } else this.lastError = result.error;
    this.changed();
  }

  /** Records decisions one by one; stops at the first refusal and reports it, after reading the list again. */
  async decide(ids: readonly string[], decision: 'accepted' | 'rejected'): Promise<ApiError | null> {
    let failure: ApiError | null = null;
    for (const suggestionId of ids) {
      const result = await this.client.call('drafts.decideSuggestion', { id: this.draftId, suggestionId, decision });
      if (!result.ok) {
        failure = result.error;
        break;
      }
    }
    await this.load();
    return failure;
  }

  subscribe = this.listeners.add;

  getVersion = (): number => this.version;

  private changed(): void {
    this.version += 1;
    this.listeners.notify();
  }
}
