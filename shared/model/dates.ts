/**
 * The local calendar date as yyyy-mm-dd: "today" for an officer in Dronten is not the UTC date
 * after 23:00. The caller reads the clock; this only formats.
 */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
