/**
 * What this user may do in the open programme, from their roles, and a signal that they may
 * have changed. The server enforces the rights; the screen uses them to offer only what will be
 * kept.
 */
import type { WebsocketProvider } from 'y-websocket';
import type { Right } from '../../shared/auth/roles.ts';
import type { Feature } from '../doc-session/document-session.ts';
import { Store } from './store.ts';

export class RightsWatch implements Feature {
  /** Updated in place when the roles change during the session. */
  readonly rights: Store<ReadonlySet<Right>>;
  /**
   * Bumped when the roles may have changed, so the page asks who it is again: a "rights changed"
   * close (4001), and every reconnect, because a change made while the socket was down closes
   * nothing and would otherwise go unnoticed until a reload.
   */
  readonly changed = new Store(0);
  private connectedBefore = false;

  constructor(
    rights: ReadonlySet<Right>,
    private readonly provider: WebsocketProvider,
  ) {
    this.rights = new Store(rights);
    provider.on('status', this.onStatus);
  }

  /** The server closed the socket because the roles changed. */
  bump(): void {
    this.changed.set(this.changed.get() + 1);
  }

  /** Replaces the rights after a role change; equal sets keep the old object (no re-render). */
  set(next: ReadonlySet<Right>): void {
    const current = this.rights.get();
    if (current.size === next.size && [...next].every((r) => current.has(r))) return;
    this.rights.set(next);
  }

  destroy(): void {
    this.provider.off('status', this.onStatus);
  }

  private readonly onStatus = ({ status }: { status: string }) => {
    if (status !== 'connected') return;
    if (this.connectedBefore) this.bump();
    this.connectedBefore = true;
  };
}
