import { BRIDGE_KEY, type DesktopBridge, type MenuCommand } from '../../shared/api/bridge.js';
import { createClient, type ApiClient, type Transport } from '../../shared/api/client.js';
import type { Method } from '../../shared/api/contract.js';
import { createHttpTransport } from './httpTransport.js';
import { resolveToken, takeTokenFromUrl } from './token.js';

/**
 * Chooses, once at start-up, how the renderer reaches the core: Electron's
 * preload bridge when it is present, otherwise HTTP to the web host that
 * served this page. The entry point calls `connectToCore` once; components
 * get the client from `useApi()` and never learn which transport it uses.
 */

function findBridge(): DesktopBridge | null {
  const candidate = (window as unknown as Record<string, unknown>)[BRIDGE_KEY];
  if (typeof candidate !== 'object' || candidate === null) return null;
  const bridge = candidate as Partial<DesktopBridge>;
  return typeof bridge.call === 'function' && typeof bridge.onMenuCommand === 'function' ? (bridge as DesktopBridge) : null;
}

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be disabled by browser policy; the token then lasts until the next reload.
    return null;
  }
}

function tokenForThisPage(): string | null {
  const { token, cleanedUrl } = takeTokenFromUrl(window.location.href);
  if (token !== null) window.history.replaceState(window.history.state, '', cleanedUrl);
  return resolveToken(token, sessionStorageOrNull());
}

let pageLeaving = false;

function watchPageLeaving(): void {
  // Registered before the UI's own listeners, so the UI's last saves already see the flag.
  window.addEventListener('pagehide', () => {
    pageLeaving = true;
  });
  window.addEventListener('pageshow', () => {
    pageLeaving = false;
  });
}

function chooseTransport(): { transport: Transport; bridge: DesktopBridge | null } {
  const bridge = findBridge();
  if (bridge !== null) {
    return { transport: { call: (method: Method, payload: unknown) => bridge.call(method, payload) }, bridge };
  }
  watchPageLeaving();
  const transport = createHttpTransport(tokenForThisPage(), () => pageLeaving || document.visibilityState === 'hidden');
  return { transport, bridge: null };
}

export interface CoreConnection {
  api: ApiClient;
  /** Subscribes to the native menu; in the browser there is none, and the UI's buttons and keys do the same. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Reads the page (bridge, token, address bar) and starts watching it: call once, at the entry point. */
export function connectToCore(): CoreConnection {
  const chosen = chooseTransport();
  return {
    api: createClient(chosen.transport),
    onMenuCommand: (listener) => (chosen.bridge === null ? () => undefined : chosen.bridge.onMenuCommand(listener)),
  };
}
