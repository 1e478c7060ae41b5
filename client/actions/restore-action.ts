/** Restoring a cell, a row or the whole programme from a frozen version, as one new change. */
import { restoreFromProgramme, type RestoreSummary } from '../../shared/doc/index.ts';
import type { RestoreScope } from '../../shared/history/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import type { Action } from './action.ts';

export interface RestoreArgs {
  /** The version's content. */
  version: Programme;
  /** A cell may be several stored fields (a nulmeting and its parts): all in one undo step. */
  scopes: readonly RestoreScope[];
}

export const restoreFromVersion: Action<RestoreArgs, RestoreSummary[]> = {
  id: 'version.restore',
  label: 'Herstellen uit een versie',
  perform: ({ doc, origin }, { version, scopes }) => ({
    result: scopes.map((scope) => restoreFromProgramme(doc, version, scope, origin)),
  }),
};
