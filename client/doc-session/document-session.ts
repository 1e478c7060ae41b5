/**
 * One shared document over /sync: the Y.Doc, its WebsocketProvider and the connection state a
 * user sees. Programme pages and werkatelier pages open one each (budget plans will too);
 * what a page does with it lives in features that attach to it and are destroyed with it, so
 * the session itself never grows with the page.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { Store } from '../programme/store.ts';
import { watchConnection, type ConnectionState } from './connection-state.ts';
import { syncUrl } from './sync-url.ts';

/** Anything attached to a session: it owns its listeners and lets go of them in `destroy`. */
export interface Feature {
  destroy(): void;
}

export interface DocumentSessionOptions {
  /** Every close the server chose (any code but a plain drop), transient or not. */
  onServerClose?(code: number): void;
}

export class DocumentSession {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly connection = new Store<ConnectionState>({ kind: 'connecting' });
  /** True once the first sync with the server is done (and stays so through reconnects). */
  readonly synced = new Store(false);
  private readonly cleanups: (() => void)[] = [];

  constructor(
    /** The room name on /sync: a programme id, or `werkatelier-<id>`. */
    readonly documentId: string,
    options: DocumentSessionOptions = {},
  ) {
    this.provider = new WebsocketProvider(syncUrl(), documentId, this.doc);
    const onSync = (synced: boolean) => this.synced.set(synced || this.synced.get());
    this.provider.on('sync', onSync);
    this.own(() => this.provider.off('sync', onSync));
    this.own(watchConnection(this.provider, this.connection, options.onServerClose));
  }

  /** Attaches a feature: destroyed with the session, the last attached first. */
  attach<F extends Feature>(feature: F): F {
    this.own(() => feature.destroy());
    return feature;
  }

  /** A listener or timer to end with the session. */
  own(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
    this.provider.destroy();
    this.doc.destroy();
  }
}
