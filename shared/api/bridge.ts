import type { ApiResult } from './errors.js';

/** Commands the native menu sends to the renderer; in the browser the same actions come from buttons and keys. */
export type MenuCommand =
  | { type: 'new-from-template' }
  | { type: 'open-draft'; id: string }
  | { type: 'save-now' }
  | { type: 'export' };

/**
 * What Electron's preload exposes on `window[BRIDGE_KEY]`: nothing but the
 * API call and the menu events, so a compromised page can do no more than
 * the API already allows.
 */
export interface DesktopBridge {
  call(method: string, payload: unknown): Promise<ApiResult<unknown>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Asks where to save an exported file (native Save dialog) and writes it.
   * Optional: without it the renderer downloads the file as a browser would.
   * `saved: false` with no `error` means the user cancelled.
   */
  saveFile?(fileName: string, dataBase64: string): Promise<SaveFileResult>;
}

export interface SaveFileResult {
  saved: boolean;
  /** Where the file was written, when saved. */
  path?: string;
  /** Why it could not be written, in words for the user. */
  error?: string;
}

export const BRIDGE_KEY = 'corporateParentingStudio';
export const IPC_CALL_CHANNEL = 'cps:call';
export const IPC_MENU_CHANNEL = 'cps:menu';
export const IPC_SAVE_FILE_CHANNEL = 'cps:save-file';

/** The web host's protocol: POST `${API_PATH_PREFIX}<method>` with a JSON body and `Authorization: Bearer <token>`. */
export const API_PATH_PREFIX = '/api/';
