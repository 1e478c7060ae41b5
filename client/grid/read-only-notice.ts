/**
 * A key typed in a cell that cannot be changed gets one polite explanation, not silence: why it
 * is read-only (a frozen version, the user's role, an archived programme) and where changing is
 * possible. Told once per page and reason, so typing on does not pile up notices.
 */
export type ReadOnlyReason = 'version' | 'role' | 'archived';

export function readOnlyMessage(reason: ReadOnlyReason | undefined, canComment: boolean): string {
  switch (reason) {
    case 'version':
      return 'Je bekijkt een vastgelegde versie; die verandert niet meer. Wijzigen kan in de huidige versie.';
    case 'archived':
      return 'Dit programma is gearchiveerd en kan niet meer worden gewijzigd.';
    default:
      return canComment
        ? 'Je kunt dit programma alleen lezen: cellen wijzigen kan niet met jouw rol. Een opmerking plaatsen kan wel, in het zijpaneel.'
        : 'Je kunt dit programma alleen lezen: cellen wijzigen kan niet met jouw rol.';
  }
}

/** What pasting into a read-only table is told. */
export function readOnlyPasteMessage(reason: ReadOnlyReason | undefined): string {
  switch (reason) {
    case 'version':
      return 'Deze versie is vastgelegd en kan niet worden gewijzigd. Plakken kan in de huidige versie.';
    case 'archived':
      return 'Dit programma is gearchiveerd: plakken in de tabel kan niet meer.';
    default:
      return 'Je kunt dit programma alleen lezen: plakken in de tabel kan niet met jouw rol.';
  }
}

/** Keys that would start editing a cell that could be edited. */
export function startsEditing(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key.length === 1 || event.key === 'Enter' || event.key === 'F2' || event.key === 'Backspace' || event.key === 'Delete';
}

const told = new WeakMap<object, Set<string>>();

/** Notifies once per `owner` (the page's session) and reason; true when it did now. */
export function tellOnce(owner: object, reason: ReadOnlyReason | undefined, notify: (message: string) => void, canComment: boolean): boolean {
  let reasons = told.get(owner);
  if (!reasons) told.set(owner, (reasons = new Set()));
  const key = reason ?? 'role';
  if (reasons.has(key)) return false;
  reasons.add(key);
  notify(readOnlyMessage(reason, canComment));
  return true;
}
