/**
 * The web host prints a URL carrying a per-run secret (`?token=…`). The page
 * reads it once, keeps it for reloads in session storage and removes it from
 * the address bar so it is not bookmarked, shared or kept in history.
 */
export const TOKEN_PARAM = 'token';
export const TOKEN_STORAGE_KEY = 'cps.webhost.token';

export interface TokenFromUrl {
  /** The token in the URL, if there was one. */
  token: string | null;
  /** The same URL without the token, for `history.replaceState`. */
  cleanedUrl: string;
}

export function takeTokenFromUrl(href: string): TokenFromUrl {
  const url = new URL(href);
  const token = url.searchParams.get(TOKEN_PARAM);
  if (token === null) return { token: null, cleanedUrl: href };
  url.searchParams.delete(TOKEN_PARAM);
  return { token: token.trim() === '' ? null : token.trim(), cleanedUrl: url.toString() };
}

interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A token in the URL wins (the web host was restarted with a new secret); otherwise the one kept from earlier. */
export function resolveToken(fromUrl: string | null, storage: KeyValueStore | null): string | null {
  if (fromUrl !== null) {
    storage?.setItem(TOKEN_STORAGE_KEY, fromUrl);
    return fromUrl;
  }
  return storage?.getItem(TOKEN_STORAGE_KEY) ?? null;
}
