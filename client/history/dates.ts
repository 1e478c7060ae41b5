/**
 * Dates as Dutch officers write them (26-09-2024) and as the API stores them (2024-09-26).
 * A typed date is read leniently (1-9-2024, 01.09.2024, 1/9/2024) and must exist.
 */
import { isCalendarDate } from '../../shared/history/index.ts';

/** yyyy-mm-dd -> dd-mm-jjjj; anything else is shown as it is. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}

/** dd-mm-jjjj (or d-m-jjjj, with - . or /) -> yyyy-mm-dd, or null when it is no existing date. */
export function parseDutchDate(text: string): string | null {
  const match = /^\s*(\d{1,2})[-./](\d{1,2})[-./](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

/** Today in the reader's own calendar, as dd-mm-jjjj. */
export function todayDutch(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(now.getDate())}-${pad(now.getMonth() + 1)}-${now.getFullYear()}`;
}
