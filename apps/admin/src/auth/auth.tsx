import type { Permission } from '@rim/contracts';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, unwrap } from '../api/client.js';
import type { SessionUser } from '../api/types.js';
import { clearToken, onSessionExpired, readToken, storeToken } from './session.js';

export type SignedOutReason = 'expired' | 'loggedOut' | null;

export type AuthState =
  | { status: 'checking' }
  | { status: 'anonymous'; reason: SignedOutReason }
  | { status: 'authenticated'; user: SessionUser };

export interface Auth {
  state: AuthState;
  /** Signs in; throws ApiError (AUTH_INVALID_CREDENTIALS, AUTH_RATE_LIMITED, VALIDATION_FAILED, NETWORK …). */
  login(email: string, password: string): Promise<SessionUser>;
  logout(): void;
}

export function hasPermission(user: SessionUser, permission: Permission): boolean {
  const granted: readonly string[] = user.permissions;
  return granted.includes(permission);
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>(() => (readToken() ? { status: 'checking' } : { status: 'anonymous', reason: null }));

  // A stored token is only trusted after the API confirms it (and tells us the current permissions).
  useEffect(() => {
    if (state.status !== 'checking') return;
    const controller = new AbortController();
    unwrap(api.GET('/api/me', { signal: controller.signal })).then(
      (user) => setState({ status: 'authenticated', user }),
      () => {
        if (!controller.signal.aborted) setState({ status: 'anonymous', reason: readToken() ? null : 'expired' });
      },
    );
    return () => controller.abort();
  }, [state.status]);

  useEffect(
    () =>
      onSessionExpired(() => {
        setState((current) => (current.status === 'anonymous' ? current : { status: 'anonymous', reason: 'expired' }));
      }),
    [],
  );

  const login = useCallback(async (email: string, password: string) => {
    const session = await unwrap(api.POST('/api/auth/login', { body: { email, password } }));
    storeToken(session.accessToken, session.expiresIn);
    setState({ status: 'authenticated', user: session.user });
    return session.user;
  }, []);

  const logout = useCallback(() => {
    clearToken();
    setState({ status: 'anonymous', reason: 'loggedOut' });
  }, []);

  const value = useMemo<Auth>(() => ({ state, login, logout }), [state, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const context = useContext(AuthContext);
  if (!context) throw new Error('useAuth() needs an <AuthProvider> above it');
  return context;
}

/** The signed-in user; only for components rendered inside <RequireAuth>. */
export function useSessionUser(): SessionUser {
  const { state } = useAuth();
  if (state.status !== 'authenticated') throw new Error('useSessionUser() used outside an authenticated route');
  return state.user;
}
