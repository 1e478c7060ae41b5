/**
 * Who made a change: always the verified identity, never what a client says about itself.
 * A connection is attributed to the principal of its session (checked at the upgrade), a
 * request to the principal requireSession put on it. Awareness names and the old
 * X-Koers-User-* headers are ignored.
 */
import type { EditOrigin } from '../../shared/doc/index.ts';
import type { Principal } from '../auth/principal.ts';
import type { Connection } from '../sync/connection.ts';

export interface Author {
  id: string;
  name: string;
}

const UNKNOWN_AUTHOR: Author = { id: 'onbekend', name: 'Onbekende gebruiker' };

const MAX_IDENTITY_LENGTH = 200;

export function authorOfConnection(conn: Connection): Author {
  return authorOfPrincipal(conn.principal);
}

export function authorOfPrincipal(principal: Principal | undefined): Author {
  if (!principal) return UNKNOWN_AUTHOR;
  return asAuthor({ id: principal.id, name: principal.name }) ?? UNKNOWN_AUTHOR;
}

export function authorOfOrigin(origin: EditOrigin): Author {
  return asAuthor({ id: origin.userId, name: origin.userName }) ?? UNKNOWN_AUTHOR;
}

function asAuthor(value: { id: unknown; name: unknown }): Author | null {
  const { id, name } = value;
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_IDENTITY_LENGTH) return null;
  const shown = typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, MAX_IDENTITY_LENGTH) : id;
  return { id, name: shown };
}
