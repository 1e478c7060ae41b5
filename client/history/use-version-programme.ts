import { useEffect, useState } from 'react';
import type { Programme } from '../../shared/model/types.ts';
import { CURRENT_IN_ROUTE } from '../app/route.ts';
import type { Session } from '../programme/session.ts';
import { useStore } from '../programme/store.ts';
import { HttpError } from '../app/http.ts';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

/** A version's programme (fetched once per version), or the live one for "huidig". */
export function useVersionProgramme(session: Session, ref: string): Loaded<Programme> {
  const live = useStore(session.programme);
  const [loaded, setLoaded] = useState<{ ref: string; result: Loaded<Programme> } | null>(null);
  const isCurrent = ref === CURRENT_IN_ROUTE;

  useEffect(() => {
    if (isCurrent) return;
    let cancelled = false;
    session.versions.programmeOf(ref).then(
      (value) => !cancelled && setLoaded({ ref, result: { state: 'ready', value } }),
      (error: unknown) =>
        !cancelled &&
        setLoaded({
          ref,
          result: { state: 'error', message: error instanceof HttpError ? error.message : 'Deze versie kon niet worden geladen.' },
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [isCurrent, ref, session]);

  if (isCurrent) return live ? { state: 'ready', value: live } : { state: 'loading' };
  return loaded && loaded.ref === ref ? loaded.result : { state: 'loading' };
}
