/**
 * What this process does with another process's announcement (peer-events.ts): close its own
 * sockets that the selector picks, or decide a user's sockets again after their grants changed.
 * Never announced again: the origin announced it to everyone.
 */
import type { SignedInUser } from '../../../shared/auth/me.ts';
import type { AccessDecider } from '../access.ts';
import { recheckUserSockets } from '../recheck-access.ts';
import type { RoomRegistry } from '../room-registry.ts';
import { closeOfCode, selects, type PeerEvent } from './peer-events.ts';

export function peerEventHandler({
  registry,
  decideAccess,
  userById,
}: {
  registry: Pick<RoomRegistry, 'dropWhere'>;
  decideAccess: AccessDecider;
  /** Read fresh from the shared account storage. */
  userById: (userId: string) => SignedInUser | undefined;
}): (event: PeerEvent) => void {
  return (event) => {
    if (event.type === 'drop') {
      registry.dropWhere((conn, room) => selects(event.selector, conn, room.id), closeOfCode(event.code), `${event.detail} (on another process)`);
      return;
    }
    const user = userById(event.userId);
    if (user) recheckUserSockets(registry, decideAccess, user);
  };
}
