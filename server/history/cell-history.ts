/**
 * Records cell history: for every transaction a room applies from a connection or a server
 * change, one entry per changed field, added, removed or moved row, with the author and the
 * server's time. The entries are read from the transaction at once (its deleted content is
 * collected afterwards) and appended there and then: the room applies updates inside its group
 * commit (room.ts, commitTurn), so they are stored in the same transaction as the updates, with
 * the batch's one fsync, before anything is relayed (issue 15; before, the history had an fsync
 * of its own per update). If the history append fails the edit still stands (it is stored and
 * applied); the gap is logged.
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
      try {
        store.appendHistory(entries);
      } catch (error) {
        log.error('history append failed; the edit itself is stored', { docId: room.id, entries: entries.length, error });
      }
    },
  };
}
