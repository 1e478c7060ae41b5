/**
 * Who made a change. There are no accounts yet: a connection is attributed to the `user`
 * ({ id, name }) it published in awareness, a request to the X-Koers-User-* headers the
 * client sends. Sign-in will replace both with the verified identity; these functions are
 * the only places that will need to change.
 */
import type { Awareness } from 'y-protocols/awareness';
import type { EditOrigin } from '../../shared/doc/index.ts';
import type { Connection } from '../sync/connection.ts';

export interface Author {
  id: string;
  name: string;
}

export const UNKNOWN_AUTHOR: Author = { id: 'onbekend', name: 'Onbekende gebruiker' };

export const USER_ID_HEADER = 'x-koers-user-id';
/** URI-encoded, so names like "Jeroen Dĳkstra" survive HTTP's Latin-1 headers. */
export const USER_NAME_HEADER = 'x-koers-user-name';

const MAX_IDENTITY_LENGTH = 200;

export function authorOfConnection(awareness: Awareness, conn: Connection): Author {
  for (const clientId of conn.awarenessClients) {
    const user = (awareness.getStates().get(clientId) as { user?: unknown } | undefined)?.user;
    const author = asAuthor(user);
    if (author) return author;
  }
  return UNKNOWN_AUTHOR;
}

export function authorOfOrigin(origin: EditOrigin): Author {
  return asAuthor({ id: origin.userId, name: origin.userName }) ?? UNKNOWN_AUTHOR;
}

export function authorOfRequest(header: (name: string) => string | undefined): Author {
  let name = header(USER_NAME_HEADER);
  try {
    name = name === undefined ? undefined : decodeURIComponent(name);
  } catch {
    name = undefined;
  }
  const id = header(USER_ID_HEADER);
  return asAuthor({ id, name: name ?? id }) ?? UNKNOWN_AUTHOR;
}

function asAuthor(value: unknown): Author | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name } = value as { id?: unknown; name?: unknown };
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_IDENTITY_LENGTH) return null;
  const shown = typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, MAX_IDENTITY_LENGTH) : id;
  return { id, name: shown };
}
