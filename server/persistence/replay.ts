/**
 * Rebuilds a doc from a stored log. A row that cannot be applied is reported and skipped, so
 * one damaged row never makes a whole programme unreadable.
 */
import * as Y from 'yjs';

export function replayUpdates(
  doc: Y.Doc,
  updates: readonly Uint8Array[],
  onUnreadable: (index: number, error: unknown) => void,
): void {
  doc.transact(() => {
    updates.forEach((update, index) => {
      try {
        Y.applyUpdate(doc, update);
      } catch (error) {
        onUnreadable(index, error);
      }
    });
  });
}
