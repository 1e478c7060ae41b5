/**
 * The `user` of an awareness state comes from the session, never from the socket: otherwise a
 * lezer or a guest could show up under the beheerder's name. The colour stays the client's own
 * choice as long as it is one of the palette's (the client moves to a free colour when a
 * colleague has the same one), and falls back to the colour derived from the id otherwise.
 */
import { colorFor, PRESENCE_COLORS } from '../../shared/presence-colours.ts';
import type { Principal } from '../auth/principal.ts';

const PALETTE: ReadonlySet<string> = new Set(PRESENCE_COLORS);

/** The state as others will see it; `state` is the parsed JSON a socket announced (not null). */
export function stampPresence(state: unknown, principal: Pick<Principal, 'id' | 'name'>): Record<string, unknown> {
  const own = state !== null && typeof state === 'object' && !Array.isArray(state) ? (state as Record<string, unknown>) : {};
  const claimed = own.user !== null && typeof own.user === 'object' ? (own.user as Record<string, unknown>).color : undefined;
  const color = typeof claimed === 'string' && PALETTE.has(claimed) ? claimed : colorFor(principal.id);
  return { ...own, user: { id: principal.id, name: principal.name, color } };
}
