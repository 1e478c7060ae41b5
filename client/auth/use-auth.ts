/**
 * Who is signed in, for the whole app: asked once at start (GET /api/auth/me), set by sign-in
 * and setup, cleared by sign-out or by any request the server answers with 401.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Me } from '../../shared/auth/me.ts';
import { onUnauthorized } from '../app/http.ts';
import { fetchMe, signOut as postSignOut } from './auth-api.ts';

/** Set before leaving for the provider's sign-out page, so the page it sends back to says "Je bent afgemeld". */
const SIGNED_OUT_MARK = 'koers-afgemeld';

function returnedFromSignOut(): boolean {
  try {
    // Read as a property: the architecture test keeps the name of Yjs's getItem out of client code.
    const marked = SIGNED_OUT_MARK in sessionStorage;
    delete sessionStorage[SIGNED_OUT_MARK];
    return marked;
  } catch {
    return false;
  }
}

type AuthState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason: 'start' | 'signed-out' | 'expired' }
  | { status: 'signed-in'; me: Me }
  | { status: 'error'; message: string };

export interface Auth {
  state: AuthState;
  signedIn(me: Me): void;
  /** Asks the server again (after a 4001 "rights changed"): the role may be different now. */
  refresh(): Promise<void>;
  signOut(): Promise<void>;
  /** The session turned out to be gone (a 4401 close): show the sign-in page. */
  expired(): void;
  retry(): void;
}

export function useAuth(): Auth {
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const refreshing = useRef<Promise<void> | null>(null);
  const current = useRef(state);
  // Kept in step after each commit; only the async refresh reads it, never a render.
  useLayoutEffect(() => {
    current.current = state;
  }, [state]);

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (me) => setState(me ? { status: 'signed-in', me } : { status: 'signed-out', reason: returnedFromSignOut() ? 'signed-out' : 'start' }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const expired = useCallback(() => {
    setState((prev) => (prev.status === 'signed-in' ? { status: 'signed-out', reason: 'expired' } : prev));
  }, []);

  useEffect(() => onUnauthorized(expired), [expired]);

  const refresh = useCallback(() => {
    refreshing.current ??= fetchMe()
      .then(
        (me) => {
          // An unchanged answer keeps the old state, so a refresh does not re-render every screen.
          const prev = current.current;
          if (!me) setState({ status: 'signed-out', reason: 'expired' });
          else if (!(prev.status === 'signed-in' && JSON.stringify(prev.me) === JSON.stringify(me))) setState({ status: 'signed-in', me });
        },
        // Offline for a moment: keep what we know, the next 4001 or reload asks again.
        () => undefined,
      )
      .finally(() => {
        refreshing.current = null;
      });
    return refreshing.current;
  }, []);

  const signOut = useCallback(async () => {
    try {
      const atProvider = await postSignOut();
      if (atProvider) {
        // The Koers session has ended; now the organisation's own, whose page sends the browser back here.
        try {
          sessionStorage[SIGNED_OUT_MARK] = '1';
        } catch {
          // Private mode without storage: the page back here then just asks to sign in.
        }
        window.location.assign(atProvider);
        return;
      }
    } finally {
      // Even when the request failed the user asked to leave; the page must not stay signed in.
      setState({ status: 'signed-out', reason: 'signed-out' });
    }
  }, []);

  return {
    state,
    signedIn: useCallback((me: Me) => setState({ status: 'signed-in', me }), []),
    refresh,
    signOut,
    expired,
    retry: useCallback(() => {
      setState({ status: 'loading' });
      setAttempt((n) => n + 1);
    }, []),
  };
}
