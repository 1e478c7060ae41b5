/**
 * After someone's roles changed: each of their open sockets is decided again. No access any
 * more: closed with 4403 (permanent). A different access: closed with 4001, and the client
 * reconnects with the new one. Unchanged: left alone, so a new role elsewhere costs nothing.
 */
import type { SignedInUser } from '../../shared/auth/me.ts';
import { CLOSE } from '../../shared/protocol.ts';
import type { AccessDecider } from './access.ts';
import type { Connection } from './connection.ts';
import type { Room } from './room.ts';
import type { RoomRegistry } from './room-registry.ts';

export function recheckUserSockets(
  registry: Pick<RoomRegistry, 'dropWhere'>,
  decideAccess: AccessDecider,
  user: SignedInUser,
): { forbidden: number; changed: number } {
  const decision = (conn: Connection, room: Room) =>
    conn.principal.kind === 'user' && conn.principal.id === user.id ? decideAccess({ ...user, sessionId: conn.principal.sessionId }, room.id) : null;
  const forbidden = registry.dropWhere(
    (conn, room) => {
      const d = decision(conn, room);
      return d !== null && 'close' in d;
    },
    CLOSE.forbidden,
    'rights withdrawn',
  );
  const changed = registry.dropWhere(
    (conn, room) => {
      const d = decision(conn, room);
      return d !== null && 'access' in d && d.access !== conn.access;
    },
    CLOSE.rightsChanged,
    'rights changed',
  );
  return { forbidden, changed };
}
