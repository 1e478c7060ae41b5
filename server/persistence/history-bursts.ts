/**
 * Cell-history compaction at write time (issue 15, item 3), the one rule every store applies:
 * a person typing in a cell sends a change per keystroke or per commit of the editor, and the
 * history panel should show what they changed, not every state in between. So a 'set' that
 * follows the same person's 'set' of the same cell within HISTORY_BURST_MS (measured from that
 * entry's time, which each joined change moves on) joins it: the entry keeps its first old
 * value, takes the last new value and time, and moves to the end of the recording order (a new
 * seq), in the same transaction as the change itself. Anything else in between (another person,
 * a row added, removed or moved, a pause) starts a new entry.
 */
import type { NewHistoryEntry } from './document-store.ts';

export const HISTORY_BURST_MS = 5_000;

/** The cell's latest stored entry, as the stores read it. */
export interface LatestOfCell {
  action: string;
  userId: string;
  userName: string;
  /** ms since the epoch */
  at: number;
  /** JSON of its new value */
  newJson: string;
}

export function continuesBurst(latest: LatestOfCell | undefined, entry: NewHistoryEntry, oldJson: string): boolean {
  if (!latest || entry.action !== 'set' || latest.action !== 'set') return false;
  if (latest.userId !== entry.userId || latest.userName !== entry.userName) return false;
  const gap = Date.parse(entry.at) - latest.at;
  return gap >= 0 && gap <= HISTORY_BURST_MS && latest.newJson === oldJson;
}
