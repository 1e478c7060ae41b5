/** Matching typed text against cell text as a policy officer expects: no regard to case or accents. */

/** Lower case without accents, so "cliënt" finds "client" and the other way round. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('nl');
}

/** True when `text` holds `query` (trimmed; a blank query matches nothing). */
export function containsText(text: string, query: string): boolean {
  const wanted = fold(query.trim());
  return wanted !== '' && fold(text).includes(wanted);
}
