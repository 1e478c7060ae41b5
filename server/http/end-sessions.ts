/** Closes the open sockets of ended sessions with 4401, so their pages show "sign in again" at once. */
import { CLOSE } from '../../shared/protocol.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';

export function closeSocketsOf(registry: Pick<RoomRegistry, 'dropWhere'>, sessionIds: readonly string[], detail: string): number {
  if (sessionIds.length === 0) return 0;
  const ended = new Set(sessionIds);
  return registry.dropWhere((conn) => ended.has(conn.principal.sessionId), CLOSE.notSignedIn, detail);
}
