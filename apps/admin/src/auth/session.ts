/**
 * The access token lives in sessionStorage: it survives a reload but not closing the tab, and is never shared
 * between tabs. Everything that reads or drops it goes through this module.
 */
const TOKEN_KEY = 'rim.accessToken';
const EXPIRES_KEY = 'rim.accessTokenExpiresAt';

export function readToken(): string | null {
  try {
    const token = window.sessionStorage.getItem(TOKEN_KEY);
    const expiresAt = Number(window.sessionStorage.getItem(EXPIRES_KEY));
    if (!token) return null;
    if (Number.isFinite(expiresAt) && expiresAt > 0 && Date.now() >= expiresAt) {
      clearToken();
      return null;
    }
    return token;
  } catch {
    return null;
  }
}

export function storeToken(token: string, expiresInSeconds: number): void {
  try {
    window.sessionStorage.setItem(TOKEN_KEY, token);
    window.sessionStorage.setItem(EXPIRES_KEY, String(Date.now() + expiresInSeconds * 1000));
  } catch {
    // Without storage the session lasts until the next reload.
  }
}

export function clearToken(): void {
  try {
    window.sessionStorage.removeItem(TOKEN_KEY);
    window.sessionStorage.removeItem(EXPIRES_KEY);
  } catch {
    // nothing stored
  }
}

type Listener = () => void;
const expiryListeners = new Set<Listener>();

/** Called by the API client when the server answers 401 to an authenticated call. */
export function notifySessionExpired(): void {
  for (const listener of expiryListeners) listener();
}

export function onSessionExpired(listener: Listener): () => void {
  expiryListeners.add(listener);
  return () => {
    expiryListeners.delete(listener);
  };
}
