/**
 * Dates as Dutch officers write them (26-09-2024) and as the API stores them (2024-09-26).
 * A typed date is read leniently (1-9-2024, 01.09.2024, 1/9/2024) and must exist.
 */
import { isCalendarDate } from '../../shared/history/index.ts';
import { formatDate } from '../../shared/text/dutch.ts';

/** dd-mm-jjjj (or d-m-jjjj, with - . or /) -> yyyy-mm-dd, or null when it is no existing date. */
export function parseDutchDate(text: string): string | null {
  const match = /^\s*(\d{1,2})[-./](\d{1,2})[-./](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

/** Today in the reader's own calendar, as dd-mm-jjjj. */
export function todayDutch(now: Date = new Date()): string {
  return formatDate(now);
}
