/**
 * One open programme: the Y.Doc, its WebsocketProvider, this user's origin and undo
 * manager, and small stores the React tree reads (programme, connection, presence, undo).
 * Every change of table content goes through `actions` (client/actions/dispatcher.ts) under the
 * session's origin, so undo only ever touches this user's own changes.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import {
  isEmptyProgramme,
  observeProgramme,
  readChangeRequests,
  readComments,
  readProgramme,
  undoScope,
  userOrigin,
  type Comment,
  type EditOrigin,
  type NoteKind,
  type StoredChangeRequest,
} from '../../shared/doc/index.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import type { Programme } from '../../shared/model/types.ts';
import type { Right } from '../../shared/auth/roles.ts';
import type { Identity } from '../app/identity.ts';
import { NoticeBoard } from './notice-board.ts';
import { Store, share } from './store.ts';
import { watchConnection, type ConnectionState } from './connection-state.ts';
import { colourAfterClash, readPeers, type Peer } from './presence.ts';
import { LiveValidation } from '../validation/live-validation.ts';
import { ClashTracker } from '../clash/clash-tracker.ts';
import { CouncilGate } from '../council/council-gate.ts';
import { Dispatcher } from '../actions/dispatcher.ts';
import { UndoFocus } from '../actions/undo-focus.ts';
import type { CellRef } from '../actions/action.ts';
import { VersionList, adoptedVersion } from '../history/version-list.ts';
import { fetchOtherProgrammes } from '../app/api.ts';
import { CLOSE } from '../../shared/protocol.ts';

export type { CellRef } from '../actions/action.ts';
export { HEADING_FOCUS } from '../actions/section-changes.ts';

/** A place that should take keyboard focus once rendered; `edit` opens a text's editor there. */
export interface FocusRequest extends CellRef {
  edit?: boolean;
}

export interface LocalFocus extends CellRef {
  editing: boolean;
}

/** The cell the side panels are about: the last one the keyboard or pointer was on. */
export interface FocusedCell extends CellRef {
  kind: EntityKind;
}

export type { Notice, ConfirmRequest } from './notice-board.ts';

export function syncUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${protocol}://${window.location.host}/sync`;
}

export class Session {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly origin: EditOrigin;
  readonly undoManager: Y.UndoManager;
  /** Where the keyboard goes after undo and redo of each step. */
  readonly undoFocus: UndoFocus;
  /** The one way this page changes the document (client/actions/). */
  readonly actions: Dispatcher;

  readonly programme = new Store<Programme | null>(null);
  readonly synced = new Store(false);
  readonly connection = new Store<ConnectionState>({ kind: 'connecting' });
  readonly peers = new Store<Peer[]>([]);
  /** This user's presence colour; changes when a colleague who was here first has the same one. */
  readonly selfColor: Store<string>;
  readonly undoState = new Store({ canUndo: false, canRedo: false });
  private readonly board = new NoticeBoard();
  readonly notices = this.board.notices;
  readonly confirmRequest = this.board.confirmRequest;
  readonly notify = this.board.notify;
  readonly dismiss = this.board.dismiss;
  readonly confirm = this.board.confirm;
  readonly run = this.board.run;
  /** A cell that should take keyboard focus once it is rendered (after add, move, undo). */
  readonly focusRequest = new Store<FocusRequest | null>(null);
  /** Findings of the shared validation engine, kept up to date on every change. */
  readonly validation: LiveValidation;
  readonly focusedCell = new Store<FocusedCell | null>(null);
  /** Comment threads and change requests: notes in the shared document, live for everyone. */
  readonly comments = new Store<Comment[]>([]);
  readonly changeRequests = new Store<StoredChangeRequest[]>([]);
  /** Frozen versions (on the server) and the council lock that follows from them. */
  readonly versions: VersionList;
  readonly council: CouncilGate;
  /** Cells where a colleague's write replaced this officer's a moment after it. */
  readonly clashes: ClashTracker;
  /**
   * What this user may do here, from their roles. The server enforces it; the screen uses it to
   * offer only what will be kept. Updated in place when the roles change during the session.
   */
  readonly rights: Store<ReadonlySet<Right>>;
  /**
   * Bumped when the roles may have changed, so the page asks who it is again: a "rights changed"
   * close (4001), and every reconnect, because a change made while the socket was down closes
   * nothing and would otherwise go unnoticed until a reload.
   */
  readonly rightsChanged = new Store(0);

  private focus: LocalFocus | null = null;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    readonly documentId: string,
    readonly identity: Identity,
    rights: ReadonlySet<Right>,
  ) {
    this.rights = new Store(rights);
    this.origin = userOrigin(identity.id, identity.name);
    this.selfColor = new Store(identity.color);
    this.undoManager = new Y.UndoManager(undoScope(this.doc), {
      trackedOrigins: new Set([this.origin]),
      captureTimeout: 0,
    });
    this.undoFocus = new UndoFocus(this.undoManager, () => (this.focus ? { rowId: this.focus.rowId, colId: this.focus.colId } : null));
    this.provider = new WebsocketProvider(syncUrl(), documentId, this.doc);
    this.provider.awareness.setLocalStateField('user', {
      id: identity.id,
      name: identity.name,
      color: identity.color,
    });
    this.provider.awareness.setLocalStateField('focus', null);

    this.watchProgramme();
    this.watchNotes();
    this.validation = new LiveValidation(this.doc, this.programme);
    this.cleanups.push(() => this.validation.destroy());
    this.versions = new VersionList(documentId, this.doc);
    this.cleanups.push(() => this.versions.destroy());
    this.council = new CouncilGate(this.versions);
    this.cleanups.push(this.versions.versions.subscribe(() => this.followAdoptedVersion()));
    this.followAdoptedVersion();
    this.clashes = new ClashTracker(this.doc, this.origin, this.provider.awareness);
    this.cleanups.push(() => this.clashes.destroy());
    const others = new AbortController();
    this.cleanups.push(() => others.abort());
    fetchOtherProgrammes(documentId, others.signal).then(
      (list) => this.validation.setOtherProgrammes(list),
      () => {}, // cross-programme rules stay silent; the page itself works
    );
    const bumpRights = () => this.rightsChanged.set(this.rightsChanged.get() + 1);
    this.cleanups.push(
      watchConnection(this.provider, this.connection, (code) => {
        if (code === CLOSE.rightsChanged.code) bumpRights();
      }),
    );
    let connectedBefore = false;
    const onStatus = ({ status }: { status: string }) => {
      if (status !== 'connected') return;
      if (connectedBefore) bumpRights();
      connectedBefore = true;
    };
    this.provider.on('status', onStatus);
    this.cleanups.push(() => this.provider.off('status', onStatus));
    this.watchPresence();
    this.watchUndo();
    this.actions = new Dispatcher({
      doc: this.doc,
      origin: this.origin,
      undoManager: this.undoManager,
      undoFocus: this.undoFocus,
      author: this.requester,
      rights: () => this.rights.get(),
      council: this.council,
      notify: (message) => this.notify(message),
    });
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

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.undoFocus.destroy();
    this.undoManager.destroy();
    this.provider.destroy();
    this.doc.destroy();
  }

  // ---- programme -------------------------------------------------------------------------

  private watchProgramme(): void {
    let scheduled = false;
    const refresh = () => {
      scheduled = false;
      if (isEmptyProgramme(this.doc)) return;
      this.programme.set(share(this.programme.get(), readProgramme(this.doc)));
    };
    // Coalesce bursts (sync step 2, several remote updates) into one re-read per task.
    const stop = observeProgramme(this.doc, () => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(refresh);
    });
    this.cleanups.push(stop);
    const onSync = (synced: boolean) => {
      this.synced.set(synced || this.synced.get());
      if (synced) refresh();
    };
    this.provider.on('sync', onSync);
    this.cleanups.push(() => this.provider.off('sync', onSync));
  }

  private watchNotes(): void {
    const pending = new Set<NoteKind>();
    const refresh = () => {
      if (pending.has('comment')) this.comments.set(share(this.comments.get(), readComments(this.doc)));
      if (pending.has('changeRequest')) this.changeRequests.set(share(this.changeRequests.get(), readChangeRequests(this.doc)));
      pending.clear();
    };
    this.cleanups.push(
      observeProgramme(this.doc, (change) => {
        if (change.notesChanged.size === 0) return;
        if (pending.size === 0) queueMicrotask(refresh);
        for (const kind of change.notesChanged) pending.add(kind);
      }),
    );
  }

  /** Who writes, for the notes a council-owned edit leaves (change requests). */
  get requester(): { id: string; name: string } {
    return { id: this.identity.id, name: this.identity.name };
  }

  /** Replaces the rights after a role change; equal sets keep the old object (no re-render). */
  setRights(next: ReadonlySet<Right>): void {
    const current = this.rights.get();
    if (current.size === next.size && [...next].every((r) => current.has(r))) return;
    this.rights.set(next);
  }

  // ---- presence --------------------------------------------------------------------------

  private watchPresence(): void {
    const awareness = this.provider.awareness;
    const onChange = () => {
      const peers = readPeers(awareness);
      this.peers.set(share(this.peers.get(), peers));
      this.avoidColourClash(peers);
    };
    awareness.on('change', onChange);
    this.cleanups.push(() => awareness.off('change', onChange));
    onChange();
  }

  private avoidColourClash(peers: readonly Peer[]): void {
    const awareness = this.provider.awareness;
    const free = colourAfterClash(peers, { id: this.identity.id, clientId: awareness.clientID, color: this.selfColor.get() });
    if (!free) return;
    this.selfColor.set(free);
    awareness.setLocalStateField('user', { id: this.identity.id, name: this.identity.name, color: free });
  }

  /** The panels follow the cell the officer is on (kept while they type in a panel). */
  setFocusedCell(cell: FocusedCell): void {
    const prev = this.focusedCell.get();
    if (prev && prev.kind === cell.kind && prev.rowId === cell.rowId && prev.colId === cell.colId) return;
    this.focusedCell.set(cell);
  }

  setFocus(focus: LocalFocus | null): void {
    const prev = this.focus;
    if (
      prev === focus ||
      (prev && focus && prev.rowId === focus.rowId && prev.colId === focus.colId && prev.editing === focus.editing)
    ) {
      return;
    }
    this.focus = focus;
    this.provider.awareness.setLocalStateField('focus', focus);
  }

  /** Clears `editing` but keeps the cell (after an edit ends). */
  setEditing(editing: boolean): void {
    if (this.focus) this.setFocus({ ...this.focus, editing });
  }

  get currentFocus(): LocalFocus | null {
    return this.focus;
  }

  requestFocus(cell: FocusRequest | null): void {
    this.focusRequest.set(cell ? { ...cell } : null);
  }

  // ---- undo ------------------------------------------------------------------------------

  private watchUndo(): void {
    const um = this.undoManager;
    const refresh = () =>
      this.undoState.set(
        share(this.undoState.get(), { canUndo: um.undoStack.length > 0, canRedo: um.redoStack.length > 0 }),
      );
    // The undo focus (UndoFocus) has named the new step's place before this runs: it listened first.
    um.on('stack-item-added', refresh);
    um.on('stack-item-popped', refresh);
    um.on('stack-cleared', refresh);
    this.cleanups.push(() => {
      um.off('stack-item-added', refresh);
      um.off('stack-item-popped', refresh);
      um.off('stack-cleared', refresh);
    });
  }

  /** Undoes this user's last change; `moveFocus` puts the keyboard on the cell it touched. */
  undo(moveFocus = true): void {
    const focus = this.undoFocus.undo();
    if (focus && moveFocus) this.requestFocus(focus);
  }

  redo(moveFocus = true): void {
    const focus = this.undoFocus.redo();
    if (focus && moveFocus) this.requestFocus(focus);
  }
}
