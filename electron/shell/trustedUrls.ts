/**
 * Pure URL checks behind the shell's navigation and IPC guards; kept apart
 * from Electron so they can be tested under plain Node.
 */

/** True only for our own renderer page (any query or hash), the one document allowed to call the core. */
export function isRendererPageUrl(url: string, indexFileUrl: string): boolean {
  const candidate = parse(url);
  const index = parse(indexFileUrl);
  if (!candidate || !index || candidate.protocol !== 'file:' || index.protocol !== 'file:') return false;
  return candidate.host === index.host && safeDecode(candidate.pathname) === safeDecode(index.pathname);
}

/** Links the user may follow out of the app, in their own browser; never file:, javascript: or custom schemes. */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed?.protocol === 'http:' || parsed?.protocol === 'https:';
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
