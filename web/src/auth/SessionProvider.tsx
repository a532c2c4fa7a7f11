import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isAbortError, setUnauthorizedHandler } from '../api/client';
import { fetchMe } from './api';
import type { Me } from './types';

export type SessionState =
  | { status: 'loading' }
  /** loggedOut: the user logged out here (go to plain /login), rather than the session ending by itself. */
  | { status: 'anonymous'; loggedOut?: boolean }
  | { status: 'authenticated'; me: Me }
  | { status: 'failed'; error: unknown };

interface SessionContextValue {
  session: SessionState;
  /** After a successful login. */
  signedIn: (me: Me) => void;
  /** After logout, or when the server says the session is gone. */
  signedOut: (how?: 'logout' | 'expired') => void;
  /** Loads GET /api/me again. */
  refresh: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (me) => setSession(me ? { status: 'authenticated', me } : { status: 'anonymous' }),
      (error: unknown) => {
        if (!isAbortError(error)) setSession({ status: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [nonce]);

  const signedIn = useCallback((me: Me) => setSession({ status: 'authenticated', me }), []);
  const signedOut = useCallback(
    (how: 'logout' | 'expired' = 'expired') =>
      setSession({ status: 'anonymous', loggedOut: how === 'logout' }),
    [],
  );
  const refresh = useCallback(() => {
    setSession({ status: 'loading' });
    setNonce((n) => n + 1);
  }, []);

  // Any API call answering 401 ends the session; RequireSession then redirects to /login?next=…
  useEffect(() => setUnauthorizedHandler(() => signedOut('expired')), [signedOut]);

  const value = useMemo(
    () => ({ session, signedIn, signedOut, refresh }),
    [session, signedIn, signedOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('SessionProvider is missing');
  return value;
}

/** The signed-in user; only for components rendered inside RequireSession. */
export function useMe(): Me {
  const { session } = useSession();
  if (session.status !== 'authenticated') throw new Error('useMe() outside RequireSession');
  return session.me;
}
