/**
 * What storage holds of a document that a room here lacks: the way a process makes up for
 * publications it may have missed (its room opened before its subscription was confirmed, its
 * Redis connection came back, a peer died between storing and publishing). Storage is shared
 * by every process and every update is stored before it is published, so storage always holds
 * at least what was published.
 *
 * Answers the structs the room lacks and the whole delete set (Yjs skips deletions it knows,
 * and a transaction that changed nothing is relayed to nobody), and whether any struct was new.
 *
 * It reads the document's whole log: one compacted row and what came after it, so bounded by
 * compaction (500 rows or 16 MB), but the compacted row is the whole document. Reading only rows
 * past the last catch-up is not safe with a sequence number alone: on PostgreSQL, processes
 * commit in another order than they drew their seq, so a row can appear below a seq already
 * read; it would need a cursor in commit order (e.g. the inserting transaction's xid8 beside
 * the seq, and the snapshot's xmin of the last read).
 */
import * as Y from 'yjs';
import type { DocumentStore } from '../../persistence/document-store.ts';
import { replayUpdates } from '../../persistence/replay.ts';

export function missingFromStorage(
  store: Pick<DocumentStore, 'load'>,
  docId: string,
  doc: Y.Doc,
  onUnreadable: (index: number, error: unknown) => void,
): { update: Uint8Array; newStructs: boolean } {
  const stored = new Y.Doc({ gc: true });
  try {
    replayUpdates(stored, store.load(docId), onUnreadable);
    const have = Y.encodeStateVector(doc);
    const known = Y.decodeStateVector(have);
    const newStructs = [...Y.decodeStateVector(Y.encodeStateVector(stored))].some(([client, clock]) => (known.get(client) ?? 0) < clock);
    return { update: Y.encodeStateAsUpdate(stored, have), newStructs };
  } finally {
    stored.destroy();
  }
}
