/**
 * One werkatelier's live state: its own Y.Doc over /sync, read into a store the screens
 * render. Participants and the facilitator share it; what each may write is checked by the
 * server, and the screens only offer what their role may do.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { workshopDocId } from '../../shared/workshop/api.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { syncUrl } from '../programme/session.ts';
import { Store, share } from '../programme/store.ts';
import { watchConnection, type ConnectionState } from '../programme/connection-state.ts';
import { observeWorkshop, readWorkshop, type WorkshopState } from './contract.ts';

export type WorkshopLive = WorkshopState;

export class WorkshopSession {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  /** Null until the first sync: an empty doc would show defaults that are not the real state. */
  readonly live = new Store<WorkshopLive | null>(null);
  readonly connection = new Store<ConnectionState>({ kind: 'connecting' });
  private readonly cleanups: (() => void)[] = [];

  constructor(readonly workshopId: string) {
    this.provider = new WebsocketProvider(syncUrl(), workshopDocId(workshopId), this.doc);
    let scheduled = false;
    let synced = false;
    const refresh = () => {
      scheduled = false;
      if (synced) this.live.set(share(this.live.get(), readWorkshop(this.doc)));
    };
    // One re-read per burst of remote updates (sync step 2 brings many at once).
    this.cleanups.push(
      observeWorkshop(this.doc, () => {
        if (scheduled) return;
        scheduled = true;
        queueMicrotask(refresh);
      }),
    );
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      synced = true;
      refresh();
    };
    this.provider.on('sync', onSync);
    this.cleanups.push(() => this.provider.off('sync', onSync));
    this.cleanups.push(watchConnection(this.provider, this.connection));
  }

  /** True once the server ended the werkatelier for this connection (4410) or its state says so. */
  isClosed(live: WorkshopLive | null, connection: ConnectionState): boolean {
    return (connection.kind === 'closed' && connection.code === CLOSE.workshopClosed.code) || live?.settings.state === 'closed';
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.provider.destroy();
    this.doc.destroy();
  }
}
