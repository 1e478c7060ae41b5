/** Opens a WorkshopSession for as long as a screen shows it. */
import { useEffect, useState } from 'react';
import { Store, useStore } from '../programme/store.ts';
import { WorkshopSession, type WorkshopLive } from './session.ts';
import type { ConnectionState } from '../doc-session/connection-state.ts';

const noLive = new Store<WorkshopLive | null>(null);
const connecting = new Store<ConnectionState>({ kind: 'connecting' });

export function useWorkshopSession(workshopId: string, enabled = true) {
  const [session, setSession] = useState<WorkshopSession | null>(null);
  useEffect(() => {
    if (!enabled) return;
    // Created in the effect, not during render: StrictMode mounts twice and each needs its own socket.
    const created = new WorkshopSession(workshopId);
    setSession(created);
    return () => {
      created.destroy();
      setSession(null);
    };
  }, [workshopId, enabled]);
  const live = useStore(session?.live ?? noLive);
  const connection = useStore(session?.connection ?? connecting);
  return { session, live, connection };
}

/** A clock that ticks while something needs it (a running timer). */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [active, intervalMs]);
  return now;
}
