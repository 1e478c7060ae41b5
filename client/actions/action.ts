/**
 * A user command as data: what it is called, its keys, when it may run (and why not, in Dutch)
 * and the document change it makes. Modelled on Excalidraw's actions and Grist's user actions:
 * callers never write to the document themselves, they hand an action and its arguments to the
 * dispatcher (dispatcher.ts), which runs the steps every change passes.
 */
import type * as Y from 'yjs';
import type { EditOrigin } from '../../shared/doc/index.ts';
import type { Right } from '../../shared/auth/roles.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import type { CouncilWriteContext } from '../council/council-write.ts';
import type { Shortcut } from './shortcut.ts';

export interface CellRef {
  rowId: string;
  colId: string;
}

/** What `perform` may touch: the document under the session's origin, and the council lock as it stands now. */
export interface ActionContext {
  doc: Y.Doc;
  origin: EditOrigin;
  council: CouncilWriteContext;
}

/** A stored value the action will write, checked against the field allowlist before anything is written. */
export interface FieldWrite {
  kind: EntityKind;
  field: string;
  value: unknown;
}

/** A council-owned row the action changes as a whole: after adoption, a reason is asked first. */
interface CouncilQuestion {
  kind: EntityKind;
  rowId: string;
  /** What is about to change, in Dutch ("Doel 3 verwijderen"). */
  place: string;
}

export interface Performed<Result> {
  result: Result;
  /**
   * Where the keyboard goes when this change is undone or redone. Omitted: the cell the user is
   * on now (a grid edit). A button that is no cell names its section's heading instead.
   */
  undoFocus?: CellRef | null;
}

export interface Action<Args, Result = void> {
  /** Stable name, e.g. "row.add"; also the key in the shortcut help. */
  id: string;
  /** Dutch, as on a button or in a menu. */
  label: string;
  /** Dutch, for the shortcut help: what the keys do. Defaults to the label. */
  help?: string;
  shortcuts?: readonly Shortcut[];
  /** The right the user needs; 'edit' when omitted. */
  right?: Right;
  /** True when it may run now, else the Dutch reason why not. */
  enabled?(args: Args): true | string;
  /** The stored values it will write (for the value check step). */
  writes?(args: Args): readonly FieldWrite[];
  /** A whole council-owned row it changes (add, delete, move): asked before `perform`. */
  councilQuestion?(args: Args): CouncilQuestion | null;
  /** Dutch, shown when `perform` fails for a reason that is no DocError (a bug): nothing was changed. */
  failed?: string;
  /** The document change. Runs inside one transaction with the session's origin. */
  perform(context: ActionContext, args: Args): Performed<Result>;
}

/** Done, or refused/failed with the Dutch reason the user was shown. */
export type Outcome<Result> = { ok: true; result: Result } | { ok: false; reason: string };
