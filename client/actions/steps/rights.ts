/** Step 1: the user's role must give the right the action needs (the server enforces the same). */
import type { Right } from '../../../shared/auth/roles.ts';
import type { Action } from '../action.ts';

const REFUSED: Record<Right, string> = {
  read: 'Je hebt geen toegang tot dit programma.',
  comment: 'Je kunt dit programma alleen lezen: opmerkingen plaatsen kan niet met jouw rol.',
  edit: 'Je kunt dit programma alleen lezen: wijzigen kan niet met jouw rol.',
  facilitate: 'Alleen een begeleider kan dit doen.',
  manage: 'Alleen een beheerder kan dit doen.',
  finance: 'Alleen een financieel adviseur kan de bedragen en mutaties wijzigen.',
};

/** Null when allowed, else the Dutch reason. */
export function refusedByRights(action: Pick<Action<never, unknown>, 'right'>, rights: ReadonlySet<Right>): string | null {
  const needed = action.right ?? 'edit';
  return rights.has(needed) ? null : REFUSED[needed];
}
