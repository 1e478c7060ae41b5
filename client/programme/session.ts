/**
 * One open programme: a document session (client/doc-session/: doc, provider, connection) with
 * the features a programme page attaches to it, each owning its cleanup: this user's undo
 * history, presence, the programme and its notes as plain data, live validation, versions and
 * the council lock, clash notices and rights. Every change of table content goes through
 * `actions` (client/actions/dispatcher.ts) under this user's origin, so undo only ever touches
 * their own changes.
 */
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { undoScope, userOrigin, type EditOrigin } from '../../shared/doc/index.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import type { Right } from '../../shared/auth/roles.ts';
import { CLOSE } from '../../shared/protocol.ts';
import type { Identity } from '../app/identity.ts';
import { fetchOtherProgrammes } from '../app/api.ts';
import type { CellRef } from '../actions/action.ts';
import { LiveProgress } from '../monitoring/live-progress.ts';
import { LiveCosts } from '../budget/live-costs.ts';
import { Dispatcher } from '../actions/dispatcher.ts';
import { DocumentSession } from '../doc-session/document-session.ts';
import { UndoHistory } from '../doc-session/undo-history.ts';
import { ClashTracker } from '../clash/clash-tracker.ts';
import { CouncilGate } from '../council/council-gate.ts';
import { VersionList, adoptedVersion } from '../history/version-list.ts';
import { LiveValidation } from '../validation/live-validation.ts';
import { NoteFeed } from './note-feed.ts';
import { NoticeBoard } from './notice-board.ts';
import { OwnPresence, type LocalFocus } from './own-presence.ts';
import { ProgrammeFeed } from './programme-feed.ts';
import { RightsWatch } from './rights-watch.ts';
import { Store } from './store.ts';

export type { CellRef } from '../actions/action.ts';
export { HEADING_FOCUS } from '../actions/section-changes.ts';
export type { LocalFocus } from './own-presence.ts';
export type { Notice, ConfirmRequest } from './notice-board.ts';

/**
 * A place that should take keyboard focus once rendered; `edit` opens a text's editor there;
 * `reveal` only scrolls it into view (the search keeps the keyboard in its own field).
 */
export interface FocusRequest extends CellRef {
  edit?: boolean;
  reveal?: boolean;
}

/** The cell the side panels are about: the last one the keyboard or pointer was on. */
export interface FocusedCell extends CellRef {
  kind: EntityKind;
}

export class Session {
  readonly document: DocumentSession;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly origin: EditOrigin;
  readonly history: UndoHistory;
  /** The one way this page changes the document (client/actions/). */
  readonly actions: Dispatcher;
  readonly presence: OwnPresence;
  readonly feed: ProgrammeFeed;
  readonly notes: NoteFeed;
  /** Findings of the shared validation engine, kept up to date on every change. */
  readonly validation: LiveValidation;
  /** Progress per indicator (op koers / risico / achter / onbekend), kept up to date on every change. */
  readonly progress: LiveProgress;
  /** What the budget plans pay for per row, kept up to date as the plans change. */
  readonly costs: LiveCosts;
  /** Frozen versions (on the server) and the council lock that follows from them. */
  readonly versions: VersionList;
  readonly council: CouncilGate;
  /** Cells where a colleague's write replaced this officer's a moment after it. */
  readonly clashes: ClashTracker;
  private readonly rightsWatch: RightsWatch;

  private readonly board = new NoticeBoard();
  readonly notices = this.board.notices;
  readonly confirmRequest = this.board.confirmRequest;
  readonly notify = this.board.notify;
  readonly dismiss = this.board.dismiss;
  readonly confirm = this.board.confirm;
  /** A cell that should take keyboard focus once it is rendered (after add, move, undo). */
  readonly focusRequest = new Store<FocusRequest | null>(null);
  readonly focusedCell = new Store<FocusedCell | null>(null);

  constructor(
    readonly documentId: string,
    readonly identity: Identity,
    rights: ReadonlySet<Right>,
  ) {
    this.document = new DocumentSession(documentId, {
      onServerClose: (code) => {
        if (code === CLOSE.rightsChanged.code) this.rightsWatch.bump();
      },
    });
    const live = this.document;
    this.doc = live.doc;
    this.provider = live.provider;
    this.origin = userOrigin(identity.id, identity.name);
    this.history = live.attach(new UndoHistory(this.doc, this.origin, undoScope(this.doc), () => this.cellNow()));
    this.presence = live.attach(new OwnPresence(this.provider.awareness, identity));
    this.feed = live.attach(new ProgrammeFeed(this.doc, this.provider));
    this.notes = live.attach(new NoteFeed(this.doc));
    this.validation = live.attach(new LiveValidation(this.doc, this.feed.programme));
    this.progress = live.attach(new LiveProgress(this.feed));
    this.costs = live.attach(new LiveCosts(documentId, this.feed.programme));
    this.versions = live.attach(new VersionList(documentId, this.doc));
    this.council = new CouncilGate(this.versions);
    live.own(this.versions.versions.subscribe(() => this.followAdoptedVersion()));
    this.followAdoptedVersion();
    this.clashes = live.attach(new ClashTracker(this.doc, this.origin, this.provider.awareness));
    this.rightsWatch = live.attach(new RightsWatch(rights, this.provider));
    const others = new AbortController();
    live.own(() => others.abort());
    fetchOtherProgrammes(documentId, others.signal).then(
      (list) => this.validation.setOtherProgrammes(list),
      () => {}, // cross-programme rules stay silent; the page itself works
    );
    this.actions = new Dispatcher({
      doc: this.doc,
      origin: this.origin,
      undoManager: this.history.undoManager,
      undoFocus: this.history.undoFocus,
      author: this.requester,
      rights: () => this.rights.get(),
      council: this.council,
      notify: (message) => this.notify(message),
    });
  }

  destroy(): void {
    this.document.destroy();
  }

  // ---- what the page reads (the features' stores) -----------------------------------------

  get programme() {
    return this.feed.programme;
  }
  get synced() {
    return this.document.synced;
  }
  get connection() {
    return this.document.connection;
  }
  get peers() {
    return this.presence.peers;
  }
  get selfColor() {
    return this.presence.selfColor;
  }
  get undoManager() {
    return this.history.undoManager;
  }
  get undoState() {
    return this.history.state;
  }
  get comments() {
    return this.notes.comments;
  }
  get changeRequests() {
    return this.notes.changeRequests;
  }
  /** What this user may do here, from their roles (see RightsWatch). */
  get rights() {
    return this.rightsWatch.rights;
  }
  get rightsChanged() {
    return this.rightsWatch.changed;
  }

  /** Replaces the rights after a role change; equal sets keep the old object (no re-render). */
  setRights(next: ReadonlySet<Right>): void {
    this.rightsWatch.set(next);
  }

  /** Who writes, for the notes a council-owned edit leaves (change requests). */
  get requester(): { id: string; name: string } {
    return { id: this.identity.id, name: this.identity.name };
  }

  /** Hands the newest raad-vastgesteld version to live validation (V37). */
  private followAdoptedVersion(): void {
    const adopted = adoptedVersion(this.versions.versions.get());
    if (!adopted) return this.validation.setAdopted(null);
    this.versions.programmeOf(adopted.id).then(
      (programme) => this.validation.setAdopted({ versionId: adopted.id, programme }),
      () => {}, // not loadable now: V37 stays silent, the lock itself still holds
    );
  }

  // ---- focus -----------------------------------------------------------------------------

  /** The panels follow the cell the officer is on (kept while they type in a panel). */
  setFocusedCell(cell: FocusedCell): void {
    const prev = this.focusedCell.get();
    if (prev && prev.kind === cell.kind && prev.rowId === cell.rowId && prev.colId === cell.colId) return;
    this.focusedCell.set(cell);
  }

  setFocus(focus: LocalFocus | null): void {
    this.presence.setFocus(focus);
  }

  /** Clears `editing` but keeps the cell (after an edit ends). */
  setEditing(editing: boolean): void {
    this.presence.setEditing(editing);
  }

  get currentFocus(): LocalFocus | null {
    return this.presence.current;
  }

  private cellNow(): CellRef | null {
    const focus = this.presence?.current;
    return focus ? { rowId: focus.rowId, colId: focus.colId } : null;
  }

  requestFocus(cell: FocusRequest | null): void {
    this.focusRequest.set(cell ? { ...cell } : null);
  }

  // ---- undo ------------------------------------------------------------------------------

  /** Undoes this user's last change; `moveFocus` puts the keyboard on the cell it touched. */
  undo(moveFocus = true): void {
    const focus = this.history.undo();
    if (focus && moveFocus) this.requestFocus(focus);
  }

  redo(moveFocus = true): void {
    const focus = this.history.redo();
    if (focus && moveFocus) this.requestFocus(focus);
  }
}
