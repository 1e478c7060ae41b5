/**
 * Who is behind a request or a socket, as the server verified it from a session cookie, and
 * what that gives them on one document. Everything that checks rights goes through these
 * types, so an OpenID Connect sign-in can later produce the same Principal without the rest
 * of the server changing.
 */
import type { Me } from '../../shared/auth/me.ts';

/** A verified identity: an account holder or a werkatelier participant. */
export type Principal = Me & {
  /** The session it came from, so signing out can close exactly that session's sockets. */
  sessionId: string;
};

/**
 * What a socket may do in its document.
 *   edit         programme: every change the update guard allows
 *   comment      programme: only comments (notes:comment); other updates are dropped
 *   read         nothing is written; every update is dropped
 *   facilitate   werkatelier doc: focus, timer, voting settings, moderating cards
 *   participate  werkatelier doc: own cards and own ballot only, checked by the server
 *   finance      budget plan: the finance fields (lines, cells, movements, co-financing), not links
 *   link         budget plan: only links from lines to programme rows
 *   (in a budget plan, edit is both: the finance fields and the links)
 */
export type Access = 'edit' | 'comment' | 'read' | 'facilitate' | 'participate' | 'finance' | 'link';
