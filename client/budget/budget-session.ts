/**
 * One open budget plan: a document session (client/doc-session/) with the features a budget
 * page attaches, each owning its cleanup: this user's undo history, presence, the plan and
 * its live totals, live finance validation, and the programmes its links point at. Every
 * change goes through `actions` (client/actions/dispatcher.ts) under this user's origin.
 * Budget plans have no council lock: the dispatcher's council step is a gate that is never shut.
 */
import type { Right } from '../../shared/auth/roles.ts';
import { budgetUndoScope } from '../../shared/doc/budget/index.ts';
import { userOrigin, type EditOrigin } from '../../shared/doc/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import type { Programme } from '../../shared/model/types.ts';
import type { CellRef } from '../actions/action.ts';
import { Dispatcher } from '../actions/dispatcher.ts';
import { fetchOtherProgrammes } from '../app/api.ts';
import type { Identity } from '../app/identity.ts';
import { DocumentSession } from '../doc-session/document-session.ts';
import { UndoHistory } from '../doc-session/undo-history.ts';
import { NoticeBoard } from '../programme/notice-board.ts';
import { OwnPresence } from '../programme/own-presence.ts';
import { Store } from '../programme/store.ts';
import { BudgetFeed } from './budget-feed.ts';
import { LiveBudgetValidation } from './budget-validation.ts';

const OPEN_GATE = {
  rowsLocked: () => false,
  ask: () => Promise.resolve(true),
  endEdit: () => {},
  writeContext: (author: { id: string; name: string }) => ({ locked: false, pass: null, author, now: () => new Date().toISOString() }),
};

export class BudgetSession {
  readonly document: DocumentSession;
  readonly origin: EditOrigin;
  readonly history: UndoHistory;
  readonly presence: OwnPresence;
  readonly feed: BudgetFeed;
  readonly validation: LiveBudgetValidation;
  readonly actions: Dispatcher;
  /** The programmes this user can read, for the links (null while loading). */
  readonly programmes = new Store<readonly Programme[] | null>(null);
  private readonly board = new NoticeBoard();
  readonly notices = this.board.notices;
  readonly notify = this.board.notify;
  readonly dismiss = this.board.dismiss;
  readonly confirm = this.board.confirm;
  readonly confirmRequest = this.board.confirmRequest;
  /** Grows when the server says this user's roles changed: the page then learns them anew. */
  readonly rightsChanged = new Store(0);
  /** A cell that should take keyboard focus once rendered (after add, undo, a finding). */
  readonly focusRequest = new Store<CellRef | null>(null);

  constructor(
    readonly documentId: string,
    readonly identity: Identity,
    readonly rights: ReadonlySet<Right>,
  ) {
    this.document = new DocumentSession(documentId, {
      onServerClose: (code) => {
        if (code === CLOSE.rightsChanged.code) this.rightsChanged.set(this.rightsChanged.get() + 1);
      },
    });
    const live = this.document;
    this.origin = userOrigin(identity.id, identity.name);
    this.history = live.attach(new UndoHistory(live.doc, this.origin, budgetUndoScope(live.doc), () => this.cellNow()));
    this.presence = live.attach(new OwnPresence(live.provider.awareness, identity));
    this.feed = live.attach(new BudgetFeed(live.doc));
    this.validation = live.attach(new LiveBudgetValidation(this.feed));
    const loading = new AbortController();
    live.own(() => loading.abort());
    fetchOtherProgrammes(documentId, loading.signal).then(
      (list) => {
        this.programmes.set(list);
        this.validation.setProgrammes(list);
      },
      () => this.programmes.set([]), // links name rows by id only; the link checks stay silent
    );
    this.actions = new Dispatcher({
      doc: live.doc,
      origin: this.origin,
      undoManager: this.history.undoManager,
      undoFocus: this.history.undoFocus,
      author: { id: identity.id, name: identity.name },
      rights: () => this.rights,
      council: OPEN_GATE,
      notify: (message) => this.notify(message),
    });
  }

  destroy(): void {
    this.document.destroy();
  }

  requestFocus(cell: CellRef | null): void {
    this.focusRequest.set(cell);
  }

  undo(): void {
    const focus = this.history.undo();
    if (focus) this.requestFocus(focus);
  }

  redo(): void {
    const focus = this.history.redo();
    if (focus) this.requestFocus(focus);
  }

  private cellNow(): CellRef | null {
    const focus = this.presence?.current;
    return focus ? { rowId: focus.rowId, colId: focus.colId } : null;
  }
}
