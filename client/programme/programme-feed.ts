/**
 * The programme as plain data, kept up to date from the document, with the rows each update
 * touched. A burst of transactions (sync step 2, several remote updates) is read once; the
 * ids of every row it touched are passed on with it, so a subscriber can update just those
 * rows. `all` marks a full re-read (the first sync), where every row counts as touched.
 */
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { isEmptyProgramme, observeProgramme, readProgramme } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import type { Feature } from '../doc-session/document-session.ts';
import { Store, share } from './store.ts';

export interface ProgrammeUpdate {
  programme: Programme;
  /** Ids of the rows added, removed or changed since the previous update. */
  rowIds: ReadonlySet<string>;
  /** Every row may have changed (first read, or after sync). */
  all: boolean;
}

export class ProgrammeFeed implements Feature {
  readonly programme = new Store<Programme | null>(null);
  private readonly listeners = new Set<(update: ProgrammeUpdate) => void>();
  private readonly cleanups: (() => void)[] = [];
  private pending = new Set<string>();
  private scheduled = false;

  constructor(
    private readonly doc: Y.Doc,
    provider: WebsocketProvider,
  ) {
    this.cleanups.push(
      observeProgramme(doc, (change) => {
        for (const id of change.rowIds) this.pending.add(id);
        if (this.scheduled) return;
        this.scheduled = true;
        queueMicrotask(() => this.refresh(false));
      }),
    );
    const onSync = (synced: boolean) => {
      if (synced) this.refresh(true);
    };
    provider.on('sync', onSync);
    this.cleanups.push(() => provider.off('sync', onSync));
  }

  /** Hears every update after it is in the `programme` store. */
  subscribe(listener: (update: ProgrammeUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.listeners.clear();
  }

  private refresh(all: boolean): void {
    this.scheduled = false;
    if (isEmptyProgramme(this.doc)) return;
    const rowIds = this.pending;
    this.pending = new Set();
    const before = this.programme.get();
    const next = readProgramme(this.doc);
    const programme = before ? share(before, next) : next;
    this.programme.set(programme);
    if (!all && rowIds.size === 0 && programme === before) return;
    for (const listener of [...this.listeners]) listener({ programme, rowIds, all });
  }
}
