/**
 * One werkatelier's live state: its own document session (client/doc-session/) over /sync,
 * read into a store the screens render. Participants and the facilitator share it; what each
 * may write is checked by the server, and the screens only offer what their role may do.
 */
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { workshopDocId } from '../../shared/workshop/api.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { DocumentSession } from '../doc-session/document-session.ts';
import type { ConnectionState } from '../doc-session/connection-state.ts';
import { Store, share } from '../programme/store.ts';
import { observeWorkshop, readWorkshop, type WorkshopState } from './contract.ts';

export type WorkshopLive = WorkshopState;

export class WorkshopSession {
  readonly document: DocumentSession;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** Null until the first sync: an empty doc would show defaults that are not the real state. */
  readonly live = new Store<WorkshopLive | null>(null);

  constructor(readonly workshopId: string) {
    this.document = new DocumentSession(workshopDocId(workshopId));
    this.doc = this.document.doc;
    this.provider = this.document.provider;
    let scheduled = false;
    const refresh = () => {
      scheduled = false;
      if (this.document.synced.get()) this.live.set(share(this.live.get(), readWorkshop(this.doc)));
    };
    // One re-read per burst of remote updates (sync step 2 brings many at once).
    this.document.own(
      observeWorkshop(this.doc, () => {
        if (scheduled) return;
        scheduled = true;
        queueMicrotask(refresh);
      }),
    );
    this.document.own(this.document.synced.subscribe(refresh));
  }

  get connection(): Store<ConnectionState> {
    return this.document.connection;
  }

  /** True once the server ended the werkatelier for this connection (4410) or its state says so. */
  isClosed(live: WorkshopLive | null, connection: ConnectionState): boolean {
    return (connection.kind === 'closed' && connection.code === CLOSE.workshopClosed.code) || live?.settings.state === 'closed';
  }

  destroy(): void {
    this.document.destroy();
  }
}
