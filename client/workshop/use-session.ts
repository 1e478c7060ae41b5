/** Opens a WorkshopSession for as long as a screen shows it. */
import { useMemo } from 'react';
import { Store, useStore } from '../programme/store.ts';
import { WorkshopSession, type WorkshopLive } from './session.ts';
import type { ConnectionState } from '../doc-session/connection-state.ts';
import { OpenWhileShown, useOpenWhileShown } from '../doc-session/use-open-while-shown.ts';

const noLive = new Store<WorkshopLive | null>(null);
const connecting = new Store<ConnectionState>({ kind: 'connecting' });

export function useWorkshopSession(workshopId: string, enabled = true) {
  const opening = useMemo(() => (enabled ? new OpenWhileShown(() => new WorkshopSession(workshopId)) : null), [workshopId, enabled]);
  const session = useOpenWhileShown(opening);
  const live = useStore(session?.live ?? noLive);
  const connection = useStore(session?.connection ?? connecting);
  return { session, live, connection };
}
