/** GET /api/auth/me once per screen: who this browser is (for a participant, its own id and name). */
import { useEffect, useState } from 'react';
import type { Me } from '../../shared/auth/me.ts';
import { fetchMe } from './api.ts';

export type MeState = { kind: 'loading' } | { kind: 'known'; me: Me | null } | { kind: 'error'; message: string };

export function useMe(): MeState {
  const [state, setState] = useState<MeState>({ kind: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    fetchMe(abort.signal).then(
      (me) => setState({ kind: 'known', me }),
      (e: unknown) => {
        if (!abort.signal.aborted) setState({ kind: 'error', message: e instanceof Error ? e.message : 'Onbekende fout.' });
      },
    );
    return () => abort.abort();
  }, []);
  return state;
}
