/**
 * V40: a row without a place. A colleague deleted the goal, uitwerking or result a row was added
 * under (most often while the row was typed offline); the row is still in the document and shown
 * under "Zonder plaats", but in no table. One error per such row whose own parent is gone: its
 * children go along with it when it is moved or deleted, so they need no finding of their own.
 */
import { finding } from '../finding.ts';
import type { ProgrammeRule } from '../types.ts';

const ORPHAN_MESSAGE = 'Deze rij hoort bij een onderdeel dat is verwijderd.';

export const v40: ProgrammeRule = {
  id: 'V40',
  title: 'Rij zonder plaats',
  scope: 'programme',
  check(env) {
    return (env.programme.orphans ?? [])
      .filter((o) => o.parentId === o.missingParentId)
      .map((o) =>
        finding('V40', 'error', o.kind, o.id, null, `${ORPHAN_MESSAGE} Geef haar onder "Zonder plaats" een nieuwe plaats, of verwijder haar.`),
      );
  },
};
