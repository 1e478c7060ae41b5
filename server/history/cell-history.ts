/**
 * Records cell history: for every transaction a room applies from a connection or a server
 * change, one entry per changed field, added, removed or moved row, with the author and the
 * server's time. The entries are read from the transaction at once (its deleted content is
 * collected afterwards) but written in a microtask: after the update has been relayed, so the
 * history's own fsync does not add to what colleagues wait for, and still before the next
 * message is read. If the history append fails the edit still stands (it is already stored
 * and applied); the gap is logged.
 */
import { EditOrigin, prepareRowChanges, rowChangesOf } from '../../shared/doc/index.ts';
import type { NewHistoryEntry } from '../../shared/history/index.ts';
import type { Logger } from '../log.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import type { RoomHooks } from '../sync/room.ts';
import { authorOfConnection, authorOfOrigin } from './attribution.ts';

export interface HistoryRecorderDeps {
  store: Pick<DocumentStore, 'appendHistory'>;
  log: Logger;
  now?: () => Date;
}

export function historyRecorder({ store, log, now = () => new Date() }: HistoryRecorderDeps): RoomHooks {
  return {
    onLoaded(room) {
      prepareRowChanges(room.doc);
    },
    onApplied(room, source, transaction) {
      const changes = rowChangesOf(transaction);
      if (changes.length === 0) return;
      const author = source instanceof EditOrigin ? authorOfOrigin(source) : authorOfConnection(source);
      const at = now().toISOString();
      const entries: NewHistoryEntry[] = changes.map((change) => ({
        documentId: room.id,
        ...change,
        userId: author.id,
        userName: author.name,
        at,
      }));
      queueMicrotask(() => {
        try {
          store.appendHistory(entries);
        } catch (error) {
          log.error('history append failed; the edit itself is stored', { docId: room.id, entries: entries.length, error });
        }
      });
    },
  };
}
