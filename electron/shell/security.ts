import { app, shell, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../webhost/securityHeaders.js';
import { isExternalWebUrl, isRendererPageUrl } from './trustedUrls.js';

/**
 * Every web contents the app ever creates stays on our page: no navigation
 * elsewhere, no new windows (http and https links open in the user's browser
 * instead), no embedded webviews. Installed before any window exists so none
 * can escape it.
 */
export function confineWebContents(indexFileUrl: string): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isRendererPageUrl(url, indexFileUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isRendererPageUrl(url, indexFileUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalWebUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

/**
 * The page asks for nothing (camera, notifications, clipboard reads…), so
 * every permission is refused; the CSP is added to every response as well
 * as the page's own meta tag, so it holds even if the page is altered.
 */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}
