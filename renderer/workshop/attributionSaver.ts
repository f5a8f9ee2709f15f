import type { ApiClient } from '../../shared/api/client.js';
import type { Attribution } from '../../shared/cowriting/attribution.js';
import { SaveChannel, type SaveState } from '../draft/saveChannel.js';

/**
 * Autosave for who wrote the foreword: the same channel as sections and
 * the title page (a pause in typing, retries, no overwriting on conflict).
 */
export function attributionSaver(options: { client: ApiClient; draftId: string; revision: number; onStateChange: (state: SaveState) => void }): SaveChannel<Attribution> {
  return new SaveChannel<Attribution>({
    revision: options.revision,
    send: (attribution, baseRevision) => options.client.call('drafts.updateAttribution', { id: options.draftId, baseRevision, attribution }),
    onStateChange: options.onStateChange,
  });
}
