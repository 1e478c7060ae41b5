/**
 * Who added each row without a place, and when: the row's "add" in the server's cell history
 * (GET /history, recorded under the signed-in user of the socket that sent it, never a name a
 * client claims). Asked once per row; a row the server has no add for (seeded, or added before
 * cell history) says so.
 */
import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../shared/history/index.ts';
import { fetchHistory } from '../../history/api.ts';

export type Added = { state: 'known'; name: string; at: string } | { state: 'unknown' };

/**
 * `id` is never set (only ID_KEY, which row-changes.ts leaves out of the field changes), so
 * asking for it gives only the row coming and going: a short answer even for a row edited often.
 */
const ROW_LEVEL_ONLY = 'id';
const LIMIT = 50;

function addedBy(entries: readonly HistoryEntry[]): Added {
  // Newest first: the last add is the first one (an undone delete adds it again later).
  const add = entries.filter((e) => e.action === 'add').at(-1);
  return add ? { state: 'known', name: add.userName, at: add.at } : { state: 'unknown' };
}

export function useOrphanAuthors(documentId: string, rowIds: readonly string[]): ReadonlyMap<string, Added> {
  const [known, setKnown] = useState<ReadonlyMap<string, Added>>(new Map());
  const key = rowIds.join('|');

  useEffect(() => {
    const wanted = key.split('|').filter((id) => id !== '' && !known.has(id));
    if (wanted.length === 0) return;
    const controller = new AbortController();
    Promise.all(
      wanted.map((rowId) =>
        fetchHistory(documentId, { rowId, field: ROW_LEVEL_ONLY, limit: LIMIT }, controller.signal).then(
          (entries) => [rowId, addedBy(entries)] as const,
          () => [rowId, { state: 'unknown' } as Added] as const,
        ),
      ),
    ).then((answers) => {
      if (controller.signal.aborted) return;
      setKnown((before) => new Map([...before, ...answers]));
    });
    return () => controller.abort();
  }, [documentId, key, known]);

  return known;
}
