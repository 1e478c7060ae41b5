/**
 * Closes the open sockets of ended sessions with 4401, so their pages show "sign in again" at
 * once: on this process and, with KOERS_REDIS_URL, on every other one.
 */
import { CLOSE } from '../../shared/protocol.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';

export function closeSocketsOf(registry: Pick<RoomRegistry, 'dropSelected'>, sessionIds: readonly string[], detail: string): number {
  if (sessionIds.length === 0) return 0;
  return registry.dropSelected({ sessions: [...sessionIds] }, CLOSE.notSignedIn, detail);
}
