/**
 * Whether an incoming update adds nothing to a doc (a reconnect's sync step 2 usually does
 * not). Y.snapshotContainsUpdate would answer the same, but Y.snapshot walks the whole doc on
 * every message; this looks only at the update's own structs and deletions.
 */
import * as Y from 'yjs';

export function updateIsKnown(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return false;
  }
  for (const [client, ranges] of ds.clients) {
    const known = Y.getState(doc.store, client);
    for (const range of ranges) {
      if (range.clock + range.len > known) return false;
      let clock = range.clock;
      while (clock < range.clock + range.len) {
        const struct = Y.getItem(doc.store, Y.createID(client, clock)) as Y.Item | Y.GC;
        if (struct instanceof Y.Item && !struct.deleted) return false;
        clock = struct.id.clock + struct.length;
      }
    }
  }
  return true;
}
