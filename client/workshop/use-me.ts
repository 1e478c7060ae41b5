/** GET /api/auth/me once per screen: who this browser is (for a participant, its own id and name). */
import { useEffect, useState } from 'react';
import type { Me } from '../../shared/auth/me.ts';
import { fetchMe } from './api.ts';
import { loadWhileShown, messageOf } from './load.ts';

export type MeState = { kind: 'loading' } | { kind: 'known'; me: Me | null } | { kind: 'error'; message: string };

export function useMe(): MeState {
  const [state, setState] = useState<MeState>({ kind: 'loading' });
  useEffect(
    () =>
      loadWhileShown(
        fetchMe,
        (me) => setState({ kind: 'known', me }),
        (e) => setState({ kind: 'error', message: messageOf(e, 'Onbekende fout.') }),
      ),
    [],
  );
  return state;
}
