import type { ApiClient } from '../../shared/api/client.js';
import type { ApiResult } from '../../shared/api/errors.js';
import { initialSignOff, signOffRefusal, type SectionSignOff, type SignOffState } from '../../shared/cowriting/signOff.js';
import type { Draft } from '../../shared/model/draft.js';
import type { DraftSession } from '../draft/draftSession.js';
import { Listeners } from '../app/listeners.js';
import { SIGN_OFF_RESET_MESSAGE } from './signOffText.js';

export interface SignOffNotice {
  sectionId: string;
  message: string;
}

type SessionLink = Pick<DraftSession, 'draftId' | 'flush' | 'sectionRevision' | 'onSectionSaved'>;

/** Who is signing off here and whether the library asks for two people; null until the settings have been read. */
export interface Reviewer {
  author: string;
  fourEyes: boolean;
}

/**
 * The review state of every section of an open draft, kept beside the
 * editing session: the navigator, the sign-off control and the notices all
 * read it, and it follows what storage reports after each save, so an
 * approval that an edit undid is shown as undone straight away.
 */
export class SignOffBoard {
  private readonly signOffs = new Map<string, SectionSignOff>();
  private readonly listeners = new Listeners();
  private notice: SignOffNotice | null = null;
  private version = 0;
  private readonly stopListening: () => void;
  private currentReviewer: Reviewer | null = null;

  constructor(
    draft: Pick<Draft, 'sections'>,
    private readonly session: SessionLink,
    private readonly client: ApiClient,
  ) {
    this.take(draft);
    this.stopListening = session.onSectionSaved((sectionId, receipt) => {
      if (receipt.signOffReset) this.wasReset(sectionId);
    });
  }

  signOff(sectionId: string): SectionSignOff {
    return this.signOffs.get(sectionId) ?? initialSignOff();
  }

  get reviewer(): Reviewer | null {
    return this.currentReviewer;
  }

  /** Reads who is signing off (the author name can change in the library's settings between visits). */
  async loadReviewer(): Promise<void> {
    const result = await this.client.call('settings.get', {});
    if (!result.ok) return;
    this.currentReviewer = { author: result.value.author, fourEyes: result.value.fourEyes };
    this.changed();
  }

  /**
   * Why the move would be refused, in the words the core would use, so the
   * screen can say so before anyone presses a button. `written` is null
   * while the check has not run: the core still decides.
   */
  refusal(sectionId: string, to: SignOffState, written: boolean | null): string | null {
    const reviewer = this.currentReviewer;
    return signOffRefusal(this.signOff(sectionId), to, reviewer?.author ?? '', { written: written ?? true, fourEyes: reviewer?.fourEyes ?? false });
  }

  /** Approves several sections in one request, all or none, each at the revision now on screen. */
  async approveAll(sectionIds: readonly string[], note?: string): Promise<ApiResult<string[]>> {
    for (const sectionId of sectionIds) await this.session.flush(sectionId);
    const result = await this.client.call('drafts.approveSections', {
      id: this.session.draftId,
      sections: sectionIds.map((sectionId) => ({ sectionId, baseRevision: this.session.sectionRevision(sectionId) })),
      ...(note?.trim() ? { note: note.trim() } : {}),
    });
    if (!result.ok) return result;
    for (const each of result.value.approved) this.signOffs.set(each.sectionId, each.signOff);
    if (this.notice && sectionIds.includes(this.notice.sectionId)) this.notice = null;
    this.changed();
    return { ok: true, value: result.value.approved.map((each) => each.sectionId) };
  }

  get currentNotice(): SignOffNotice | null {
    return this.notice;
  }

  dismissNotice(): void {
    this.notice = null;
    this.changed();
  }

  /**
   * Moves a section to another review state. Unsaved typing is saved first
   * and the request names the revision it ends on, so an approval is always
   * of the words the approver had on screen.
   */
  async move(sectionId: string, to: SignOffState, note?: string): Promise<ApiResult<SectionSignOff>> {
    await this.session.flush(sectionId);
    const result = await this.client.call('drafts.setSectionState', {
      id: this.session.draftId,
      sectionId,
      state: to,
      ...(note?.trim() ? { note: note.trim() } : {}),
      baseRevision: this.session.sectionRevision(sectionId),
    });
    if (!result.ok) return result;
    this.signOffs.set(sectionId, result.value.signOff);
    if (this.notice?.sectionId === sectionId) this.notice = null;
    this.changed();
    return { ok: true, value: result.value.signOff };
  }

  /** Reads every section's state again, after something other than typing changed them (a restore). */
  async refresh(): Promise<void> {
    const result = await this.client.call('drafts.open', { id: this.session.draftId });
    if (!result.ok) return;
    this.take(result.value);
    this.changed();
  }

  /** Several sections went back to review at once (a snapshot restore); say so once. */
  reportResets(sectionIds: string[], describe: (sectionIds: string[]) => string): void {
    if (sectionIds.length === 0) return;
    this.notice = { sectionId: sectionIds[0] as string, message: describe(sectionIds) };
    this.changed();
  }

  subscribe = this.listeners.add;

  getVersion = (): number => this.version;

  dispose(): void {
    this.stopListening();
    this.listeners.clear();
  }

  private wasReset(sectionId: string): void {
    const before = this.signOff(sectionId);
    // Storage has already moved it; mirror that now and fetch who and when in the background.
    if (before.state === 'approved') this.signOffs.set(sectionId, { state: 'ready-for-review', changedBy: null, changedAt: null, note: '' });
    this.notice = { sectionId, message: SIGN_OFF_RESET_MESSAGE };
    this.changed();
    void this.refresh();
  }

  private take(draft: Pick<Draft, 'sections'>): void {
    for (const section of draft.sections) this.signOffs.set(section.id, section.signOff ?? initialSignOff());
  }

  private changed(): void {
    this.version += 1;
    this.listeners.notify();
  }
}
