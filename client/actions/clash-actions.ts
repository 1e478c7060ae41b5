/**
 * Putting back the value a colleague's write replaced a moment after this officer's (a clash
 * notice's "Mijn waarde terugzetten"). It is an ordinary field edit: it syncs, is undoable, and
 * passes the value check and the council lock like typing the value again would.
 */
import type { Clash } from '../../shared/doc/index.ts';
import type { Action } from './action.ts';
import { writeRow } from './write-row.ts';

export const takeBackClash: Action<Pick<Clash, 'kind' | 'rowId' | 'field' | 'mine'>> = {
  id: 'clash.take-back',
  label: 'Mijn waarde terugzetten',
  writes: ({ kind, field, mine }) => [{ kind, field, value: mine }],
  perform: ({ doc, origin, council }, { kind, rowId, field, mine }) => {
    writeRow(doc, origin, kind, rowId, { [field]: mine }, council);
    return { result: undefined };
  },
};
