/** Dates and numbers as Dutch readers expect them: 22-11-2026, 1.234,5. */

const numberFormat = new Intl.NumberFormat('nl-NL');

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** dd-mm-jjjj in the reader's time zone; an unreadable date stays visible as it came. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${dd}-${mm}-${date.getFullYear()}`;
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
