/**
 * The one way a user's command changes the document. Every caller (grid cells, row buttons and
 * keys, section toolbars, paste, the structured editor, restore, undo) hands an action to
 * `run` or `request`, and every action passes the same steps in the same order:
 *
 *   1. rights      the user's role gives the right it needs        (steps/rights.ts)
 *   2. enabled     the action itself may run now                    (action.enabled)
 *   -  council     a whole council-owned row asks for a pass first  (request only; CouncilGate)
 *   3. values      every stored value fits its field                (steps/values.ts)
 *   4. transact    one doc.transact with the session's origin,
 *                  all or nothing, with its undo-focus named        (steps/transaction.ts)
 *
 * A refusal or failure becomes a Dutch notice (unless the caller says it tells the user
 * itself) and an `{ ok: false, reason }` outcome; nothing is ever half written.
 */
import type * as Y from 'yjs';
import type { EditOrigin } from '../../shared/doc/index.ts';
import type { Right } from '../../shared/auth/roles.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import type { CouncilWriteContext } from '../council/council-write.ts';
import type { Action, Outcome } from './action.ts';
import { refusedByRights } from './steps/rights.ts';
import { transact } from './steps/transaction.ts';
import { refusedValue } from './steps/values.ts';
import type { UndoFocus } from './undo-focus.ts';

/** The council lock as the dispatcher needs it (CouncilGate on a page). */
interface CouncilStep {
  rowsLocked(kind: EntityKind): boolean;
  ask(kind: EntityKind, rowId: string, place: string): Promise<boolean>;
  endEdit(): void;
  writeContext(author: { id: string; name: string }): CouncilWriteContext;
}

export interface DispatchHost {
  doc: Y.Doc;
  origin: EditOrigin;
  undoManager: Y.UndoManager;
  undoFocus: UndoFocus;
  author: { id: string; name: string };
  rights(): ReadonlySet<Right>;
  council: CouncilStep;
  notify(message: string): void;
}

export interface RunOptions {
  /** The caller tells the user itself (with the reason from the outcome). */
  quiet?: boolean;
}

/** The outcome of an action the user cancelled at the council's question. */
const CANCELLED = 'Geannuleerd: er is niets gewijzigd.';

export class Dispatcher {
  constructor(private readonly host: DispatchHost) {}

  /** Steps 1 to 4 at once. A council-owned field's pass must have been given when its edit started. */
  run<Args, Result>(action: Action<Args, Result>, args: Args, options: RunOptions = {}): Outcome<Result> {
    const refused = this.refusal(action, args);
    if (refused) return this.refuse(refused, options);
    try {
      const { doc, origin, undoManager, undoFocus, council, author } = this.host;
      const result = transact({ doc, origin, council: council.writeContext(author) }, undoManager, undoFocus, action, args);
      return { ok: true, result };
    } catch (error) {
      return this.refuse(error instanceof Error ? error.message : 'De wijziging kon niet worden opgeslagen.', options);
    }
  }

  /**
   * Like `run`, but first asks for a council pass when the action changes a whole council-owned
   * row after adoption; the pass ends with the action.
   */
  async request<Args, Result>(action: Action<Args, Result>, args: Args, options: RunOptions = {}): Promise<Outcome<Result>> {
    const refused = this.refusal(action, args);
    if (refused) return this.refuse(refused, options);
    const { council } = this.host;
    const question = action.councilQuestion?.(args) ?? null;
    if (question && council.rowsLocked(question.kind) && !(await council.ask(question.kind, question.rowId, question.place))) {
      return { ok: false, reason: CANCELLED };
    }
    try {
      return this.run(action, args, options);
    } finally {
      council.endEdit();
    }
  }

  /** Whether the action may run now (rights and its own check), for buttons and menus. */
  enabled<Args>(action: Action<Args, unknown>, args: Args): true | string {
    return refusedByRights(action, this.host.rights()) ?? (action.enabled?.(args) ?? true);
  }

  private refusal<Args>(action: Action<Args, unknown>, args: Args): string | null {
    const enabled = this.enabled(action, args);
    if (enabled !== true) return enabled;
    return refusedValue(action.writes?.(args) ?? []);
  }

  private refuse(reason: string, options: RunOptions): { ok: false; reason: string } {
    if (!options.quiet) this.host.notify(reason);
    return { ok: false, reason };
  }
}
