/**
 * Presence in a programme: colleagues on the page (peers) and this user's own cursor and
 * colour in the awareness state. Changes the own colour when a colleague who was here first
 * has the same one.
 */
import type { Awareness } from 'y-protocols/awareness';
import type { Identity } from '../app/identity.ts';
import type { Feature } from '../doc-session/document-session.ts';
import { colourAfterClash, readPeers, type Peer } from './presence.ts';
import { Store, share } from './store.ts';

export interface LocalFocus {
  rowId: string;
  colId: string;
  editing: boolean;
}

export class OwnPresence implements Feature {
  readonly peers = new Store<Peer[]>([]);
  /** This user's presence colour; changes when a colleague who was here first has the same one. */
  readonly selfColor: Store<string>;
  private focus: LocalFocus | null = null;

  constructor(
    private readonly awareness: Awareness,
    private readonly identity: Identity,
  ) {
    this.selfColor = new Store(identity.color);
    awareness.setLocalStateField('user', { id: identity.id, name: identity.name, color: identity.color });
    awareness.setLocalStateField('focus', null);
    awareness.on('change', this.onChange);
    this.onChange();
  }

  destroy(): void {
    this.awareness.off('change', this.onChange);
  }

  private readonly onChange = () => {
    const peers = readPeers(this.awareness);
    this.peers.set(share(this.peers.get(), peers));
    const free = colourAfterClash(peers, { id: this.identity.id, clientId: this.awareness.clientID, color: this.selfColor.get() });
    if (!free) return;
    this.selfColor.set(free);
    this.awareness.setLocalStateField('user', { id: this.identity.id, name: this.identity.name, color: free });
  };

  setFocus(focus: LocalFocus | null): void {
    const prev = this.focus;
    if (
      prev === focus ||
      (prev && focus && prev.rowId === focus.rowId && prev.colId === focus.colId && prev.editing === focus.editing)
    ) {
      return;
    }
    this.focus = focus;
    this.awareness.setLocalStateField('focus', focus);
  }

  /** Clears `editing` but keeps the cell (after an edit ends). */
  setEditing(editing: boolean): void {
    if (this.focus) this.setFocus({ ...this.focus, editing });
  }

  get current(): LocalFocus | null {
    return this.focus;
  }
}
