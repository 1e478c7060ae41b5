/**
 * Dates as Dutch officers write them: 26-09-2024, 26-09-2024 14:05, 26 september 2024.
 *
 * Two kinds of input. A calendar date ("2024-09-26", as the API stores a besluit date) is the
 * same day everywhere and is never shifted by a time zone. A moment (a Date, or an ISO timestamp)
 * is shown in `timeZone`: by default the reader's own zone (the browser), the server passes
 * DUTCH_TIME_ZONE. Intl finds the day and hour in that zone; the pattern is put together here,
 * so it does not change with the ICU version of a browser (which may add a comma).
 */
import { once } from './once.ts';

/** The municipality's zone: the server's dates follow it, whatever zone the server runs in. */
export const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "26-09-2024". Unreadable text stays visible as it came. */
export function formatDate(when: Date | string, timeZone?: string): string {
  const calendar = typeof when === 'string' ? CALENDAR_DATE.exec(when) : null;
  if (calendar) return `${calendar[3]}-${calendar[2]}-${calendar[1]}`;
  const p = partsOf(when, timeZone);
  return p ? `${p.day}-${p.month}-${p.year}` : String(when);
}

/** "14:05"; empty when the moment is unreadable (it is shown beside a date that says so). */
export function formatTime(when: Date | string, timeZone?: string): string {
  const p = partsOf(when, timeZone);
  return p ? `${p.hour}:${p.minute}` : '';
}

/** "26-09-2024 14:05". Unreadable text stays visible as it came. */
export function formatDateTime(when: Date | string, timeZone?: string): string {
  const p = partsOf(when, timeZone);
  return p ? `${p.day}-${p.month}-${p.year} ${p.hour}:${p.minute}` : String(when);
}

/** The calendar date of a moment in `timeZone` as yyyy-mm-dd: "today" in Dronten is not the UTC date after 23:00. */
export function isoDate(when: Date, timeZone?: string): string {
  const p = partsOf(when, timeZone);
  if (!p) throw new RangeError(`Geen geldige datum: ${String(when)}`);
  return `${p.year}-${p.month}-${p.day}`;
}

const longFormat = once(() => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));

/** "2024-09-26" -> "26 september 2024". */
export function longDate(calendarDate: string): string {
  const [y, m, d] = calendarDate.split('-').map(Number) as [number, number, number];
  return longFormat().format(new Date(Date.UTC(y, m - 1, d)));
}

const monthNames = once(() => {
  const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => monthFormat.format(new Date(Date.UTC(2000, m, 1))));
});

/** 1 -> "januari" ... 12 -> "december"; '' for anything else. */
export function monthName(month: number): string {
  return monthNames()[month - 1] ?? '';
}

interface Parts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one.
const formats = new Map<string, Intl.DateTimeFormat>();

function partsOf(when: Date | string, timeZone: string | undefined): Parts | null {
  const date = typeof when === 'string' ? new Date(when) : when;
  if (Number.isNaN(date.getTime())) return null;
  const key = timeZone ?? '';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('nl-NL', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    });
    formats.set(key, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(date)) parts[part.type] = part.value;
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}
